import Testing
@testable import Hearsay

@Suite struct TokenFeaturesTests {
    /// Made-up text with repeated words, a possessive, initials, a hyphen and non-ASCII words.
    static let text = "Dr. Ana Lépine’s team met J.R. Okafor-Smith in St Louis. The team said: “Ok, go.”"

    static func features() throws -> (Document, TokenFeatures) {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        return (document, TokenFeatures(document))
    }

    @Test func aWordsLeadIsReadOffItsFirstScalar() {
        // ASCII on the byte; other scalars by their properties (a digit of another script and a
        // vulgar fraction are numbers, an accented capital a letter, curly quotes and dashes neither).
        let cases: [(String, TokenFeatures.Lead)] = [("7th", .number), ("Zoë", .letter), ("-", .other), ("", .other),
                                                     ("٣٠", .number), ("½", .number), ("Élan", .letter), ("“", .other),
                                                     ("—", .other), ("ßig", .letter), ("日本", .letter)]
        for (word, lead) in cases {
            let found = Array(word.utf8).withUnsafeBufferPointer { TokenFeatures.lead($0, word) }
            #expect(found == lead, "\(word)")
        }
    }

    @Test func letterFactsCountAsUnicodePropertiesDo() {
        // ASCII words take the byte loop, the others the scalar loop: both must count alphabetic
        // and uppercase scalars as their properties say, and call a word simple only when it has
        // no scalar but ASCII and general punctuation.
        let words = ["NATO", "McCain", "x", "", "C-SPAN's", "Zoë", "ÉLYSÉE", "O’Brien", "“Ok”", "日本", "ǅemal", "ß", "A—B", "x\ry", "\r\n", "é"]
        for word in words {
            let facts = Array(word.utf8).withUnsafeBufferPointer { TokenFeatures.letterFacts($0) }
            let scalars = Array(word.unicodeScalars)
            let letters = scalars.filter(\.properties.isAlphabetic)
            #expect(facts.letters == letters.count, "\(word)")
            #expect(facts.upper == letters.filter(\.properties.isUppercase).count, "\(word)")
            #expect(facts.firstUpper == (scalars.first?.properties.isUppercase ?? false), "\(word)")
            let plain = scalars.allSatisfy { $0.isASCII || (0x2010...0x2027).contains($0.value) || (0x2030...0x205E).contains($0.value) }
            #expect(facts.simple == plain, "\(word)")
            #expect(facts.oneByteEach == (word.utf8.count <= 1 || word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }), "\(word)")
        }
    }

    @Test func letterFactsOfASCIIWordsOfEveryLengthCountEachByteOnce() {
        // Seeded ASCII words of 0 to 40 bytes (every length class of the eight-at-a-time reads:
        // short words, whole words, an overlapping last read), over all 128 ASCII bytes, in a
        // buffer whose bytes around the word are letters that must not count.
        var random = SplitMix64(state: 5)
        for _ in 0..<3000 {
            let length = Int(random.next() % 41)
            let word = (0..<length).map { _ in UInt8(random.next() % 128) }
            let padded = Array("QqQqQqQq".utf8) + word + Array("ZzZzZzZz".utf8)
            let facts = padded.withUnsafeBufferPointer { TokenFeatures.letterFacts(UnsafeBufferPointer(rebasing: $0[8..<(8 + length)])) }
            let upper = word.filter { $0 >= 0x41 && $0 <= 0x5A }.count
            #expect(facts.letters == upper + word.filter { $0 >= 0x61 && $0 <= 0x7A }.count, "\(word)")
            #expect(facts.upper == upper && facts.simple, "\(word)")
            #expect(facts.firstUpper == (word.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false), "\(word)")
            #expect(facts.oneByteEach == (length <= 1 || !word.contains(0x0D)), "\(word)")
        }
    }

    @Test func shortWordsHoldTheirBytesOnce() {
        let bytes = Array("abcdefg".utf8)
        bytes.withUnsafeBufferPointer { b in
            for count in 1...7 {
                var expected: UInt64 = 0
                for k in 0..<count { expected |= UInt64(bytes[k]) << UInt64(8 * k) }
                #expect(TokenFeatures.shortWord(b.baseAddress!, count) == expected, "\(count)")
            }
        }
        // A letter and an uppercase letter are flagged in their own byte; other bytes, and the
        // low seven bits of a high byte that are no letter, are not.
        let (letters, upper, returns) = TokenFeatures.asciiLetterBits(0x0D_7B_60_5B_40_7A_61_5A)
        #expect(letters == 0x80_80_80 && upper == 0x80 && returns == 0x8000_0000_0000_0000)
        #expect(TokenFeatures.asciiLetterBits(0x00C1).upper == 0x80)
        #expect(TokenFeatures.flaggedBytes(0) == 0 && TokenFeatures.flaggedBytes(0x80_0000_8000_0080) == 3)
        #expect(TokenFeatures.flaggedBytes(0x8080_8080_8080_8080) == 8)
    }

    @Test func perTokenViewsReadTheDocumentTokens() throws {
        let (document, t) = try Self.features()
        #expect(t.count == document.tokens.count && t.kinds.count == t.count && t.spans.count == t.count)
        for k in 0..<t.count {
            #expect(t.texts[k] == document.string(document.tokens[k].span))
            #expect(t.lowercased[k] == t.texts[k].lowercased())
            #expect(t.kinds[k] == document.tokens[k].kind)
            #expect(t.spans[k] == document.tokens[k].span)
        }
        // Repeated words share their string through one id: "team" twice.
        let team = (0..<t.count).filter { t.texts[$0] == "team" }
        #expect(team.count == 2 && t.ids[team[0]] == t.ids[team[1]])
    }

    @Test func sentencesAndSpacesAreReadOffTheSpans() throws {
        // Made-up text: three sentences, with marks glued to the words around them.
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: "Pim ran (far). Yes! Tova waved."))
        let t = TokenFeatures(document)
        #expect(Array(t.texts) == ["Pim", "ran", "(", "far", ")", ".", "Yes", "!", "Tova", "waved", "."])
        #expect(Array(t.sentence) == [0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2])
        #expect(t.sentenceStart == [0, 6, 8, 11])
        #expect(t.spaceBefore == [true, true, true, false, false, false, true, false, true, true, false])
    }

    @Test func isTextAnswersAsAStringComparison() throws {
        let (_, t) = try Self.features()
        let characters: [Unicode.Scalar] = [".", ",", "-", ":", "(", ")", "I", "s"]
        for k in 0..<t.count {
            for c in characters { #expect(t.isText(k, c) == (t.texts[k] == String(c)), "\(t.texts[k]) \(c)") }
            #expect(t.firstByte(k) == t.texts[k].utf8.first)
        }
        #expect((0..<t.count).contains { t.isText($0, ".") } && (0..<t.count).contains { t.isText($0, ",") })
    }

    @Test func phrasesJoinTokensWithSingleSpacesWhereTheTextHasThem() throws {
        let (_, t) = try Self.features()
        func joined(_ a: Int, _ b: Int) -> String {
            (a..<b).map { k in (k > a && t.spaceBefore[k] ? " " : "") + t.texts[k] }.joined()
        }
        for a in 0..<t.count {
            for b in a...min(t.count, a + 6) { #expect(t.phrase(a, b) == joined(a, b)) }
            let b = min(t.count, a + 6)
            #expect(t.phrases(from: a, through: b) == (a + 1...b).map { joined(a, $0) })
            // Growing phrases stop at the first one the test rejects.
            let short = t.phrases(from: a, through: b, while: { $0.utf8.count <= 12 })
            #expect(short == (a + 1...b).map { joined(a, $0) }.prefix { $0.utf8.count <= 12 })
        }
        let st = try #require((0..<t.count).first { t.texts[$0] == "St" })
        #expect(t.phrase(st, st + 2) == "St Louis")
        #expect(t.phrase(st, st + 1) == "St" && t.phrase(st, st).isEmpty)
    }

    @Test func caseShapesSortWordsByCapitals() throws {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: "THE Ana I met 42 “x” É Über ∆"))
        let t = TokenFeatures(document)
        var shapes: [String: TokenFeatures.CaseShape] = [:]
        for k in 0..<t.count { shapes[t.texts[k]] = t.caseShapes[k] }
        #expect(shapes["THE"] == .capitals && shapes["I"] == .capitals && shapes["É"] == .capitals)
        #expect(shapes["Ana"] == .capitalized && shapes["Über"] == .capitalized)
        #expect(shapes["met"] == .lowercase && shapes["x"] == .lowercase)
        #expect(shapes["42"] == .number)
        #expect(shapes["“"] == TokenFeatures.CaseShape.none && shapes["∆"] == TokenFeatures.CaseShape.none)
    }

    @Test func featuresKeepTheirStringsWhileLaterDocumentsAddWords() throws {
        let segmenter = try Segmenter()
        func features(_ text: String) throws -> TokenFeatures {
            TokenFeatures(try segmenter.document(for: Article(paragraphs: [], verbatimText: text)))
        }
        let first = try features("Wembick met Dorla.")
        let second = try features("Dorla thanked Yarrowby Fenn.")
        #expect(Array(first.texts) == ["Wembick", "met", "Dorla", "."])
        #expect(Array(first.lowercased) == ["wembick", "met", "dorla", "."])
        #expect(Array(second.texts) == ["Dorla", "thanked", "Yarrowby", "Fenn", "."])
        #expect(second.lowercased[2] == "yarrowby")
        // Per document word id, in order of first occurrence.
        let distinct = second.lowercased.distinct
        #expect((0..<distinct.count).map { distinct[$0] } == ["dorla", "thanked", "yarrowby", "fenn", "."])
    }
}
