import Testing
@testable import Hearsay

@Suite struct PhraseBytesTests {
    /// Made-up text: a possessive, initials, a line break inside a name and non-ASCII words.
    static let text = "Mrs. Ina Wevell’s firm hired J.R. Ostrander-Pike\nof Port Quill. “Zoë Falk’s aides said no.”"

    static func features() throws -> TokenFeatures {
        TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
    }

    @Test func laidOutPhrasesAreTheBytesOfTokenPhrases() throws {
        let t = try Self.features()
        for a in 0..<t.count {
            let b = min(t.count, a + 7)
            let p = t.laidOutPhraseBytes(from: a, through: b)
            for k in a + 1...b {
                #expect(Array(p.bytes(to: k)) == Array(t.phrase(a, k).utf8))
                #expect(p.length(to: k) == t.phrase(a, k).utf8.count)
                #expect(Array(p.bytesWithPeriod(to: k)) == Array((t.phrase(a, k) + ".").utf8))
                for j in a..<k { #expect(Array(p.bytes(from: j, to: k)) == Array(t.phrase(j, k).utf8)) }
            }
            #expect(Array(t.phraseUTF8(a, b)) == Array(t.phrase(a, b).utf8))
        }
    }

    @Test func phrasesLaidOutTokenByTokenMatchThoseLaidOutAtOnce() throws {
        let t = try Self.features()
        for a in 0..<t.count {
            let b = min(t.count, a + 5)
            var p = t.phraseBytes(from: a, through: b)
            #expect(p.laidOut == a)
            for k in a + 1...b {
                p.extend(to: k, t)
                #expect(p.laidOut == k)
                #expect(String(decoding: p.bytes(to: k), as: UTF8.self) == t.phrase(a, k))
            }
            // Asking again for a laid-out token changes nothing.
            p.extend(to: a + 1, t)
            #expect(p.laidOut == b && String(decoding: p.bytes(to: b), as: UTF8.self) == t.phrase(a, b))
        }
    }

    @Test func periodsAndPossessivesAreReadOnTheBytes() {
        func test(_ text: String, period: Bool, stripped: String) {
            var copy = text
            copy.withUTF8 { bytes in
                #expect(PhraseBytes.endsWithPeriod(bytes) == period, "\(text)")
                #expect(String(decoding: PhraseBytes.strippingPossessive(bytes), as: UTF8.self) == stripped, "\(text)")
            }
        }
        test("St.", period: true, stripped: "St.")
        test("Port Quill", period: false, stripped: "Port Quill")
        test("Zoë Falk’s", period: false, stripped: "Zoë Falk")
        test("Wevell's", period: false, stripped: "Wevell")
        test("Évry.", period: true, stripped: "Évry.")
        test("", period: false, stripped: "")
    }

    @Test func scratchGrowsForLongPhrases() throws {
        let words = (0..<300).map { "Word\($0)" }.joined(separator: " ")
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: words)))
        let p = t.laidOutPhraseBytes(from: 0, through: t.count)
        #expect(String(decoding: p.bytes(to: t.count), as: UTF8.self) == t.phrase(0, t.count))
    }

    @Test func lexiconsAnswerBytesAsTheyAnswerStrings() {
        let lexicons = Lexicons.shared
        let samples = ["New York", "Paris", "Mr", "Prime Minister", "Real Madrid", "Zürich", "nowhere at all", "St. Louis"]
        for sample in samples {
            var text = sample
            text.withUTF8 { bytes in
                #expect(lexicons.place(utf8: bytes)?.canonical == lexicons.place(sample)?.canonical, "\(sample)")
                #expect(lexicons.organization(utf8: bytes) == lexicons.organization(sample), "\(sample)")
                #expect(lexicons.team(utf8: bytes) == lexicons.team(sample), "\(sample)")
                #expect(lexicons.title(utf8: bytes)?.kind == lexicons.title(sample)?.kind, "\(sample)")
            }
        }
        // Lexicons assembled by hand answer from their dictionaries.
        var byHand = Lexicons()
        byHand.places["Port Quill"] = PlaceEntry(canonical: "Port Quill", kind: "city", population: 1200)
        var text = "Port Quill"
        text.withUTF8 { #expect(byHand.place(utf8: $0)?.population == 1200) }
    }
}

@Suite struct SharedWordAnswersTests {
    final class Owner {}

    @Test func aWordKeepsItsEntryAndItsAnswers() {
        let store = SharedWordAnswers()
        let owner = Owner()
        store.prepare(owner: owner)
        let ina = store.entry(for: "Ina"), port = store.entry(for: "Port")
        #expect(ina != port && store.entry(for: "Ina") == ina && store.count == 2)
        store.record(ina, 1, 0b10)
        #expect(store.answers(ina, 1) == 0b10 && store.answers(port, 1) == 0 && store.answers(ina, 0) == 0)
        // Many words: the table grows and every entry is found again.
        let words = (0..<5000).map { "w\($0)" }
        let entries = words.map { store.entry(for: $0) }
        #expect(words.map { store.entry(for: $0) } == entries && store.entry(for: "Ina") == ina)
        // Other lexicons' tables empty the store; the same tables keep it.
        store.prepare(owner: owner)
        #expect(store.count == 5002)
        store.prepare(owner: Owner())
        #expect(store.count == 0)
        // Emptied, it takes words anew, each with nothing known.
        let again = store.entry(for: "Port")
        #expect(store.count == 1 && store.answers(again, 0) == 0 && store.answers(again, 1) == 0)
        #expect(store.entry(for: "") != again && store.entry(for: "") == store.entry(for: ""))
    }

    @Test func aLaterDocumentReadsTheAnswersOfAnEarlierOne() {
        let store = SharedWordAnswers()
        store.prepare(owner: Owner())
        var asked = 0
        let first = TokenLookups(count: 2)
        first.share(store, words: ["Ina", "said"])
        #expect(first.answer(.title, 0) { asked += 1; return true })
        #expect(!first.answer(.headFollower, 1) { asked += 1; return false })
        // Ids differ between documents; the words carry their answers.
        let second = TokenLookups(count: 3)
        second.share(store, words: ["said", "Port", "Ina"])
        #expect(second.answer(.title, 2) { asked += 1; return false })
        #expect(!second.answer(.headFollower, 0) { asked += 1; return true })
        #expect(asked == 2)
        // A question not asked before is looked up, and then known to the store as well.
        #expect(second.answer(.place, 1) { asked += 1; return true })
        #expect(asked == 3)
        let third = TokenLookups(count: 1)
        third.share(store, words: ["Port"])
        #expect(third.answer(.place, 0) { asked += 1; return false })
        #expect(asked == 3)
    }

    @Test func recognizingTwiceGivesTheSameMentions() throws {
        let text = "Mrs. Ina Wevell said Port Quill Ltd hired Zoë Falk. Wevell said Falk would stay in Paris."
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let (first, _) = EntityRecognizer().recognize(document)
        let (second, _) = EntityRecognizer().recognize(document)
        #expect(first == second && !first.isEmpty)
    }
}
