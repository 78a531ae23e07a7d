import Foundation
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
        let lookups = TokenLookups(count: 2) { $0.initialize(repeating: 0) }
        var asked = 0
        #expect(lookups.answer(.title, 1) { asked += 1; return true })
        #expect(lookups.answer(.title, 1) { asked += 1; return false })
        #expect(!lookups.answer(.place, 1) { asked += 1; return false })
        #expect(!lookups.answer(.place, 1) { asked += 1; return true })
        #expect(!lookups.answer(.title, 0) { asked += 1; return false })
        #expect(lookups.answer(.knownWordStripped, 0) { asked += 1; return true })
        #expect(asked == 4)
    }

    @Test func tableEntriesAreKeptOnlyInASharedWordCache() throws {
        // Not shared: every asking looks up.
        let lookups = TokenLookups(count: 1) { $0.initialize(repeating: 0) }
        let tables = try #require(Lexicons.shared.tables)
        var asked = 0
        #expect(lookups.tableEntry(0, for: tables) { asked += 1; return 7 } == 7)
        #expect(lookups.tableEntry(0, for: tables) { asked += 1; return 8 } == 8)
        #expect(asked == 2)
        // Shared (made-up text, two documents on this thread): the entry found in the first is
        // read back in the second without a look-up, and not for other tables. (Kept for an
        // owner of its own: entries kept for the bundled tables would be read by other tests.)
        let text = "Quillmoor met Quillmoor"
        let owner = NSObject()
        let first = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        first.shareAnswers(for: owner)
        #expect(first.lookups.tableEntry(first.ids[0], for: owner) { asked += 1; return 41 } == 41)
        #expect(first.lookups.tableEntry(first.ids[2], for: owner) { asked += 1; return 42 } == 41)
        // A look-up that finds nothing keeps nothing.
        #expect(first.lookups.tableEntry(first.ids[1], for: owner) { asked += 1; return nil } == nil)
        let second = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        second.shareAnswers(for: owner)
        #expect(second.lookups.tableEntry(second.ids[0], for: owner) { asked += 1; return 43 } == 41)
        #expect(second.lookups.tableEntry(second.ids[1], for: owner) { asked += 1; return 44 } == 44)
        #expect(asked == 5)
        #expect(second.lookups.tableEntry(second.ids[0], for: tables) { asked += 1; return 45 } == 45)
        // Shared for other tables, the cache forgets what it kept.
        second.shareAnswers(for: tables)
        #expect(second.lookups.tableEntry(second.ids[0], for: owner) { asked += 1; return 46 } == 46)
    }

    @Test func everyQuestionFitsItsTwoBits() {
        #expect(TokenLookups.Question.allCases.count <= 64)
        let lookups = TokenLookups(count: 2) { $0.initialize(repeating: 0) }
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
