import Testing
@testable import Hearsay

@Suite struct AbbreviationRulesTests {
    @Test func titlesAndOtherAbbreviationsFromTheTable() {
        let table = TSVTable(parsing: "Xyz.\ttitle\nQrs.\tother\n")
        let rules = AbbreviationRules(table: table)
        #expect(rules.suppressesBreak(before: "Xyz.", next: "Brown"))
        #expect(!rules.suppressesBreak(before: "Xyz.", next: "and"))
        #expect(rules.suppressesBreak(before: "Qrs.", next: "Tollan"))
        #expect(!rules.suppressesBreak(before: "Qrs.", next: "The"))
        #expect(rules.suppressesBreak(before: "Qrs.", next: "and"))
        #expect(!rules.suppressesBreak(before: "Abc.", next: "Brown"))
        // Initials before a capitalised word that opens no sentence.
        #expect(rules.suppressesBreak(before: "J.K.", next: "Rowan"))
    }

    @Test func openingMarksBeforeAnAbbreviation() {
        for mark: Character in ["(", "\"", "“", "‘", "'", "["] { #expect(Segmenter.isOpeningMark(mark)) }
        for other: Character in ["”", "’", "a", ".", "«"] { #expect(!Segmenter.isOpeningMark(other)) }
    }

    @Test func quotedTitleKeepsItsSentenceWhole() throws {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: "She met (Dr. Quell at noon. He left."))
        #expect(document.sentences.count == 2)
    }
}
