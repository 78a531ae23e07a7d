import Testing
@testable import Hearsay

@Suite struct WordCacheTests {
    /// The ids `cache` gives the space-separated words of `text` as one document, and how many
    /// words had to be made.
    private func document(_ cache: WordCache, _ text: String) -> (ids: [Int32], firsts: [Int], made: Int) {
        let bytes = Array(text.utf8)
        var ids: [Int32] = [], firsts: [Int] = [], made = 0
        cache.beginDocument()
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for k in 0...buffer.count where k == buffer.count || buffer[k] == 0x20 {
                let (id, first) = cache.id(buffer, start, k) { slice in
                    made += 1
                    return TokenFeatures.makeWord(slice)
                }
                ids.append(id)
                firsts.append(first)
                start = k + 1
            }
        }
        return (ids, firsts, made)
    }

    @Test func equalWordsShareAnIdCountedFromZeroInEachDocument() {
        let cache = WordCache()
        let first = document(cache, "Quillby met quillby and Quillby")
        #expect(first.ids == [0, 1, 2, 3, 0])
        #expect(first.made == 4)
        #expect(first.firsts[4] == -1)
        #expect(cache.text(first.firsts[0]) == "Quillby" && cache.lower(first.firsts[0]) == "quillby")
        #expect(cache.facts(first.firsts[0]).firstUpper && !cache.facts(first.firsts[2]).firstUpper)
        // A second document numbers from 0 again and makes only the words the thread has not met.
        let second = document(cache, "and Zorvan met Quillby")
        #expect(second.ids == [0, 1, 2, 3])
        #expect(second.made == 1)
        #expect(second.firsts.allSatisfy { $0 >= 0 })
        #expect(cache.text(second.firsts[1]) == "Zorvan")
        #expect(cache.count == 5)
    }

    @Test func theCacheStartsOverOnlyBetweenDocuments() {
        let cache = WordCache(limit: 2, byteLimit: 1 << 10)
        let first = document(cache, "a b c a-very-long-word-of-many-bytes c a")
        #expect(first.ids == [0, 1, 2, 3, 2, 0])
        #expect(cache.count == 4)
        let second = document(cache, "c a")
        #expect(second.ids == [0, 1])
        #expect(second.made == 2)
        #expect(cache.count == 2)
    }

    @Test func eachThreadHasOneCache() {
        #expect(WordCache.current === WordCache.current)
    }
}
