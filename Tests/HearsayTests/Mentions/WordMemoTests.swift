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
        #expect(TokenLookups.Question.allCases.count <= 64)
        let lookups = TokenLookups(count: 2)
        for question in TokenLookups.Question.allCases {
            #expect(lookups.answer(question, 0) { question.rawValue % 2 == 0 } == (question.rawValue % 2 == 0))
        }
        for question in TokenLookups.Question.allCases {
            #expect(lookups.answer(question, 0) { question.rawValue % 2 != 0 } == (question.rawValue % 2 == 0))
        }
        // The other id's answers are its own (questions past the 32nd live in a second word).
        for question in TokenLookups.Question.allCases {
            #expect(lookups.answer(question, 1) { question.rawValue % 2 != 0 } == (question.rawValue % 2 != 0))
        }
    }
}

@Suite struct RoleLastWordTests {
    @Test func rolesEndOnlyWithTheirLastWords() {
        let lexicons = Lexicons.shared
        // Every bundled role's last word may end a role; a word that ends none is ruled out.
        for key in lexicons.roles.keys.prefix(200) {
            let last = String(key.split(separator: " ").last ?? "")
            #expect(lexicons.mayEndRole(last), "\(key)")
        }
        #expect(!lexicons.mayEndRole("zzqx"))
        // Lexicons assembled by hand have no byte-indexed tables: nothing is ruled out.
        #expect(Lexicons().mayEndRole("zzqx"))
    }

    @Test func roleBeforeANameStillFound() throws {
        let key = try #require(Lexicons.shared.roles.keys.first { !$0.contains(" ") && $0.allSatisfy(\.isLetter) })
        let text = "The \(key) Maria Quellwood spoke."
        let (mentions, _) = EntityRecognizer().recognize(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let person = mentions.first { $0.kind == .person }
        #expect(person?.role == key)
    }
}
