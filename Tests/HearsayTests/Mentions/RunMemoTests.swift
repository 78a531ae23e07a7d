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

/// `findCapitalizedRun` ends a run at a token that is no period, hyphen or particle before
/// asking the tests that carry a run on: the runs are those the tests alone give.
@Suite struct CapitalizedRunTests {
    /// The run as the tests alone find it (`findCapitalizedRun` without its early end).
    static func testedRun(_ r: EntityRecognizer, _ t: TokenFeatures, _ i: Int) -> (end: Int, words: Int) {
        var j = i, words = 0
        let sentence = t.sentence[i]
        while j < t.count, j - i < EntityRecognizer.maxRunTokens, t.sentence[j] == sentence {
            if t.kinds[j] == .word && (t.capitalized[j] || t.allCaps[j]) {
                if j > i && r.isOrganization(t, j) && words >= 2 { break }
                words += 1
                if t.possessiveBytes(j) > 0 { j += 1; break }
                j += 1
                continue
            }
            if j > i, t.isText(j, "."), !t.spaceBefore[j], r.isInitialsWord(t, j - 1) { j += 1; continue }
            if j > i, t.isText(j, "-"), !t.spaceBefore[j], j + 1 < t.count, !t.spaceBefore[j + 1], t.capitalized[j + 1] { j += 1; continue }
            if t.isText(j, "-"), r.isGivenNameSyllable(j, i, t) { j += 2; break }
            if j > i, t.isText(j, "-"), !t.spaceBefore[j], j + 3 < t.count, !t.spaceBefore[j + 1], t.kinds[j + 1] == .word,
               t.characterCount(j + 1) <= 3, !t.capitalized[j + 1], t.isText(j + 2, "-"), !t.spaceBefore[j + 2], !t.spaceBefore[j + 3],
               t.capitalized[j + 3] { j += 3; continue }
            if j > i, t.kinds[j] == .word, r.isParticle(t, j), !t.capitalized[j],
               j + 1 < t.count, t.capitalized[j + 1], t.sentence[j + 1] == sentence { j += 1; continue }
            if j > i, j + 2 < t.count, t.kinds[j] == .word, !t.capitalized[j], r.isParticle(t, j),
               t.isText(j + 1, "-"), !t.spaceBefore[j + 1], !t.spaceBefore[j + 2], t.capitalized[j + 2],
               t.sentence[j + 2] == sentence { j += 2; continue }
            if j > i, j + 2 < t.count, t.kinds[j] == .word, !t.capitalized[j], r.isParticle(t, j),
               !t.capitalized[j + 1], r.isParticle(t, j + 1), t.capitalized[j + 2],
               t.sentence[j + 2] == sentence { j += 2; continue }
            break
        }
        return (j, words)
    }

    @Test func runsEndWhereTheTestsEndThem() throws {
        // Made-up names with initials, hyphens, particles, links, possessives and line ends.
        let text = """
            Yesterday Joost van der Merwe met Li Song-ho , Inzamam-ul-Haq and W. Okafor in Port Elizabeth.
            Rami al-Saadani , G.K. Quill's aide and Ana de la Vell-Brandt left ; NATO-led teams - Kim In-so - stayed.
            The Quillan Group's chief , J.R. Lenz , said de Vries ( Marsh ) would go to New York
            """
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let recognizer = EntityRecognizer()
        var longer = 0
        for i in 0..<t.count {
            let run = recognizer.findCapitalizedRun(t, i)
            #expect(run == Self.testedRun(recognizer, t, i), "\(t.texts[i])")
            if run.end > i + run.words { longer += 1 }
        }
        // Runs carried on by periods, hyphens and particles are among them.
        #expect(longer >= 5)
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
