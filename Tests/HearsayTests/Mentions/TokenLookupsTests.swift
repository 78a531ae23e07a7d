import Testing
@testable import Hearsay

@Suite struct TokenLookupsTests {
    /// Lookups for one id whose two answer words `fill` writes.
    private func filled(_ half0: UInt64, _ half1: UInt64) -> TokenLookups {
        TokenLookups(count: 1) { answers in
            #expect(answers.count == 2)
            answers[0] = half0
            answers[1] = half1
        }
    }

    @Test func filledAnswersAreReadWithoutALookup() {
        // Asked and yes for the first question, asked and no for the second.
        let lookups = filled(0b0111, 0)
        var asked = 0
        #expect(lookups.answer(.commonWord, 0) { asked += 1; return false })
        #expect(!lookups.answer(.commonWordStripped, 0) { asked += 1; return true })
        #expect(asked == 0)
        // A question not filled in is looked up.
        #expect(lookups.answer(.title, 0) { asked += 1; return true })
        #expect(asked == 1)
    }

    @Test func forgettingClearsEveryAnswer() {
        let lookups = filled(0b11, 0b11)
        lookups.forgetAll()
        #expect(lookups.known(.commonWord, 0) == nil && lookups.known(.attributionWord, 0) == nil)
    }

    @Test func joiningSharesWhatIsAskedLaterWithTheCache() {
        final class Tables {}
        let tables = Tables()
        let cache = WordCache()
        cache.keepAnswers(for: tables)
        cache.beginDocument()
        let bytes = Array("Quell".utf8)
        var facts: [TokenFeatures.WordFacts] = []
        var words: [Int32] = []
        let lookups = TokenLookups(count: 1) { answers in
            words = bytes.withUnsafeBufferPointer { text in
                _ = cache.documentID(text, 0, text.count)
                return cache.indices(text, facts: &facts, answers: answers, orMake: TokenFeatures.makeWord)
            }
            // A word new to the thread has no answers yet.
            #expect(Array(answers) == [0, 0])
        }
        lookups.join(cache, threadWords: words, generation: cache.generation)
        #expect(lookups.isShared(for: tables))
        // An answer found now is kept in the cache for the word (asked and yes).
        #expect(lookups.answer(.commonWord, 0) { true })
        #expect(cache.answers(Int(words[0]), 0) == 0b11)
        // Forgotten, the answers are no longer shared: a new one is not kept.
        lookups.forgetAll()
        #expect(!lookups.isShared(for: tables))
        #expect(!lookups.answer(.title, 0) { false })
        #expect(cache.answers(Int(words[0]), 0) == 0b11)
    }
}
