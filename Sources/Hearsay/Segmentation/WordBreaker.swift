import CHearsayICU

/// Finds the tokens ICU's "en" word break iterator finds, on UTF-8 bytes and without ICU, in
/// text whose scalars all have a word-break class it covers.
///
/// The boundaries are those of Unicode's word boundary rules (UAX #29) as ICU 72 applies them
/// (its `word.txt` also takes ':' out of MidLetter and counts '@' as a letter), over the
/// classes news text uses: letters, digits, the Mid* punctuation between them, the connector
/// `_`, CR, LF and the other newlines, runs of spaces (WSegSpace), and everything else as a
/// character of its own. A token's kind is what `Segmenter.appendTokens` makes of ICU's rule
/// status, which follows a token's last character and, for `_`, the one before: 200 for a
/// letter, 100 for a digit, 100 for `_` after a digit and 200 after anything else it joins,
/// 0 for any other token (a lone `_` too).
///
/// Covered scalars are those of U+0000–U+07FF and U+2000–U+20FF whose class (ICU's own
/// Word_Break property, read once per process) is one of those; Format, Extend, ZWJ,
/// Katakana, Hebrew letters, regional indicators and the emoji classes are not (their rules
/// look across characters in ways this breaker does not follow), nor is any other scalar.
/// The breaker stops at an uncovered scalar (`tokens(_:from:into:count:)`), and the segmenter
/// has ICU find the tokens of its line. `WordBreakerTests` compares the breaker with ICU
/// boundary for boundary and kind for kind.
enum WordBreaker {
    /// The word-break classes the breaker tells apart; `uncovered` sends the scalar's line to ICU.
    enum Class: UInt8, CaseIterable {
        case uncovered, other, cr, lf, newline, letter, number, midLetter, midNum, midNumLet, extendNumLet, space
    }

    /// How the pair (class before, class after) joins: a `Join` in the low two bits and, when
    /// it joins, the rule status of the token it extends in the bits above (0, 1 number, 2 letter).
    enum Join: UInt8 {
        /// A boundary between the two.
        case none = 0
        /// No boundary.
        case always = 1
        /// No boundary when the scalar after the second is a letter (UAX #29 WB6/WB7).
        case beforeLetter = 2
        /// No boundary when the scalar after the second is a digit (WB11/WB12).
        case beforeNumber = 3
    }

    /// The class of every scalar of U+0000–U+07FF (at their values) and U+2000–U+20FF (at 2048
    /// onwards), `uncovered` for those the breaker leaves to ICU.
    static let classes: [UInt8] = (0..<2304).map { index in
        let scalar = index < 2048 ? index : 0x2000 + index - 2048
        return classify(icuProperty: hs_word_break_property(Int32(scalar)), scalar: scalar).rawValue
    }

    /// The `Join` and status of every pair of classes, at `before << 4 | after`.
    static let joins: [UInt8] = (0..<256).map { index in
        guard let before = Class(rawValue: UInt8(index >> 4)), let after = Class(rawValue: UInt8(index & 15)) else { return 0 }
        let (join, status) = join(before, after)
        return join.rawValue | status << 2
    }

    /// `classes` and `joins` at fixed addresses, made once per process and never freed, so that
    /// `tokens` reads them without going through arrays.
    final class Tables: @unchecked Sendable {
        static let shared = Tables()
        let classes: UnsafeMutablePointer<UInt8>
        let joins: UnsafeMutablePointer<UInt8>
        /// Whether the ASCII letters and digits of `classes` are exactly those
        /// `letterOrDigitBytes` flags, the digits all below `@` and the letters from `@` on (so
        /// that `tokens` may skip eight of them at a time and tell them apart by value).
        let asciiWordBytesAreStandard: Bool

        private init() {
            classes = .allocate(capacity: WordBreaker.classes.count)
            classes.initialize(from: WordBreaker.classes, count: WordBreaker.classes.count)
            joins = .allocate(capacity: WordBreaker.joins.count)
            joins.initialize(from: WordBreaker.joins, count: WordBreaker.joins.count)
            asciiWordBytesAreStandard = WordBreaker.letterOrDigitBytesMatch(WordBreaker.classes)
        }
    }

    /// The high bit of each byte of `word` (eight bytes) that is an ASCII letter, digit or `@`
    /// (0-9, @, A-Z, a-z: the ASCII scalars ICU's word rules count as letters or digits).
    @inline(__always)
    static func letterOrDigitBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Each byte's low seven bits; a byte of `x` plus a constant below 0x80 never carries
        // into the next, and its high bit then tells whether it reached the constant's bound.
        let x = word & ~highs
        @inline(__always) func within(_ low: UInt64, _ high: UInt64) -> UInt64 {
            (x &+ ones &* (0x80 - low)) & ~(x &+ ones &* (0x7F - high))
        }
        return (within(0x30, 0x39) | within(0x40, 0x5A) | within(0x61, 0x7A)) & ~word & highs
    }

    /// Whether `letterOrDigitBytes` flags, in every one of the eight places of a word, exactly
    /// the ASCII bytes whose class in `classes` is `letter` or `number`, and those below `@`
    /// are the numbers.
    static func letterOrDigitBytesMatch(_ classes: [UInt8]) -> Bool {
        for byte in 0..<256 {
            let isWordByte = byte < 0x80 && (classes[byte] == Class.letter.rawValue || classes[byte] == Class.number.rawValue)
            // `tokens` tells the digits (all below `@`) from the letters by their value.
            if isWordByte, classes[byte] != (byte < 0x40 ? Class.number : Class.letter).rawValue { return false }
            for place in 0..<8 {
                // The byte in its place among bytes that are no letters (spaces and high bytes).
                let filler: UInt64 = place % 2 == 0 ? 0x2020_2020_2020_2020 : 0xFFFF_FFFF_FFFF_FFFF
                let word = filler & ~(0xFF << (8 * place)) | UInt64(byte) << (8 * place)
                let flagged = letterOrDigitBytes(word)
                if flagged != (isWordByte ? UInt64(0x80) << (8 * place) : 0) { return false }
            }
        }
        return true
    }

    /// The rule status of a token of one scalar of class `c`: 2 for a letter, 1 for a digit, else 0.
    @inline(__always) static func startStatus(_ c: UInt8) -> UInt8 {
        c == Class.letter.rawValue ? 2 : (c == Class.number.rawValue ? 1 : 0)
    }

    /// Hearsay's class for a scalar of ICU Word_Break value `icuProperty` (UWordBreakValues).
    static func classify(icuProperty: Int32, scalar: Int) -> Class {
        switch icuProperty {
        case 0, 16:
            // ICU's rules count '@' as a letter (keeping e-mail addresses whole); Double_Quote
            // joins only Hebrew letters, which are not covered.
            return scalar == 0x40 ? .letter : .other
        case 1: return .letter
        case 4: return scalar == 0x3A ? .other : .midLetter  // ICU's rules drop ':' from MidLetter.
        case 5: return .midNum
        case 6: return .number
        case 7: return .extendNumLet
        case 8: return .cr
        case 10: return .lf
        case 11, 15: return .midNumLet  // MidNumLet and Single_Quote play the same part here.
        case 12: return .newline
        case 22: return .space
        default: return .uncovered
        }
    }

    /// Whether a scalar of class `after` following one of class `before` stays in its token,
    /// and the token's rule status if so: UAX #29's rules WB3 to WB13b over the covered classes.
    static func join(_ before: Class, _ after: Class) -> (Join, UInt8) {
        switch (before, after) {
        case (.cr, .lf): return (.always, 0)
        case (.cr, _), (.lf, _), (.newline, _), (_, .cr), (_, .lf), (_, .newline): return (.none, 0)
        case (.space, .space): return (.always, 0)
        case (.letter, .letter), (.number, .letter): return (.always, 2)
        case (.number, .number), (.letter, .number): return (.always, 1)
        case (.letter, .midLetter), (.letter, .midNumLet): return (.beforeLetter, 2)
        case (.number, .midNum), (.number, .midNumLet): return (.beforeNumber, 1)
        case (.letter, .extendNumLet), (.extendNumLet, .extendNumLet), (.extendNumLet, .letter): return (.always, 2)
        case (.number, .extendNumLet), (.extendNumLet, .number): return (.always, 1)
        default: return (.none, 0)
        }
    }

    /// The class of the scalar at `i` (before `n`) and its length in bytes; a scalar outside
    /// the table or a malformed sequence is `uncovered`.
    @inline(__always)
    static func scalarClass(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, _ table: UnsafePointer<UInt8>) -> (UInt8, Int) {
        if let (value, length) = ShortScalar.at(p, i, n) { return (table[value], length) }
        if p[i] == 0xE2, i + 2 < n, p[i + 1] & 0xFC == 0x80, p[i + 2] & 0xC0 == 0x80 {
            return (table[2048 + (Int(p[i + 1] & 3) << 6 | Int(p[i + 2] & 0x3F))], 3)
        }
        return (Class.uncovered.rawValue, 1)
    }

    /// Replaces `scratch` by a buffer twice as large (at least 4,096 tokens) holding the same tokens.
    @inline(never)
    static func grow(_ scratch: inout UnsafeMutableBufferPointer<Document.Token>) {
        let grown = UnsafeMutableBufferPointer<Document.Token>.allocate(capacity: max(4096, 2 * scratch.count))
        _ = grown.moveInitialize(fromContentsOf: scratch)
        scratch.deallocate()
        scratch = grown
    }

    /// Writes the tokens of `bytes` to `scratch` (spaces and newlines dropped, as
    /// `Segmenter.appendTokens` drops them) and returns how many, or nil when a scalar is not
    /// covered. `scratch` is replaced by a larger buffer (the old one freed) when full.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, into scratch: inout UnsafeMutableBufferPointer<Document.Token>) -> Int? {
        var count = 0
        return tokens(bytes, from: 0, into: &scratch, count: &count) == bytes.count ? count : nil
    }

    /// Writes the tokens of `bytes` from `start` on to `scratch` after its first `count` (and
    /// counts them), as far as the first scalar the breaker does not cover, and returns that
    /// scalar's offset, or `bytes.count` when there is none.
    ///
    /// `start` must be 0 or follow a line feed, where ICU always breaks and no rule looks back
    /// across. Tokens after the last line feed before the returned offset may be incomplete or
    /// wrong (the breaker stopped inside their line) and must be dropped. `scratch` is replaced
    /// by a larger buffer (the old one freed) when full.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into scratch: inout UnsafeMutableBufferPointer<Document.Token>,
                       count: inout Int) -> Int {
        let n = bytes.count
        guard start < n, let p = bytes.baseAddress else { return n }
        if scratch.isEmpty {
            scratch.deallocate()
            scratch = .allocate(capacity: 4096)
        }
        let table = UnsafePointer(Tables.shared.classes), joinTable = UnsafePointer(Tables.shared.joins)
        var out = scratch.baseAddress!
        var capacity = scratch.count

        /// Adds the token `s..<e` of rule status `status`, unless it is spaces or a newline: the
        /// token is always written, and counted only when kept (no branch on its kind).
        @inline(__always) func emit(_ s: Int, _ e: Int, _ status: UInt8) {
            if count == capacity {
                grow(&scratch)
                capacity = scratch.count
                out = scratch.baseAddress!
            }
            // Status 2 is a word (raw value 0), 1 a number (1), 0 punctuation (2) or a dropped space.
            let kind = Document.TokenKind(rawValue: 2 &- status).unsafelyUnwrapped
            let keep = status != 0 || !(Segmenter.isSpace(p[s]) || (p[s] == 0xC2 && s + 1 < e && p[s + 1] == 0xA0))
            (out + count).initialize(to: Document.Token(span: Span(s, e), kind: kind))
            count += keep ? 1 : 0
        }

        let (first, firstLength) = scalarClass(p, start, n, table)
        if first == Class.uncovered.rawValue { return start }
        var previous = first
        var status = startStatus(first)
        var start = start
        var i = start + firstLength
        let letter = Class.letter.rawValue, number = Class.number.rawValue

        /// Whether the byte at `i` is one space before an ASCII byte that is no space.
        @inline(__always) func loneSpaceBeforeASCII() -> Bool {
            p[i] == 0x20 && i + 1 < n && p[i + 1] < 0x80 && p[i + 1] != 0x20
        }

        /// Steps over the lone space at `i` (see `loneSpaceBeforeASCII`) after the token just
        /// emitted: it is a token of its own, dropped, and the next token starts after it.
        /// Returns false, at that next byte, when the breaker does not cover it.
        @inline(__always) func startAfterLoneSpace() -> Bool {
            i += 1
            let next = table[Int(p[i])]
            if next == Class.uncovered.rawValue { return false }
            start = i
            previous = next
            status = startStatus(next)
            i += 1
            return true
        }
        let skipsWords = Tables.shared.asciiWordBytesAreStandard
        while i < n {
            if previous == letter || previous == number {
                // ASCII letters and digits after a letter or digit always join (WB5,
                // WB8-WB10) and the status follows the last: skipped eight at a time up to
                // the first other byte, then a tight loop over the last few.
                var j = i, ended = false
                if skipsWords {
                    while n - j >= 8 {
                        let word = UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self)
                        let others = ~letterOrDigitBytes(word) & 0x8080_8080_8080_8080
                        if others == 0 { j += 8; continue }
                        j += others.trailingZeroBitCount >> 3
                        ended = true
                        break
                    }
                }
                if !ended {
                    while j < n, p[j] < 0x80 {
                        let k = table[Int(p[j])]
                        guard k == letter || k == number else { break }
                        j += 1
                    }
                }
                if j > i {
                    // An ASCII letter or digit: a digit is below `@` (`asciiWordBytesAreStandard`).
                    let isDigit = p[j - 1] < 0x40
                    previous = isDigit ? number : letter
                    status = isDigit ? 1 : 2
                    i = j
                    if i == n { break }
                    if loneSpaceBeforeASCII() {
                        // The commonest end of a word: one space, then an ASCII byte that is no
                        // space. The space breaks (WB3a-WB4, WB999).
                        emit(start, i, status)
                        if !startAfterLoneSpace() { return i }
                        continue
                    }
                }
            }
            let (c, length) = scalarClass(p, i, n, table)
            if c == Class.uncovered.rawValue { return i }
            let join = joinTable[Int(previous) << 4 | Int(c)]
            switch join & 3 {
            case Join.always.rawValue:
                previous = c
                status = join >> 2
                i += length
                continue
            case Join.beforeLetter.rawValue, Join.beforeNumber.rawValue:
                let j = i + length
                if j < n {
                    let (next, nextLength) = scalarClass(p, j, n, table)
                    let wanted = join & 3 == Join.beforeLetter.rawValue ? Class.letter.rawValue : Class.number.rawValue
                    if next == wanted {
                        previous = next
                        status = join >> 2
                        i = j + nextLength
                        continue
                    }
                }
            default:
                break
            }
            emit(start, i, status)
            if loneSpaceBeforeASCII() {
                if !startAfterLoneSpace() { return i }
                continue
            }
            start = i
            previous = c
            status = startStatus(c)
            i += length
        }
        emit(start, n, status)
        return n
    }
}
