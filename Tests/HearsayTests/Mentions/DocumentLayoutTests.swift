import Testing
@testable import Hearsay

@Suite struct DocumentLayoutTests {
    @Test func tallyCountsEachShapeInTheRange() {
        let shapes: [TokenFeatures.CaseShape] = [.capitals, .none, .number, .capitalized, .lowercase, .lowercase, .capitals, .number]
        let all = DocumentLayout.tally(shapes, 0, shapes.count)
        #expect(all.caps == 2 && all.lowerWords == 2 && all.numbers == 2 && all.letterWords == 5)
        let part = DocumentLayout.tally(shapes, 1, 4)
        #expect(part.caps == 0 && part.lowerWords == 0 && part.numbers == 1 && part.letterWords == 1)
        let empty = DocumentLayout.tally(shapes, 3, 3)
        #expect(empty.caps == 0 && empty.letterWords == 0)
    }

    @Test func headlinesDatelinesAndTableRowsAreMarked() throws {
        let text = "VOLLEYBALL - ZORVAN WINS AGAIN\nQUELLTOWN 1996-08-30\nZorvan 3 Quilby 1\nThe team won at home ."
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let layout = DocumentLayout(t, lexicons: Lexicons())
        #expect(layout.isHeadline.first == true)
        #expect(layout.isDateline.contains(true))
        #expect(layout.isTableRow.contains(true))
        #expect(layout.isHeadline.last == false && layout.isDateline.last == false && layout.isTableRow.last == false)
    }
}
