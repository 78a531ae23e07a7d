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

    @Test func phrasesAreLaidOutInTheLookupsScratch() throws {
        // The features read the scratch unmanaged: it must be the one their look-ups own, so
        // that it lives as long as they do, and phrases are laid out in its room.
        let t = try Self.features()
        #expect(t.phraseScratch.takeUnretainedValue() === t.lookups.phraseScratch)
        let (room, _) = t.lookups.phraseScratch.room(bytes: 1, offsets: 1)
        var p = t.phraseBytes(from: 0, through: min(t.count, 6))
        p.extend(to: min(t.count, 6), t)
        #expect(p.bytes(to: min(t.count, 6)).baseAddress == UnsafePointer(room))
    }

    @Test func phrasesReadInTheDocumentsOwnBytesAreThoseCopied() throws {
        // Made-up text: single spaces, and gaps that are not one space (two spaces, a tab, a
        // line break, a no-break space), non-ASCII words and a possessive.
        let text = "Mr  Ina\tWevell’s firm , J.R. Ostrander-Pike\nof Port Quill. “Zoë Falk’s aides\u{00A0}said no.” Ana  Lee Voss"
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let t = TokenFeatures(document)
        var inPlace = 0, copied = 0
        document.bytes.withUnsafeBufferPointer { bytes in
            t.lookups.phraseScratch.document = bytes
            defer { t.lookups.phraseScratch.document = nil }
            let range = UnsafeRawPointer(bytes.baseAddress!)..<UnsafeRawPointer(bytes.baseAddress! + bytes.count)
            for a in 0..<t.count {
                let b = min(t.count, a + 7)
                var p = t.phraseBytes(from: a, through: b)
                for k in a + 1...b {
                    p.extend(to: k, t)
                    #expect(Array(p.bytes(to: k)) == Array(t.phrase(a, k).utf8), "\(a) \(k)")
                    #expect(Array(p.bytesWithPeriod(to: k)) == Array((t.phrase(a, k) + ".").utf8))
                    for j in a..<k { #expect(Array(p.bytes(from: j, to: k)) == Array(t.phrase(j, k).utf8)) }
                    if range.contains(UnsafeRawPointer(p.bytes(to: k).baseAddress!)) { inPlace += 1 } else { copied += 1 }
                }
                #expect(Array(t.phraseUTF8(a, b)) == Array(t.phrase(a, b).utf8))
            }
        }
        // Both ways were taken: most phrases in place, those over an odd gap copied.
        #expect(inPlace > copied && copied > 0)
    }

    @Test func phrasesAreLaidOutWhileThePrefixesHoldThem() throws {
        let t = try Self.features()
        // "Mrs. Ina Wevell’s ...": tokens Mrs . Ina Wevell’s (the possessive may be its own token).
        let prefixes: WordTable<Void> = ["Mrs", "Mrs.", "Mrs. Ina"]
        var p = t.phraseBytes(from: 0, through: min(t.count, 6))
        let count = p.extend(whilePrefixIn: prefixes, t)
        #expect(count == 3)
        #expect(String(decoding: p.bytes(to: count), as: UTF8.self) == "Mrs. Ina")
        // A first token no prefix holds gives no phrase.
        var q = t.phraseBytes(from: 2, through: min(t.count, 6))
        #expect(q.extend(whilePrefixIn: prefixes, t) == 0)
        // Without prefixes every phrase up to the bound is laid out.
        var all = t.phraseBytes(from: 0, through: 4)
        #expect(all.extend(whilePrefixIn: nil, t) == 4 && all.laidOut == 4)
    }

    @Test func aFirstWordKnownToBeAPrefixIsNotLookedUpAgain() throws {
        let t = try Self.features()
        // "Mrs" is left out of the prefixes: only a caller that found it elsewhere gets past it.
        let prefixes: WordTable<Void> = ["Mrs.", "Mrs. Ina"]
        var known = t.phraseBytes(from: 0, through: min(t.count, 6))
        #expect(known.extend(whilePrefixIn: prefixes, firstKnown: true, t) == 3)
        #expect(String(decoding: known.bytes(to: 1), as: UTF8.self) == "Mrs")
        var asked = t.phraseBytes(from: 0, through: min(t.count, 6))
        #expect(asked.extend(whilePrefixIn: prefixes, t) == 0)
    }

    @Test func aKnownFirstWordIsLaidOutWithTheNextTokenOnlyWhenThereIsOne() throws {
        let t = try Self.features()
        // No prefix holds "Mrs.": the first word and the period are laid out, and no more.
        let prefixes: WordTable<Void> = ["Mrs"]
        var two = t.phraseBytes(from: 0, through: min(t.count, 6))
        #expect(two.extend(whilePrefixIn: prefixes, firstKnown: true, t) == 1)
        #expect(two.laidOut == 2)
        #expect(String(decoding: two.bytes(to: 1), as: UTF8.self) == "Mrs")
        #expect(String(decoding: two.bytes(to: 2), as: UTF8.self) == "Mrs.")
        // A phrase bounded at its first token lays out that token alone.
        var one = t.phraseBytes(from: 0, through: 1)
        #expect(one.extend(whilePrefixIn: prefixes, firstKnown: true, t) == 1)
        #expect(one.laidOut == 1)
        #expect(String(decoding: one.bytes(to: 1), as: UTF8.self) == "Mrs")
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
