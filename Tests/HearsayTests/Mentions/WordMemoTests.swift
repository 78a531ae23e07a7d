import Testing
@testable import Hearsay

@Suite struct WordMemoTests {
    @Test func looksUpEachIdOnceAndRemembersAbsentAnswers() {
        var memo = WordMemo<String>(count: 3)
        var lookups = 0
        func lookup(_ answer: String?) -> String? { lookups += 1; return answer }
        #expect(memo.value(for: 0) { lookup("verb") } == "verb")
        #expect(memo.value(for: 0) { lookup("other") } == "verb")
        #expect(memo.value(for: 2) { lookup(nil) } == nil)
        #expect(memo.value(for: 2) { lookup("late") } == nil)
        #expect(lookups == 2)
    }

    @Test func tokenLookupsRememberEachQuestionSeparately() {
        let lookups = TokenLookups(count: 2)
        var asked = 0
        #expect(lookups.answer(.title, 1) { asked += 1; return true })
        #expect(lookups.answer(.title, 1) { asked += 1; return false })
        #expect(!lookups.answer(.place, 1) { asked += 1; return false })
        #expect(!lookups.answer(.place, 1) { asked += 1; return true })
        #expect(!lookups.answer(.title, 0) { asked += 1; return false })
        #expect(lookups.answer(.knownWordStripped, 0) { asked += 1; return true })
        #expect(asked == 4)
    }

    @Test func everyQuestionFitsItsTwoBits() {
        #expect(TokenLookups.Question.allCases.count <= 32)
        let lookups = TokenLookups(count: 1)
        for question in TokenLookups.Question.allCases {
            #expect(lookups.answer(question, 0) { question.rawValue % 2 == 0 } == (question.rawValue % 2 == 0))
        }
        for question in TokenLookups.Question.allCases {
            #expect(lookups.answer(question, 0) { question.rawValue % 2 != 0 } == (question.rawValue % 2 == 0))
        }
    }
}
