import Testing
@testable import Hearsay

@Suite struct RunMemoTests {
    @Test func theRunAtATokenIsFoundOnceUntilAnotherTokenIsAsked() {
        let memo = RunMemo()
        var finds = 0
        func run(_ i: Int) -> (end: Int, words: Int) {
            memo.run(at: i) { finds += 1; return (i + 2, 1) }
        }
        #expect(run(3) == (5, 1))
        #expect(run(3) == (5, 1))
        #expect(finds == 1)
        #expect(run(7) == (9, 1))
        #expect(finds == 2)
        // Only the last run is kept: asking at 3 again finds it again.
        #expect(run(3) == (5, 1))
        #expect(finds == 3)
    }

    @Test func recognizerRunsAgreeWithAFreshSearch() throws {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText:
            "Yesterday Joost van der Merwe met Li Song-ho and W. Okafor in Port Elizabeth."))
        let t = TokenFeatures(document)
        let recognizer = EntityRecognizer()
        for i in 0..<t.count where t.capitalized[i] {
            let fresh = recognizer.findCapitalizedRun(t, i)
            #expect(recognizer.capitalizedRun(t, i) == fresh)
            #expect(recognizer.capitalizedRun(t, i) == fresh)
        }
        let joost = try #require((0..<t.count).first { t.texts[$0] == "Joost" })
        #expect(recognizer.capitalizedRun(t, joost).end == joost + 4)
    }
}

@Suite struct HeadlessStretchTests {
    @Test func coversOnlyTheTokensAfterTheScanStart() {
        let stretch = HeadlessStretch()
        #expect(!stretch.covers(0) && !stretch.covers(5))
        stretch.remember(from: 4, until: 8)
        #expect(!stretch.covers(4) && stretch.covers(5) && stretch.covers(7) && !stretch.covers(8))
        stretch.remember(from: 10, until: 12)
        #expect(!stretch.covers(5) && stretch.covers(11))
    }

    @Test func headedNamesAreFoundAsWithoutTheMemo() throws {
        // Made-up text: title-case stretches without head words, then names with them.
        let text = "Bright Morning Over Quill Valley Harbour Ltd. Anna Rowe Went To Port Quill City Council And Wevell Holdings Party."
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let recognizer = EntityRecognizer()
        let remembered = TokenFeatures(document)
        for i in 0..<remembered.count where remembered.capitalized[i] {
            // A fresh memo for every token: the scan runs in full.
            let fresh = TokenFeatures(document)
            let a = recognizer.headedName(at: i, remembered), b = recognizer.headedName(at: i, fresh)
            #expect(a?.start == b?.start && a?.end == b?.end && a?.kind == b?.kind, "\(remembered.texts[i])")
        }
    }
}
