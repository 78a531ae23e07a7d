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

    /// The byte version answers as the string version for every pairing of ASCII words.
    @Test func asciiBytesAnswerAsStrings() {
        let table = TSVTable(parsing: "Xyz.\ttitle\nQrs.\tother\n")
        let rules = AbbreviationRules(table: table)
        let befores = ["Xyz.", "Qrs.", "Abc.", "J.K.", "J.", "JK.", "j.k.", "A.B.C.", ".", "Xyz", "U.S."]
        let nexts = ["Brown", "and", "The", "3", "", "Mr", "x", "Rowan", "(", "Them"]
        for before in befores {
            for next in nexts {
                let bytes = Array(before.utf8), nextBytes = Array(next.utf8)
                let fromBytes = bytes.withUnsafeBufferPointer { b in
                    nextBytes.withUnsafeBufferPointer { rules.suppressesBreak(asciiBefore: b, next: $0) }
                }
                #expect(fromBytes == rules.suppressesBreak(before: before, next: next), "\(before) \(next)")
            }
        }
    }

    /// Marks, trailing punctuation and non-ASCII words around the break: the byte path and the
    /// string path keep and drop the same breaks.
    @Test func breaksAroundAbbreviationsWithMarksAndAccents() throws {
        let segmenter = try Segmenter()
        let texts = [
            "He met “Dr. Quell there. Then left.", "He met ‘Gen. Ames. The end.", "See [Dr. Éric Roy today. Fine.",
            "The U.S. Army came. The U.S. The end.", "Ask Dr. 3 times. Ok.", "Ask G.K. Butterfield now. He said Rep. G.K. Ng.",
            "It was Inc. and more. It was Inc. The rest.", "Met Dr. Zoë today. Left.", "Met Dr. “Quell” today. Left.",
        ]
        let expected = [2, 2, 2, 3, 2, 2, 3, 2, 3]
        for (text, count) in zip(texts, expected) {
            let document = try segmenter.document(for: Article(paragraphs: [], verbatimText: text))
            #expect(document.sentences.count == count, "\(text)")
        }
    }

    /// The quick test (`mayBeListed`) says no only for words that no next word makes an
    /// abbreviation: never for a listed word or for initials, and it says yes to everything
    /// when a listed word is not ASCII.
    @Test func quickTestNeverMissesAnAbbreviation() {
        let rules = AbbreviationRules(table: TSVTable(parsing: "Xyz.\ttitle\nQrs.\tother\nLt.Gen.\ttitle\n"))
        func mayBeListed(_ word: String) -> Bool {
            Array(word.utf8).withUnsafeBufferPointer { rules.mayBeListed(asciiBefore: $0) }
        }
        #expect(mayBeListed("Xyz.") && mayBeListed("Qrs.") && mayBeListed("Lt.Gen.") && mayBeListed("J.K.") && mayBeListed("Q."))
        #expect(!mayBeListed("table.") && !mayBeListed("Xya.") && !mayBeListed("Qrst.") && !mayBeListed("said.") && !mayBeListed("."))
        let words = ["Xyz.", "Qrs.", "Lt.Gen.", "J.K.", "A.B.C.", "table.", "xyz.", "Xy.", "Qrs", "Ab.Gen.", ".", "a.", "J.k.", "ab.CD."]
        for word in words where !mayBeListed(word) {
            for next in ["Brown", "and", "The", "3", "Rowan", "x"] {
                #expect(!rules.suppressesBreak(before: word, next: next), "\(word) \(next)")
            }
        }
        let accented = AbbreviationRules(table: TSVTable(parsing: "Zoë.\ttitle\n"))
        #expect(accented.endings == nil)
        #expect(Array("table.".utf8).withUnsafeBufferPointer { accented.mayBeListed(asciiBefore: $0) })
    }
}
