import Testing
@testable import Hearsay

@Suite struct HeadWordCursorTests {
    @Test func answersAsASearchOfTheRangeWouldAtAscendingTokens() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let count = Int.random(in: 0...60, using: &generator)
            let heads = (0..<count).map { _ in Int.random(in: 0..<10, using: &generator) == 0 }
            // Candidates: every head and some other tokens; the cursor must not test the rest.
            let candidates = heads.map { $0 || Int.random(in: 0..<3, using: &generator) == 0 }
            func nextCandidate(_ k: Int) -> Int { (k..<count).first { candidates[$0] } ?? count }
            var cursor = HeadWordCursor()
            var i = 0
            while i < count {
                let stop = min(count, i + Int.random(in: 1...20, using: &generator))
                let expected = (i..<stop).contains { heads[$0] }
                let ahead = cursor.headAhead(from: i, before: stop, nextCandidate: nextCandidate) { k in
                    #expect(candidates[k], "token \(k) is no candidate")
                    return heads[k]
                }
                #expect(ahead == expected, "\(heads) \(i)..<\(stop)")
                i += Int.random(in: 0...3, using: &generator)
                if i == 0 { i = 1 }
            }
        }
    }

    @Test func headedNamesAreFoundOnlyWhereAHeadWordLiesAhead() throws {
        // Made-up text: headed names of several shapes, hyphenated heads, and runs without one.
        let text = """
            The Kurdistan Democratic Party met the Ministry of Defence and Vellmar & Quill Co on Monday.
            Co-Premiers spoke. Shares of Ostrander Widgets Inc rose . Brandt Marsh said the Lenz Valley Authority
            would meet Port Quillan Harbour Board staff, Organisation for Security and Cooperation officials and Nadia Okafor.
            """
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let t = TokenFeatures(document)
        let recognizer = EntityRecognizer()
        var found = 0, skipped = 0
        var cursor = HeadWordCursor()
        for i in 0..<t.count where t.kinds[i] == .word && (t.capitalized[i] || t.allCaps[i]) {
            let stop = min(t.count, i + EntityRecognizer.headedNameReach, t.sentenceStart[t.sentence[i] + 1])
            let ahead = cursor.headAhead(from: i, before: stop,
                                         nextCandidate: { EntityRecognizer.firstCapitalized(from: $0, t.capitalized, t.allCaps) }) {
                recognizer.mayHeadName(t, $0)
            }
            let headed = recognizer.headedName(at: i, t)
            if headed != nil { found += 1; #expect(ahead, "\(t.texts[i])") }
            if !ahead { skipped += 1 }
        }
        #expect(found >= 3 && skipped >= 3)
    }
}
