import CHearsayICU

/// Finds the boundaries ICU's "en@ss=standard" sentence iterator finds, on UTF-8 bytes and
/// without ICU, in text whose scalars all have a sentence-break class it covers.
///
/// The boundaries are those of Unicode's sentence boundary rules (UAX #29, SB1-SB998) as ICU 72
/// applies them, with ICU's "ss=standard" suppressions after abbreviations on top
/// (`SentenceExceptions`). Every class is covered but Extend and Format (combining marks,
/// joiners, the soft hyphen, bidi marks: rule SB5 makes them transparent, which this breaker
/// does not follow); the breaker stops at such a scalar (`boundaries(_:from:into:)`) and the
/// segmenter has ICU find the boundaries of its line. A line is independent of the text
/// around it: SB4 breaks after every line feed, no rule looks back or ahead across one (the
/// look-ahead of SB8 stops at a paragraph separator), and neither does the suppression
/// (`SentenceExceptions`). `SentenceBreakerTests` compares the breaker with ICU boundary for
/// boundary.
///
/// Between two boundaries the breaker only looks at sentence terminators (ATerm, STerm) and
/// paragraph separators (CR, LF, Sep): a break can only follow a paragraph separator (SB4) or
/// end a run `SATerm Close* Sp*` (SB11), unless SB6-SB10 keep the run going.
enum SentenceBreaker {
    /// The sentence-break classes; `uncovered` sends the scalar's line to ICU. The order
    /// matters: the classes from `aTerm` on, and `uncovered`, are the ones the scan stops at.
    enum Class: UInt8, CaseIterable {
        case uncovered, other, lower, upper, oLetter, numeric, sContinue, close, sp, aTerm, sTerm, cr, lf, sep
    }

    /// Hearsay's class for a scalar of ICU Sentence_Break value `icuProperty` (USentenceBreak).
    static func classify(icuProperty: Int32) -> Class {
        switch icuProperty {
        case 0: return .other
        case 1: return .aTerm
        case 2: return .close
        case 4: return .lower
        case 5: return .numeric
        case 6: return .oLetter
        case 7: return .sep
        case 8: return .sp
        case 9: return .sTerm
        case 10: return .upper
        case 11: return .cr
        case 13: return .lf
        case 14: return .sContinue
        default: return .uncovered  // Format (3), Extend (12) and any value ICU may add.
        }
    }

    /// The class of every scalar of the Basic Multilingual Plane, at its value, made once per
    /// process from ICU's Sentence_Break property and never freed.
    final class Table: @unchecked Sendable {
        static let shared = Table()
        let classes: UnsafeMutablePointer<UInt8>
        /// Whether the only ASCII scalars the scan stops at are `.`, `?`, `!`, CR and LF (so
        /// that it may skip eight other ASCII bytes at a time by their values alone).
        let asciiStopsAreTerminatorsAndNewlines: Bool

        private init() {
            classes = .allocate(capacity: 0x10000)
            // One call per scalar (about 4 M instructions in all): ICU's map of the property
            // (u_getIntPropertyMap), read a range at a time, costs three times as much to build.
            for scalar in 0..<0x10000 { classes[scalar] = classify(icuProperty: hs_sentence_break_property(Int32(scalar))).rawValue }
            let table = classes
            let stops = (0..<128).filter { table[$0] == Class.uncovered.rawValue || table[$0] >= Class.aTerm.rawValue }
            asciiStopsAreTerminatorsAndNewlines = stops == [0x0A, 0x0D, 0x21, 0x2E, 0x3F]
        }
    }

    /// The class of a scalar past the Basic Multilingual Plane, asked of ICU each time (rare).
    @inline(never)
    static func supplementaryClass(_ scalar: Int) -> UInt8 {
        classify(icuProperty: hs_sentence_break_property(Int32(scalar))).rawValue
    }

    /// The class of the scalar at `i` (before `n`) and its length in bytes; a malformed
    /// sequence is `uncovered`.
    @inline(__always)
    static func scalarClass(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, _ table: UnsafePointer<UInt8>) -> (UInt8, Int) {
        if let (value, length) = ShortScalar.at(p, i, n) { return (table[value], length) }
        let b = p[i]
        if b >= 0xE0, b <= 0xEF, i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
            let scalar = Int(b & 0x0F) << 12 | Int(p[i + 1] & 0x3F) << 6 | Int(p[i + 2] & 0x3F)
            if scalar >= 0x800, scalar & 0xF800 != 0xD800 { return (table[scalar], 3) }
        }
        if b >= 0xF0, b <= 0xF4, i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 {
            let scalar = Int(b & 0x07) << 18 | Int(p[i + 1] & 0x3F) << 12 | Int(p[i + 2] & 0x3F) << 6 | Int(p[i + 3] & 0x3F)
            if scalar >= 0x10000, scalar <= 0x10FFFF { return (supplementaryClass(scalar), 4) }
        }
        return (Class.uncovered.rawValue, 1)
    }

    /// The class of the scalar that ends at `end` (> `start`, a scalar boundary) of the bytes
    /// from `start`.
    @inline(__always)
    static func classBefore(_ p: UnsafePointer<UInt8>, _ end: Int, after start: Int, _ n: Int, _ table: UnsafePointer<UInt8>) -> UInt8 {
        var k = end - 1
        while k > start, end - k < 4, p[k] & 0xC0 == 0x80 { k -= 1 }
        let (c, length) = scalarClass(p, k, n, table)
        return k + length == end ? c : Class.uncovered.rawValue
    }

    /// The high bit of each byte of `word` (eight ASCII bytes) that may be `.`, `?`, `!`, CR
    /// or LF: every such byte is flagged, and the lowest flagged byte is always one of them
    /// (a byte above one may be flagged wrongly, by the borrow the test takes from it).
    @inline(__always)
    static func stopBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        return zeroBytes(word ^ (ones &* 0x2E)) | zeroBytes(word ^ (ones &* 0x3F)) | zeroBytes(word ^ (ones &* 0x21))
            | zeroBytes(word ^ (ones &* 0x0A)) | zeroBytes(word ^ (ones &* 0x0D))
    }

    /// A rule the process check's test can switch off (`agrees(brokenRule:)`), to see the check fail.
    enum Rule { case none, sb7, suppression }

    /// Appends the boundaries of `bytes` after `start` (0 or just after a line feed) to
    /// `boundaries`, as ICU's sentence iterator returns them (the end of the text last), as far
    /// as the first scalar the breaker does not cover, and returns that scalar's offset, or
    /// `bytes.count` when there is none.
    ///
    /// Boundaries after the last line feed before the returned offset may be wrong (the breaker
    /// stopped inside their line) and must be dropped.
    static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into boundaries: inout [Int32],
                           exceptions: SentenceExceptions = .english, brokenRule: Rule = .none) -> Int {
        let n = bytes.count
        guard start < n, let p = bytes.baseAddress else { return n }
        let table = UnsafePointer(Table.shared.classes)
        let aTerm = Class.aTerm.rawValue, close = Class.close.rawValue, sp = Class.sp.rawValue
        let lower = Class.lower.rawValue, upper = Class.upper.rawValue

        /// Adds the break at `k` before the end unless ICU's filter drops it (the end is added last).
        @inline(__always) func emit(_ k: Int) {
            if k == n || (brokenRule != .suppression && exceptions.suppresses(p, n, at: k)) { return }
            boundaries.append(Int32(truncatingIfNeeded: k))
        }

        let skipsWords = Table.shared.asciiStopsAreTerminatorsAndNewlines
        var i = start
        while i < n {
            // Everything but terminators, paragraph separators and uncovered scalars: skipped,
            // eight ASCII bytes at a time when none of them is `.`, `?`, `!`, CR or LF, else
            // up to the first of those or of the non-ASCII bytes (the lowest flagged byte).
            if skipsWords, n - i >= 8 {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let flagged = word & 0x8080_8080_8080_8080 | stopBytes(word)
                if flagged == 0 { i += 8; continue }
                i += flagged.trailingZeroBitCount >> 3
            }
            let b = p[i]
            if b < 0x80 {
                let c = table[Int(b)]
                if c &- 1 < aTerm &- 1 { i += 1; continue }
            }
            let (c, length) = scalarClass(p, i, n, table)
            if c &- 1 < aTerm &- 1 { i += length; continue }
            switch c {
            case Class.uncovered.rawValue:
                return i
            case Class.cr.rawValue:
                // SB3: CR × LF; SB4: a break after the pair, or after a CR alone.
                i += i + 1 < n && p[i + 1] == 0x0A ? 2 : 1
                emit(i)
                continue
            case Class.lf.rawValue, Class.sep.rawValue:
                i += length
                emit(i)
                continue
            default:
                break
            }
            // A terminator at `i`: SATerm Close* Sp*, then the scalar after decides (SB6-SB11).
            let t = i
            var j = i + length
            var cj = Class.other.rawValue, lj = 0
            while j < n {
                (cj, lj) = scalarClass(p, j, n, table)
                if cj != close { break }
                j += lj
            }
            while j < n {
                (cj, lj) = scalarClass(p, j, n, table)
                if cj != sp { break }
                j += lj
            }
            i = j
            if j == n { break }
            if cj == Class.uncovered.rawValue { return j }
            if c == aTerm {
                if j == t + length {
                    // SB6: ATerm × Numeric; SB7: (Upper | Lower) ATerm × Upper.
                    if cj == Class.numeric.rawValue { continue }
                    if cj == upper, t > start, brokenRule != .sb7 {
                        let before = classBefore(p, t, after: start, n, table)
                        if before == upper || before == lower { continue }
                    }
                }
                // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower.
                var k = j, ck = cj, lk = lj
                while ck == Class.other.rawValue || (ck >= Class.numeric.rawValue && ck <= sp) {
                    k += lk
                    if k == n { break }
                    (ck, lk) = scalarClass(p, k, n, table)
                    if ck == Class.uncovered.rawValue { return k }
                }
                if k < n, ck == lower { continue }
            }
            // SB8a: SATerm Close* Sp* × (SContinue | SATerm); SB9/SB10: no break before a
            // paragraph separator (after which SB4 breaks); SB11: a break here.
            if cj == Class.sContinue.rawValue || cj >= aTerm { continue }
            emit(j)
        }
        boundaries.append(Int32(truncatingIfNeeded: n))
        return n
    }
}
