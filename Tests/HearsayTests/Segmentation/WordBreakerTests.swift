import Testing
@testable import Hearsay

/// `WordBreaker` against ICU's word iterator: the same tokens, boundary for boundary and kind
/// for kind, on made-up and random text, and ICU's tokens for text it does not cover.
@Suite struct WordBreakerTests {
    /// ICU's tokens of `text`: its word iterator's boundaries and rule statuses turned into tokens
    /// by `Segmenter.appendTokens` (the segmenter's way before `WordBreaker`).
    static func icuTokens(_ text: String, _ iterator: BreakIterator) throws -> [Document.Token] {
        try Array(text.utf8).withUnsafeBufferPointer { try WordBreaker.icuTokens($0, iterator) }
    }

    /// `WordBreaker`'s tokens of `text`, or nil when it does not cover the text; the scratch
    /// starts small so that it grows.
    static func breakerTokens(_ text: String) -> [Document.Token]? {
        var scratch = UnsafeMutableBufferPointer<Document.Token>.allocate(capacity: 2)
        defer { scratch.deallocate() }
        return Array(text.utf8).withUnsafeBufferPointer { buffer in
            WordBreaker.tokens(buffer, into: &scratch).map { Array(scratch[0..<$0]) }
        }
    }

    /// A readable form of tokens for failure messages.
    static func describe(_ tokens: [Document.Token]?, _ text: String) -> String {
        guard let tokens else { return "nil" }
        let bytes = Array(text.utf8)
        return tokens.map { "\(String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self))/\($0.kind)" }.joined(separator: " | ")
    }

    /// Made-up snippets around every rule the breaker follows: abbreviations, decimals and
    /// thousands, apostrophes, the connector `_`, runs of spaces, CR LF and other newlines, NBSP.
    static let madeUp = [
        "", "a", "7", "_", ".", " ", "  ", "\r\n", "\n\r", "\r\r\n\n", "U.S.", "U.S. officials", "e-mail", "can’t", "can't",
        "3,000.50", "3,000.50.", "1.2.3", "1..2", "a..b", "_x_", "x__", "1__", "__", "1_", "a_1", "1_a", "a1.1", "1.1a",
        "a:b", "10:30", "a'1", "1'2", "'a'", "‘quoted’", "“Quoted,” she said.", "Zoë’s café — or not…", "pp.\u{00A0}12–14",
        "it’s 5\u{00A0}000 km", "end.\r\nNext", "tab\there", "two  spaces   three", "x\u{000B}y", "x\u{000C}y", "x\u{0085}y",
        "Mr. O’Neill’s e-mail: x_y@example.org.", "£4.99, €5 or $6?", "It was 9.5% (or 9,5 %).", "a.b.c.d", "a.1", "1.a",
        "―dash―", "© 2020 ®", "a\u{2024}b", "1\u{2024}2", "a\u{00B7}b", "a\u{2027}b", "1\u{2044}2", "Α.Β", "Жук’s", "a\u{2003}\u{2003}b",
        "x\u{202F}y", "1\u{202F}2", "ab12", "a@b", "@", "@@", "a.@b", "1.@", "@'s", "a-@b", "news@example.com.", "€5", "5 €", "‼ ⁉", "__init__", "a_", "_1", "1 _ 2", "‘’“”", "...", "a. b. c.", "\"a\"b\"",
    ]

    @Test func madeUpTextGivesICUTokens() throws {
        let iterator = try BreakIterator.make(.word)
        for text in Self.madeUp {
            let expected = try Self.icuTokens(text, iterator)
            let actual = Self.breakerTokens(text)
            #expect(actual == expected, "\(text.debugDescription): \(Self.describe(actual, text)) instead of \(Self.describe(expected, text))")
        }
    }

    /// Every scalar the breaker covers.
    static let coveredScalars: [Unicode.Scalar] = WordBreaker.classes.indices.compactMap { index in
        guard WordBreaker.classes[index] != WordBreaker.Class.uncovered.rawValue else { return nil }
        return Unicode.Scalar(UInt32(index < 2048 ? index : 0x2000 + index - 2048))
    }

    /// The characters the rules turn on, drawn far more often than the rest.
    static let tricky: [Unicode.Scalar] = Array(".,;:'’‘_\"“”-–—―…0123456789aZéß  \r\n\t\u{00A0}\u{000B}\u{0085}\u{2024}\u{00B7}\u{2044}\u{202F}\u{2003}$%()".unicodeScalars)

    /// A random text of `length` scalars, each drawn from one of `pools`, chosen with odds in
    /// proportion to its weight.
    static func randomText(_ random: inout SplitMix64, length: ClosedRange<Int>, pools: [(weight: Int, scalars: [Unicode.Scalar])]) -> String {
        let total = pools.reduce(0) { $0 + $1.weight }
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: length, using: &random) {
            var pick = Int.random(in: 0..<total, using: &random)
            let pool = pools.first { pick -= $0.weight; return pick < 0 }!
            scalars.append(pool.scalars.randomElement(using: &random)!)
        }
        return String(scalars)
    }

    /// Thousands of random strings over the covered scalars, weighted towards the tricky ones.
    @Test func randomTextGivesICUTokens() throws {
        let iterator = try BreakIterator.make(.word)
        var random = SplitMix64(state: 20_261_129)
        let failures = try differingTexts(100_000, { Self.randomText(&random, length: 1...24, pools: [(7, Self.tricky), (3, Self.coveredScalars)]) },
                                          candidate: Self.breakerTokens, oracle: { try Self.icuTokens($0, iterator) }, describe: Self.describe)
        #expect(failures == 0)
    }

    /// Random texts of long runs of ASCII letters and digits (which the breaker skips eight
    /// bytes at a time) broken by the characters the rules turn on, ending anywhere in a run.
    @Test func randomLongWordsGiveICUTokens() throws {
        let iterator = try BreakIterator.make(.word)
        var random = SplitMix64(state: 20_261_130)
        let wordBytes = Array("abcxyzABCXYZ0189@".unicodeScalars)
        let neighbours = Array("`[{/:;.,'’_ \r\n\u{7F}é€ӧ".unicodeScalars)
        let failures = try differingTexts(20_000, { Self.randomText(&random, length: 1...48, pools: [(24, wordBytes), (2, neighbours), (1, Self.tricky)]) },
                                          candidate: Self.breakerTokens, oracle: { try Self.icuTokens($0, iterator) }, describe: Self.describe)
        #expect(failures == 0)
    }

    /// The eight-byte test flags exactly the ASCII letters, digits and `@` of ICU's classes,
    /// in every place of a word, so that the breaker skips words that way.
    @Test func eightByteWordTestMatchesTheClasses() {
        #expect(WordBreaker.Tables.shared.asciiWordBytesAreStandard)
        let word = UInt64(littleEndian: Array("a0@Z`[/\u{C3}".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        #expect(WordBreaker.letterOrDigitBytes(word) == 0x0000_0000_8080_8080)
        var classes = WordBreaker.classes
        classes[0x60] = WordBreaker.Class.letter.rawValue
        #expect(!WordBreaker.letterOrDigitBytesMatch(classes))
        // A digit taken for a letter (the breaker tells them apart by value) fails the check too.
        classes = WordBreaker.classes
        classes[0x37] = WordBreaker.Class.letter.rawValue
        #expect(!WordBreaker.letterOrDigitBytesMatch(classes))
    }

    /// Random lines, some with scalars the breaker does not cover (combining marks, joiners, a
    /// soft hyphen, emoji, Hangul, Hebrew, katakana, Han): the segmenter's tokens, the breaker's
    /// in covered lines and ICU's in the others, are ICU's over the whole text.
    @Test func mixedLinesGiveICUTokens() throws {
        let iterator = try BreakIterator.make(.word)
        let segmenter = try Segmenter()
        let uncovered: [Unicode.Scalar] = ["\u{0301}", "\u{0303}", "\u{00AD}", "\u{200D}", "\u{FEFF}", "\u{2060}", "👋", "\u{1F3FD}",
                                           "서", "א", "カ", "中"]
        let breaks: [Unicode.Scalar] = ["\n", "\n", "\r", " ", "\u{000C}"]
        var random = SplitMix64(state: 1_234_567)
        var mixed = 0
        let failures = try differingTexts(20_000, {
            Self.randomText(&random, length: 1...40, pools: [(2, uncovered), (4, breaks), (10, Self.tricky), (4, Self.coveredScalars)])
        }, candidate: { text in
            if Self.breakerTokens(text) == nil { mixed += 1 }
            var document = Document(text: text)
            try segmenter.segment(&document)
            return document.tokens
        }, oracle: { try Self.icuTokens($0, iterator) }, describe: Self.describe)
        #expect(mixed > 10_000)
        #expect(failures == 0)
    }

    /// Text with a scalar outside the covered set (combining marks, a soft hyphen, joiners,
    /// emoji, Hangul, Hebrew, katakana, Thai) is not the breaker's, and the segmenter gives
    /// ICU's tokens for it.
    @Test func uncoveredTextGoesToICU() throws {
        let iterator = try BreakIterator.make(.word)
        let segmenter = try Segmenter()
        let texts = ["Cafe\u{0301} au lait.", "One line.\nCafe\u{0301} two.\r\nThree_3,000.50 ‘x’\n\nfour \u{200D}\n", "\n\u{0301}x\n", "co\u{00AD}operate", "a\u{200D}b", "Hi 👋🏽 there", "서울 news", "שלום x",
                     "カタカナ 1", "ภาษาไทย ok", "x\u{2060}y", "a\u{FEFF}b", "中文 2020", "“Done,” said\u{0303} he."]
        for text in texts {
            #expect(Self.breakerTokens(text) == nil, "\(text.debugDescription) should not be covered")
            var document = Document(text: text)
            try segmenter.segment(&document)
            #expect(document.tokens == (try Self.icuTokens(text, iterator)), "\(text.debugDescription)")
        }
    }

    /// The segmenter's tokens of a covered text of several thousand tokens are ICU's, whether
    /// the breaker or ICU finds them.
    @Test func segmenterTokensAreICUsEitherWay() throws {
        let text = BreakIteratorTests.longText + "\r\nA last line_with 3,000.50 and U.S. e-mail."
        let expected = try Self.icuTokens(text, try BreakIterator.make(.word))
        #expect(expected.count > 8192)
        #expect(Self.breakerTokens(text) == expected)
        let segmenter = try Segmenter()
        for usesBreaker in [true, false] {
            segmenter.usesWordBreaker = usesBreaker
            var document = Document(text: text)
            try segmenter.segment(&document)
            #expect(document.tokens == expected)
        }
    }

    /// The classes come from ICU's Word_Break property, with the colon taken out of MidLetter
    /// as ICU's word rules do.
    @Test func classesComeFromICU() {
        func cls(_ s: Unicode.Scalar) -> WordBreaker.Class {
            let v = Int(s.value)
            return WordBreaker.Class(rawValue: WordBreaker.classes[v < 2048 ? v : 2048 + v - 0x2000])!
        }
        #expect(cls("a") == .letter && cls("é") == .letter && cls("Ж") == .letter)
        #expect(cls("7") == .number && cls("_") == .extendNumLet)
        #expect(cls("’") == .midNumLet && cls("'") == .midNumLet && cls(".") == .midNumLet)
        #expect(cls(",") == .midNum && cls(";") == .midNum && cls("\u{00B7}") == .midLetter && cls(":") == .other)
        #expect(cls("@") == .letter && cls("€") == .other)
        #expect(cls(" ") == .space && cls("\u{00A0}") == .other && cls("\t") == .other)
        #expect(cls("\r") == .cr && cls("\n") == .lf && cls("\u{000C}") == .newline)
        #expect(cls("\u{00AD}") == .uncovered && cls("\u{0301}") == .uncovered && cls("\u{200D}") == .uncovered && cls("א") == .uncovered)
    }

    /// The process's check (`WordBreaker.agreesWithICU`, which switches the breaker on) passes
    /// with this machine's ICU, and its probe has a scalar of every class the breaker covers
    /// (LF separates its lines), so that a rule ICU changed between any two classes shows.
    @Test func theProcessCheckPassesAndProbesEveryClass() throws {
        #expect(WordBreaker.agreesWithICU)
        #expect(try Segmenter().usesWordBreaker)
        let probed = Set(WordBreaker.probeScalars.map { s -> WordBreaker.Class in
            let v = Int(s.value)
            return WordBreaker.Class(rawValue: WordBreaker.classes[v < 2048 ? v : 2048 + v - 0x2000])!
        })
        #expect(probed.union([.lf]) == Set(WordBreaker.Class.allCases).subtracting([.uncovered]))
        // One line for every sequence of three probe scalars, each line those three in order.
        // (Split on bytes: "\r" then "\n" is one Character, so a string split would join lines.)
        let lines = WordBreaker.probeBytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
            .map { String(decoding: $0, as: UTF8.self) }
        let n = WordBreaker.probeScalars.count
        #expect(lines.count == n * n * n)
        let p = WordBreaker.probeScalars
        #expect(Array(lines[(3 * n + 5) * n + 7].unicodeScalars) == [p[3], p[5], p[7]])
    }
}
