import Testing
@testable import Hearsay

@Suite struct ThreadWordStringsTests {
    /// The thread-wide indices `cache` gives the distinct space-separated words of `text`, read as one document.
    private func words(_ cache: WordCache, _ text: String) -> [Int32] {
        let bytes = Array(text.utf8)
        var starts: [Int32] = [], ends: [Int32] = []
        cache.beginDocument()
        return bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for k in 0...buffer.count where k == buffer.count || buffer[k] == 0x20 {
                if cache.documentID(buffer, start, k).isNew {
                    starts.append(Int32(start))
                    ends.append(Int32(k))
                }
                start = k + 1
            }
            return cache.indices(buffer, starts: starts, ends: ends, orMake: TokenFeatures.makeWord)
        }
    }

    @Test func holdsEachWordsStringsAndStartsOverWithTheCache() {
        let cache = WordCache(limit: 3, byteLimit: 1 << 10)
        let strings = ThreadWordStrings()
        let first = words(cache, "Orvel met Tansy")
        strings.update(cache, first)
        let snapshot = strings.texts
        #expect(first.map { strings.texts[Int($0)] } == ["Orvel", "met", "Tansy"])
        #expect(first.map { strings.lowers[Int($0)] } == ["orvel", "met", "tansy"])
        // The cache is full: the next document numbers its words from 0 again, and so do the strings.
        let second = words(cache, "Quent")
        strings.update(cache, second)
        #expect(second == [0])
        #expect(strings.texts == ["Quent"] && strings.lowers == ["quent"])
        // What an earlier document took is its own.
        #expect(snapshot == ["Orvel", "met", "Tansy"])
    }

    @Test func featuresKeepTheirStringsWhileLaterDocumentsAddWords() throws {
        let segmenter = try Segmenter()
        func features(_ text: String) throws -> TokenFeatures {
            TokenFeatures(try segmenter.document(for: Article(paragraphs: [], verbatimText: text)))
        }
        let first = try features("Wembick met Dorla.")
        let second = try features("Dorla thanked Yarrowby Fenn.")
        #expect(Array(first.texts) == ["Wembick", "met", "Dorla", "."])
        #expect(Array(first.lowercased) == ["wembick", "met", "dorla", "."])
        #expect(Array(second.texts) == ["Dorla", "thanked", "Yarrowby", "Fenn", "."])
        #expect(second.lowercased[2] == "yarrowby")
        // Per document word id, in order of first occurrence.
        let distinct = second.lowercased.distinct
        #expect((0..<distinct.count).map { distinct[$0] } == ["dorla", "thanked", "yarrowby", "fenn", "."])
    }
}
