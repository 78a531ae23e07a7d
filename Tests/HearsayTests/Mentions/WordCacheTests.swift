import Foundation
import Testing
@testable import Hearsay

@Suite struct WordCacheTests {
    /// The ids `cache` gives the space-separated words of `text` as one document, how many
    /// words had to be made, and the kept answers `indices` copied out (two words per word, by id).
    private func document(_ cache: WordCache, _ text: String) -> (ids: [Int32], firsts: [Int], made: Int, answers: [UInt64]) {
        let bytes = Array(text.utf8)
        var ids: [Int32] = [], firsts: [Int] = [], made = 0
        var answers = [UInt64](repeating: .max, count: 2 * bytes.count + 2)
        var firstTokens: [Int] = []
        cache.beginDocument()
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for k in 0...buffer.count where k == buffer.count || buffer[k] == 0x20 {
                let (id, isNew) = cache.documentID(buffer, start, k)
                if isNew { firstTokens.append(ids.count) }
                ids.append(id)
                firsts.append(-1)
                start = k + 1
            }
            var facts: [TokenFeatures.WordFacts] = []
            let indices = answers.withUnsafeMutableBufferPointer { answers in
                cache.indices(buffer, facts: &facts, answers: answers) { slice in
                    made += 1
                    return TokenFeatures.makeWord(slice)
                }
            }
            answers.removeLast(answers.count - 2 * indices.count)
            for (token, index) in zip(firstTokens, indices) { firsts[token] = Int(index) }
            // Each word's facts come with its index, as the cache keeps them.
            for (index, fact) in zip(indices, facts) {
                let kept = cache.facts(Int(index))
                #expect(kept.firstByte == fact.firstByte && kept.characters == fact.characters && kept.wordShape == fact.wordShape)
            }
        }
        return (ids, firsts, made, answers)
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

    @Test func wordsNewToTheThreadAmongKnownOnesAreAddedInOrder() {
        let cache = WordCache()
        let first = document(cache, "Ossel and Brannoc")
        // New words between, before and after known ones take the next indices in the order
        // they first occur; the known ones keep theirs.
        let second = document(cache, "Tamsin Ossel Wyke and Brannoc Ysolde Wyke")
        #expect(second.made == 3)
        #expect(second.firsts[1] == first.firsts[0] && second.firsts[3] == first.firsts[1] && second.firsts[4] == first.firsts[2])
        #expect(second.firsts[0] == 3 && second.firsts[2] == 4 && second.firsts[5] == 5)
        #expect(cache.text(4) == "Wyke" && cache.lower(5) == "ysolde")
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

    @Test func aTableEntryIsKeptUntilTheAnswersAreForOtherTables() {
        let cache = WordCache()
        let ids = document(cache, "Quill Vell").firsts
        let owner = NSObject(), other = NSObject()
        cache.keepAnswers(for: owner)
        #expect(cache.tableEntry(ids[0]) == 0)
        cache.keepTableEntry(ids[0], 12)
        #expect(cache.tableEntry(ids[0]) == 12 && cache.tableEntry(ids[1]) == 0)
        cache.keepAnswers(for: owner)
        #expect(cache.tableEntry(ids[0]) == 12)
        cache.keepAnswers(for: other)
        #expect(cache.tableEntry(ids[0]) == 0)
    }

    @Test func anEntryFillsOneLineOfMemory() {
        #expect(MemoryLayout<WordCache.Entry>.stride == 64)
    }

    @Test func eachWordKeepsItsTextAndLowercaseForm() {
        let cache = WordCache()
        let words = "quill QUILL Ostrander-Pike-Holdings-Of-Wenna ÉLAN élan 42 ,"
        let first = document(cache, words)
        let expected = ["quill", "quill", "ostrander-pike-holdings-of-wenna", "élan", "élan", "42", ","]
        #expect(first.firsts.map { cache.lower($0) } == expected)
        #expect(first.firsts.map { cache.text($0) } == words.split(separator: " ").map(String.init))
        // Answers kept beside the text leave both forms as they were.
        cache.record(first.firsts[1], 0, 0b11)
        cache.record(first.firsts[1], 1, 0b1100)
        #expect(cache.answers(first.firsts[1], 0) == 0b11 && cache.answers(first.firsts[1], 1) == 0b1100)
        #expect(cache.lower(first.firsts[1]) == "quill" && cache.text(first.firsts[1]) == "QUILL")
        // After the table grows, every word still reads its own forms.
        _ = document(cache, (0..<2000).map { "Wenna\($0)" }.joined(separator: " "))
        #expect(first.firsts.map { cache.lower($0) } == expected)
        #expect(cache.answers(first.firsts[1], 1) == 0b1100)
    }

    @Test func manyWordsGrowTheTableAndKeepTheirIndices() {
        let cache = WordCache()
        let words = (0..<3000).map { "w\($0)" }
        let first = document(cache, words.joined(separator: " "))
        #expect(first.made == 3000 && Set(first.firsts).count == 3000)
        // Again, in reverse: every word is found where it was put, none is made again.
        let second = document(cache, words.reversed().joined(separator: " "))
        #expect(second.made == 0)
        #expect(second.firsts == Array(first.firsts.reversed()))
        #expect(cache.text(second.firsts[0]) == "w2999" && cache.lower(first.firsts[7]) == "w7")
    }

    @Test func longWordsThatShareTheirFirstAndLastBytesAreToldApart() {
        let cache = WordCache()
        // Nine to sixteen bytes (told apart by their first and last eight) and more (by every byte).
        let text = "Quentarby Quentarbz Quentarby Vellingham-Orsk Vellinghamm-Orsk Vellingham-Orsk "
            + "Tamsford-Wennick-Orby Tamsford-Wennack-Orby Tamsford-Wennick-Orby"
        let first = document(cache, text)
        #expect(first.ids == [0, 1, 0, 2, 3, 2, 4, 5, 4])
        #expect(first.made == 6)
        #expect(first.firsts.filter { $0 >= 0 }.map { cache.text($0) }
                == ["Quentarby", "Quentarbz", "Vellingham-Orsk", "Vellinghamm-Orsk", "Tamsford-Wennick-Orby", "Tamsford-Wennack-Orby"])
        // In the next document each is found again, not made, and numbered anew.
        let second = document(cache, "Tamsford-Wennack-Orby Quentarbz Vellinghamm-Orsk Tamsford-Wennack-Orby")
        #expect(second.ids == [0, 1, 2, 0] && second.made == 0)
        #expect(second.firsts[0] == first.firsts[7] && second.firsts[1] == first.firsts[1] && second.firsts[2] == first.firsts[4])
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

    @Test func indicesCopyOutTheKeptAnswersOfEachWord() {
        final class Tables {}
        let cache = WordCache()
        cache.keepAnswers(for: Tables())
        let first = document(cache, "Ina said")
        // Words new to the thread have no answers yet.
        #expect(first.answers == [0, 0, 0, 0])
        cache.record(first.firsts[0], 0, 0b1100)
        cache.record(first.firsts[1], 1, 0b11)
        // By document id: "said" is id 0 here, "Ina" id 2 ("Port" new, id 1).
        let second = document(cache, "said Port Ina")
        #expect(second.answers == [0, 0b11, 0, 0, 0b1100, 0])
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
        // A document takes in what the cache knows when it starts sharing: its answers stay.
        let early = try features("Ina")
        WordCache.current.keepAnswers(for: Tables())
        #expect(early.lookups.answer(.title, early.ids[0]) { asked += 1; return false })
        #expect(asked == 3)
        // Answers kept for other tables are forgotten: the word is looked up again.
        let late = try features("Ina")
        #expect(!late.lookups.answer(.title, late.ids[0]) { asked += 1; return false })
        #expect(asked == 4)
    }

    @Test func featuresMadeForTablesHoldTheKeptAnswersAtOnce() throws {
        final class Tables {}
        let tables = Tables()
        let segmenter = try Segmenter()
        func document(_ text: String) throws -> Document {
            try segmenter.document(for: Article(paragraphs: [], verbatimText: text))
        }
        var asked = 0
        let first = TokenFeatures(try document("Ina said"), answersFor: tables)
        #expect(first.lookups.answer(.title, first.ids[0]) { asked += 1; return true })
        let second = TokenFeatures(try document("said Port Ina"), answersFor: tables)
        #expect(second.lookups.isShared(for: tables))
        second.shareAnswers(for: tables)
        #expect(second.lookups.answer(.title, second.ids[2]) { asked += 1; return false })
        #expect(asked == 1)
        // Shared for other tables, the answers found in these are forgotten.
        second.shareAnswers(for: Tables())
        #expect(!second.lookups.answer(.title, second.ids[2]) { asked += 1; return false })
        #expect(asked == 2)
    }

    @Test func featuresMadeWithoutTablesTakeNoKeptAnswers() throws {
        final class Tables {}
        let segmenter = try Segmenter()
        func document(_ text: String) throws -> Document {
            try segmenter.document(for: Article(paragraphs: [], verbatimText: text))
        }
        let first = TokenFeatures(try document("Ina said"), answersFor: Tables())
        #expect(first.lookups.answer(.title, first.ids[0]) { true })
        // The cache keeps the answer for those tables; features not told theirs do not take it.
        let second = TokenFeatures(try document("Ina"))
        #expect(second.lookups.known(.title, second.ids[0]) == nil)
        #expect(!second.lookups.isShared(for: Tables()))
    }

    @Test func recognizingTwiceGivesTheSameMentions() throws {
        let text = "Mrs. Ina Wevell said Port Quill Ltd hired Zoë Falk. Wevell said Falk would stay in Paris."
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let (first, _) = EntityRecognizer().recognize(document)
        let (second, _) = EntityRecognizer().recognize(document)
        #expect(first == second && !first.isEmpty)
    }

    @Test func sharedStringsStartOverWithTheCacheAndSnapshotsStay() {
        let cache = WordCache(limit: 3, byteLimit: 1 << 10)
        let first = document(cache, "Orvel met Tansy")
        let snapshot = cache.strings
        #expect(first.firsts.map { cache.text($0) } == ["Orvel", "met", "Tansy"])
        #expect(first.firsts.map { cache.lower($0) } == ["orvel", "met", "tansy"])
        // The cache is full: the next document numbers its words from 0 again, and so do the strings.
        let second = document(cache, "Quent")
        #expect(second.firsts == [0])
        #expect(cache.strings.count == 1 && cache.text(0) == "Quent" && cache.lower(0) == "quent")
        // What an earlier document took is its own: not emptied, nor added to.
        let held = cache.strings
        _ = document(cache, "Brisk")
        #expect(held.count == 1 && cache.strings.count == 2 && cache.text(1) == "Brisk")
        #expect(snapshot.count == 3 && (0..<3).map { snapshot.text($0) } == ["Orvel", "met", "Tansy"])
        #expect((0..<3).map { snapshot.lower($0) } == ["orvel", "met", "tansy"])
    }

    @Test func stringsGrowPastTheirFirstRoomKeepingEveryWord() {
        let cache = WordCache()
        // More distinct words than the strings' first room (1,024).
        let words = (0..<1_500).map { "Word\($0)" }
        let made = document(cache, words.joined(separator: " "))
        #expect(made.made == 1_500 && cache.strings.capacity >= 1_500)
        #expect(made.firsts.map { cache.text($0) } == words)
        #expect(made.firsts.map { cache.lower($0) } == words.map { $0.lowercased() })
    }
}
