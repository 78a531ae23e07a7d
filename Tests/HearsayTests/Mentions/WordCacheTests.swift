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

    @Test func wordsKeepTheirAnswersForLaterDocumentsOfTheSameLexicons() {
        final class Tables {}
        let cache = WordCache()
        let tables = Tables()
        cache.keepAnswers(for: tables)
        let first = document(cache, "Ina said")
        cache.record(first.firsts[0], 1, 0b10)
        #expect(cache.answers(first.firsts[0], 1) == 0b10 && cache.answers(first.firsts[1], 1) == 0)
        // The same word in a later document has the same thread-wide index and its answers.
        let second = document(cache, "Port Ina")
        #expect(second.firsts[1] == first.firsts[0] && cache.answers(second.firsts[1], 1) == 0b10)
        #expect(cache.answers(second.firsts[0], 0) == 0 && cache.answers(second.firsts[0], 1) == 0)
        // Other tables forget every answer; the same tables keep them.
        cache.keepAnswers(for: tables)
        #expect(cache.answers(first.firsts[0], 1) == 0b10)
        cache.keepAnswers(for: Tables())
        #expect(cache.answers(first.firsts[0], 1) == 0)
    }

    @Test func startingOverMovesToTheNextGeneration() {
        let cache = WordCache(limit: 2, byteLimit: 1 << 10)
        _ = document(cache, "a b c")
        let before = cache.generation
        _ = document(cache, "a")
        #expect(cache.generation == before + 1)
        _ = document(cache, "a")
        #expect(cache.generation == before + 1)
    }

    @Test func aLaterDocumentReadsTheAnswersOfAnEarlierOne() throws {
        final class Tables {}
        let tables = Tables()
        let segmenter = try Segmenter()
        func features(_ text: String) throws -> TokenFeatures {
            let t = TokenFeatures(try segmenter.document(for: Article(paragraphs: [], verbatimText: text)))
            t.shareAnswers(for: tables)
            return t
        }
        var asked = 0
        let first = try features("Ina said")
        #expect(first.lookups.answer(.title, first.ids[0]) { asked += 1; return true })
        #expect(!first.lookups.answer(.headFollower, first.ids[1]) { asked += 1; return false })
        // Ids differ between documents; the words carry their answers.
        let second = try features("said Port Ina")
        #expect(second.lookups.answer(.title, second.ids[2]) { asked += 1; return false })
        #expect(!second.lookups.answer(.headFollower, second.ids[0]) { asked += 1; return true })
        #expect(asked == 2)
        // A question not asked before is looked up, and then kept for later documents as well.
        #expect(second.lookups.answer(.place, second.ids[1]) { asked += 1; return true })
        #expect(asked == 3)
        let third = try features("Port")
        #expect(third.lookups.answer(.place, third.ids[0]) { asked += 1; return false })
        #expect(asked == 3)
        // Answers kept for other tables are forgotten: the word is looked up again.
        let stale = try features("Ina")
        WordCache.current.keepAnswers(for: Tables())
        #expect(!stale.lookups.answer(.title, stale.ids[0]) { asked += 1; return false })
        #expect(asked == 4)
    }

    @Test func recognizingTwiceGivesTheSameMentions() throws {
        let text = "Mrs. Ina Wevell said Port Quill Ltd hired Zoë Falk. Wevell said Falk would stay in Paris."
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let (first, _) = EntityRecognizer().recognize(document)
        let (second, _) = EntityRecognizer().recognize(document)
        #expect(first == second && !first.isEmpty)
    }
}
