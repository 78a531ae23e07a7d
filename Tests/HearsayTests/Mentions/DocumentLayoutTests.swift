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

    @Test func packedTallyCountsAsOneShapeAtATime() {
        // Random shapes, and a range longer than a 16-bit lane could count in one stretch.
        let all: [TokenFeatures.CaseShape] = [.none, .number, .capitals, .capitalized, .lowercase]
        var generator = SystemRandomNumberGenerator()
        let shapes = (0..<140_000).map { _ in all[Int.random(in: 0..<all.count, using: &generator)] }
        for (a, b) in [(0, 0), (0, 9), (17, 300), (0, 70_000), (5, 140_000), (65_535, 131_071)] {
            var caps = 0, lower = 0, numbers = 0, letters = 0
            for shape in shapes[a..<b] {
                if shape == .capitals { caps += 1 }
                if shape == .lowercase { lower += 1 }
                if shape == .number { numbers += 1 }
                if shape == .capitals || shape == .capitalized || shape == .lowercase { letters += 1 }
            }
            let counted = DocumentLayout.tally(shapes, a, b)
            #expect(counted.caps == caps && counted.lowerWords == lower && counted.numbers == numbers && counted.letterWords == letters,
                    "\(a)..<\(b)")
        }
        // One shape throughout: every lane reaches its most in one stretch and carries nothing over.
        let lowercase = [TokenFeatures.CaseShape](repeating: .lowercase, count: 65_535 * 2 + 7)
        let counted = DocumentLayout.tally(lowercase, 0, lowercase.count)
        #expect(counted.lowerWords == lowercase.count && counted.letterWords == lowercase.count && counted.caps == 0)
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
