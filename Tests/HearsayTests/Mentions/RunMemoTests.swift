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
