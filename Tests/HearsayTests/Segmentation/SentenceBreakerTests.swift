import Testing
@testable import Hearsay

/// `SentenceBreaker` against ICU's "en@ss=standard" sentence iterator: the same boundaries on
/// made-up and random text, ICU's boundaries for lines it does not cover, and a process check
/// that fails when a rule is broken.
@Suite struct SentenceBreakerTests {
    /// ICU's boundaries of `text` after 0.
    static func icuBoundaries(_ text: String, _ iterator: BreakIterator) throws -> [Int32] {
        try Array(Array(text.utf8).withUnsafeBufferPointer { try iterator.boundaries($0, withStatus: false).offsets }.dropFirst())
    }

    /// The breaker's boundaries of `text`, or nil when it does not cover the text.
    static func breakerBoundaries(_ text: String, brokenRule: SentenceBreaker.Rule = .none) -> [Int32]? {
        var boundaries: [Int32] = []
        return Array(text.utf8).withUnsafeBufferPointer { buffer in
            SentenceBreaker.boundaries(buffer, from: 0, into: &boundaries, brokenRule: brokenRule) == buffer.count ? boundaries : nil
        }
    }

    /// A readable form of boundaries for failure messages: the text cut at each.
    static func describe(_ boundaries: [Int32]?, _ text: String) -> String {
        guard let boundaries else { return "nil" }
        let bytes = Array(text.utf8)
        var start = 0
        return boundaries.map { b in
            defer { start = Int(b) }
            return String(decoding: bytes[start..<Int(b)], as: UTF8.self).debugDescription
        }.joined(separator: " | ")
    }

    /// Made-up snippets around every rule: abbreviations (ICU's exceptions and others), decimals,
    /// initials, quotes and brackets after a full stop, small letters after one, ellipses,
    /// question and exclamation marks, CR LF and other paragraph separators.
    static let madeUp = [
        "", ".", " ", "a", "Hi. There", "Hi.There", "hi.There", "3.5 million", "It rose 3.5. Then", "U.S. officials met.",
        "Mr. Smith arrived. Mrs. Jones left.", "Ask Dr. Who. He knows.", "He has a Ph.D. She does not.", "Ph.D. Smith",
        "Ph. D. Smith", "the U.S.A. team", "U. Smith", "in the U.S. Army", "at 5 p.m. Then", "at 5 a.m. Then",
        "He said “Go.” Then left.", "He said \"Go.\" Then left.", "(See above.) Next one.", "Really?! Yes.", "Why? because.",
        "etc. and more", "etc.. More", "Wait... What?", "Wait . . . what", "No.5 is here", "No. 5 is here", "e.g. this",
        "E.g. This one", "vs. Them", "xMr. Smith", "Mr.  Smith", "Mr.\nSmith", "Mr.\r\nSmith", "Mr.\u{00A0}Smith",
        "One.\u{2029}Two.", "One.\u{0085}Two", "One.\rTwo", "line one\nline two\n\nline three", "“Quoted.” “Next.”",
        "He left.’ She stayed.", "A. B. C.", "J.K. Rowling wrote.", "Lt.Cdr. Smith", "Hon.B.A. Smith", "S.p.A. shares",
        "It’s 5 p.m.) And", "Go! — said he.", "Done.1 Footnote", "Done.[1] Footnote", "Done. 1 apple. 2 pears.",
        "Done.  \"a\" word", "Done. ,and", "x.  \n", "Q. Why? A. Because.", "Jan. 5 and Feb. 6.", "No. No. No.",
        "中文。下一句", "Так. Да.", "Ω. Ω.", "end.\"", "end. \")", "It’s done.’”  Next", "3.14159", "$3.50. Next",
        "Inc. Ltd. Co. Corp.", "Sept. 11", "Gen. Smith", "St. Louis", "Capt. Hook. Capt.", "A.M. B.V. C.F.", ".Mr. X",
    ]

    @Test func madeUpTextGivesICUBoundaries() throws {
        let iterator = try BreakIterator.make(.sentence)
        for text in Self.madeUp {
            let expected = try Self.icuBoundaries(text, iterator)
            let actual = Self.breakerBoundaries(text)
            #expect(actual == expected, "\(text.debugDescription): \(Self.describe(actual, text)) instead of \(Self.describe(expected, text))")
        }
    }

    /// The characters the rules turn on, drawn far more often than the rest: terminators,
    /// closers, spaces, capitals, small letters, digits, separators and paragraph separators.
    static let tricky: [Unicode.Scalar] = Array(".....?!‼\"“”’')]»  \u{00A0}\r\n\n\u{2029}\u{0085},;:-–AZMrDPhSxae12中".unicodeScalars)

    /// Pieces of ICU's exceptions and the text around them, drawn as a whole.
    static let pieces: [String] = SentenceExceptions.english.strings + ["Mr", "Ph.", "D.", "U.", "S.", "p.m", " ", ". ", "  ", "\n"]

    /// Every scalar of the Basic Multilingual Plane the breaker covers (a sample of them).
    static let coveredScalars: [Unicode.Scalar] = stride(from: 0, to: 0x10000, by: 7).compactMap { v in
        guard SentenceBreaker.Table.shared.classes[v] != SentenceBreaker.Class.uncovered.rawValue else { return nil }
        return Unicode.Scalar(UInt32(v))
    }

    /// A random text of pieces: scalars from `tricky` and `coveredScalars`, and exception pieces.
    static func randomText(_ random: inout SplitMix64, length: ClosedRange<Int>) -> String {
        var text = ""
        for _ in 0..<Int.random(in: length, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<6: text.unicodeScalars.append(tricky.randomElement(using: &random)!)
            case 6..<8: text += pieces.randomElement(using: &random)!
            default: text.unicodeScalars.append(coveredScalars.randomElement(using: &random)!)
            }
        }
        return text
    }

    /// Tens of thousands of seeded random strings weighted towards the tricky characters.
    @Test func randomTextGivesICUBoundaries() throws {
        let iterator = try BreakIterator.make(.sentence)
        var random = SplitMix64(state: 20_261_129)
        let failures = try differingTexts(60_000, { Self.randomText(&random, length: 1...16) },
                                          candidate: { Self.breakerBoundaries($0) }, oracle: { try Self.icuBoundaries($0, iterator) },
                                          describe: Self.describe)
        #expect(failures == 0)
    }

    /// Random lines, some with scalars the breaker does not cover (combining marks, the soft
    /// hyphen, joiners, bidi marks): the segmenter's sentences are those it makes from ICU's
    /// boundaries over the whole text.
    @Test func mixedLinesGiveICUSentences() throws {
        let segmenter = try Segmenter()
        let icu = try Segmenter()
        icu.usesSentenceBreaker = false
        let uncovered: [Unicode.Scalar] = ["\u{0301}", "\u{00AD}", "\u{200D}", "\u{200E}", "\u{FEFF}", "\u{2060}"]
        var random = SplitMix64(state: 7_654_321)
        var failures = 0, mixed = 0
        for _ in 0..<20_000 {
            var text = Self.randomText(&random, length: 1...30)
            if Int.random(in: 0..<3, using: &random) > 0 {
                for _ in 0..<Int.random(in: 1...2, using: &random) {
                    let scalars = Array(text.unicodeScalars)
                    let at = Int.random(in: 0...scalars.count, using: &random)
                    var view = String.UnicodeScalarView(scalars[..<at])
                    view.append(uncovered.randomElement(using: &random)!)
                    view.append(contentsOf: scalars[at...])
                    text = String(view)
                }
            }
            if Self.breakerBoundaries(text) == nil { mixed += 1 }
            var mine = Document(text: text), theirs = Document(text: text)
            try segmenter.segment(&mine)
            try icu.segment(&theirs)
            if mine.sentences != theirs.sentences || mine.tokens != theirs.tokens {
                failures += 1
                if failures <= 10 { Issue.record("\(text.debugDescription): \(mine.sentences) instead of \(theirs.sentences)") }
            }
        }
        #expect(mixed > 8_000)
        #expect(failures == 0)
    }

    /// The classes come from ICU's Sentence_Break property; Extend and Format are not covered.
    @Test func classesComeFromICU() {
        func cls(_ s: Unicode.Scalar) -> SentenceBreaker.Class {
            SentenceBreaker.Class(rawValue: SentenceBreaker.Table.shared.classes[Int(s.value)])!
        }
        #expect(cls("a") == .lower && cls("é") == .lower && cls("A") == .upper && cls("中") == .oLetter && cls("7") == .numeric)
        #expect(cls(".") == .aTerm && cls("?") == .sTerm && cls("!") == .sTerm && cls("。") == .sTerm)
        #expect(cls("\"") == .close && cls("”") == .close && cls(")") == .close && cls(",") == .sContinue)
        #expect(cls(" ") == .sp && cls("\u{00A0}") == .sp && cls("\r") == .cr && cls("\n") == .lf && cls("\u{2029}") == .sep)
        #expect(cls("\u{0301}") == .uncovered && cls("\u{00AD}") == .uncovered && cls("\u{200D}") == .uncovered)
        #expect(SentenceBreaker.Table.shared.asciiStopsAreTerminatorsAndNewlines)
    }

    /// `stopBytes` flags every byte of eight ASCII bytes that is a terminator or newline, and
    /// its lowest flag is always on one.
    @Test func stopBytesFlagsEveryStopAndTheLowestFlagIsOne() {
        var random = SplitMix64(state: 99)
        let stops: [UInt8] = [0x2E, 0x3F, 0x21, 0x0A, 0x0D]
        for _ in 0..<20_000 {
            var bytes = (0..<8).map { _ in UInt8.random(in: 0x00...0x7F, using: &random) }
            for _ in 0..<Int.random(in: 0...3, using: &random) { bytes[Int.random(in: 0..<8, using: &random)] = stops.randomElement(using: &random)! }
            let flags = SentenceBreaker.stopBytes(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
            for (k, byte) in bytes.enumerated() where stops.contains(byte) {
                #expect(flags >> (8 * k + 7) & 1 == 1, "\(bytes)")
            }
            if flags != 0 { #expect(stops.contains(bytes[flags.trailingZeroBitCount >> 3]), "\(bytes)") }
        }
    }

    /// ICU's exceptions are read from its data, and sorted into full and partial matches.
    @Test func exceptionsComeFromICU() {
        let exceptions = SentenceExceptions.english
        #expect(exceptions.strings.contains("Mr.") && exceptions.strings.contains("Ph.D.") && exceptions.strings.count > 100)
        func suppressed(_ text: String, at boundary: Int) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { exceptions.suppresses($0.baseAddress!, $0.count, at: boundary) }
        }
        #expect(suppressed("Mr. Smith", at: 4))
        #expect(suppressed("xMr. Smith", at: 5))
        #expect(!suppressed("Mr.  Smith", at: 5))
        #expect(!suppressed("Ms Smith", at: 3))
    }

    /// The process's check passes with this machine's ICU and switches the breaker on; with a
    /// rule broken (SB7, or the suppressions) it fails.
    @Test func theProcessCheckPassesAndFailsWhenARuleIsBroken() throws {
        #expect(SentenceBreaker.agreesWithICU)
        #expect(try Segmenter().usesSentenceBreaker)
        let iterator = try BreakIterator.make(.sentence)
        #expect(!SentenceBreaker.agrees(with: iterator, brokenRule: .sb7))
        #expect(!SentenceBreaker.agrees(with: iterator, brokenRule: .suppression))
        let classes = Set(SentenceBreaker.probeScalars.map { SentenceBreaker.Class(rawValue: SentenceBreaker.Table.shared.classes[Int($0.value)])! })
        #expect(classes.union([.lf]) == Set(SentenceBreaker.Class.allCases).subtracting([.uncovered]))
    }
}
