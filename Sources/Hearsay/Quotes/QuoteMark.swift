/// One quotation-mark candidate in a text, classified by its shape and its neighbours.
struct QuoteMark: Equatable {
    /// Which marks can close which.
    enum Family { case double, single, guillemet, angleSingle }
    /// What the neighbours say the mark does.
    enum Role { case open, close, either, apostrophe }

    var span: Span
    var family: Family
    var role: Role
    /// German-style low opener („), which may close with “ as well as ”.
    var low: Bool = false

    /// Finds and classifies every quotation-mark candidate in `bytes[range]`.
    static func scan(_ bytes: [UInt8], in range: Span) -> [QuoteMark] {
        bytes.withUnsafeBufferPointer { scan($0, in: range) }
    }

    /// Whether `b` can be the first byte of a mark (", ', `, « », or U+2018–U+201F, U+2039, U+203A),
    /// or is # or &: those two differ from " and ' only in the bits 0x05, so that one test of
    /// the byte with those bits set finds all four (`scan` passes over # and &, which start no
    /// mark). News text holds few of them (the 168 PolNeAR dev+test texts: 47), and the vector
    /// test of `nextCandidate` is one comparison shorter (callgrind, those texts: `scan`'s own
    /// cost 2.49 -> 2.40 M instructions, est 3.12 -> 2.99 M).
    @inline(__always)
    static func mayStartMark(_ b: UInt8) -> Bool {
        b | 0x05 == 0x27 || b == 0x60 || b | 0x20 == 0xE2
    }

    /// The first index in `start..<end` whose byte may start a mark (see `mayStartMark`), or
    /// `end`. Tests sixteen bytes at a time, compared byte by byte in one vector (x86-64's
    /// SSE2), then a last word of eight and the last few bytes one by one.
    ///
    /// The text holds about one candidate byte in a hundred (PolNeAR), so nearly every vector
    /// has none. This loop reads every byte of the text: over words of eight bytes, with a cheap
    /// test to rule a word out before the exact one, it ran 23 instructions a word, 2.4 M of
    /// `scan`'s 3.66 M on the 168 PolNeAR dev+test texts (callgrind).
    @inline(__always)
    static func nextCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        if let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
            // (Thirty-two bytes a step, two vectors tested together, ran 70,000 fewer
            // instructions but mispredicted 7,000 more branches.)
            while i &+ 16 <= end {
                let m = marks(base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
                if m[0] | m[1] != 0 {
                    return i &+ (m[0] != 0 ? m[0].trailingZeroBitCount &>> 3 : 8 &+ m[1].trailingZeroBitCount &>> 3)
                }
                i &+= 16
            }
            if i &+ 8 <= end {
                let m = marks(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if m != 0 { return i &+ m.trailingZeroBitCount &>> 3 }
                i &+= 8
            }
        }
        while i < end && !mayStartMark(bytes[i]) { i += 1 }
        return i
    }

    /// Every byte of `v` that may start a mark set to 0xFF, the others 0, read as two words
    /// (the first eight bytes in the first, lowest first). The comparisons are of vectors:
    /// against a scalar they were compiled byte by byte (as `JSONWriter.escapeMask` found);
    /// 0xC2 and 0xE2 differ only in bit 0x20, so one comparison finds both, and one finds
    /// " ' # & (see `mayStartMark`).
    @inline(__always)
    static func marks(_ v: SIMD16<UInt8>) -> SIMD2<UInt64> {
        let marked = ((v | SIMD16<UInt8>(repeating: 0x05)) .== SIMD16<UInt8>(repeating: 0x27))
            .| (v .== SIMD16<UInt8>(repeating: 0x60)) .| ((v | SIMD16<UInt8>(repeating: 0x20)) .== SIMD16<UInt8>(repeating: 0xE2))
        return unsafeBitCast(marked, to: SIMD2<UInt64>.self)
    }

    /// One in each byte of a word.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// The top bit of each byte of a word.
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Bits whose top bit in each byte marks a zero byte of `w`, exact up to the lowest one (a
    /// borrow marks only bytes above a zero byte) once masked with `highs`.
    @inline(__always)
    static func zeros(_ w: UInt64) -> UInt64 { (w &- ones) & ~w }

    /// The top bit of each byte of `w` that may start a mark, exact up to the lowest one.
    ///
    /// 0xC2 and 0xE2 differ only in bit 0x20, so one test of the bytes with that bit set finds
    /// both (and one test " ' # &, as `mayStartMark` says); and the top bits are kept once,
    /// after the three tests are joined (each test's other bits are dropped there all the same).
    @inline(__always)
    static func marks(_ w: UInt64) -> UInt64 {
        (zeros((w | (ones &* 0x05)) ^ (ones &* 0x27)) | zeros(w ^ (ones &* 0x60))
            | zeros((w | (ones &* 0x20)) ^ (ones &* 0xE2))) & highs
    }

    /// Finds and classifies every quotation-mark candidate in `bytes[range]`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Span) -> [QuoteMark] {
        var marks: [QuoteMark] = []
        scan(bytes, in: range, appendingTo: &marks)
        return marks
    }

    /// The same, appended to `marks` (which a caller scanning paragraph after paragraph keeps,
    /// reading each paragraph's from where it ended before).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Span, appendingTo marks: inout [QuoteMark]) {
        var i = range.start
        while true {
            i = nextCandidate(bytes, from: i, to: range.end)
            guard i < range.end else { break }
            let b = bytes[i]
            var length = 0
            var family: Family = .double
            var shape: UInt32 = 0
            if b == 0x22 { length = 1; shape = 0x22 }
            else if b == 0x27 {
                if i + 1 < range.end, bytes[i + 1] == 0x27 { length = 2; shape = 0x2727 } else { length = 1; shape = 0x27 }
            } else if b == 0x60, i + 1 < range.end, bytes[i + 1] == 0x60 { length = 2; shape = 0x6060 }
            else if b == 0xC2, i + 1 < range.end, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB {
                length = 2; shape = bytes[i + 1] == 0xAB ? 0xAB : 0xBB
            } else if b == 0xE2, i + 2 < range.end, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if (0x98...0x9F).contains(c) || c == 0xB9 || c == 0xBA { length = 3; shape = 0x2000 + UInt32(c) - 0x80 }
            }
            if length == 0 { i += 1; continue }
            // `don’t`, `it's`: ’ or ' between two ASCII letters or digits is an apostrophe (as the
            // classification below finds, without decoding the neighbours).
            if shape == 0x2019 || shape == 0x27, i > range.start, i + length < range.end,
               isASCIIWordByte(bytes[i - 1]), isASCIIWordByte(bytes[i + length]) {
                marks.append(QuoteMark(span: Span(i, i + length), family: .single, role: .apostrophe))
                i += length
                continue
            }
            let before = scalar(before: i, bytes, floor: range.start)
            let after = scalar(at: i + length, bytes, limit: range.end)
            let leftFlank = before.map(isOpeningContext) ?? true
            let rightFlank = after.map(isClosingContext) ?? true
            let prevWord = before.map(isWordChar) ?? false
            let nextWord = after.map(isWordChar) ?? false
            var role: Role
            var low = false
            switch shape {
            case 0x22, 0x2727:
                // Straight double quotes, and the NYT's '' used for both opening and closing.
                role = leftFlank && !rightFlank ? .open : (rightFlank && !leftFlank ? .close : .either)
            case 0x6060: family = .double; role = .open
            case 0x201C: role = (rightFlank && !leftFlank && before.map { !WhiteSpace.contains($0) } == true) ? .close : .open
            case 0x201D: role = (leftFlank && !rightFlank) ? .open : .close
            case 0x201E: role = .open; low = true
            case 0x201F: role = .open
            case 0xAB: family = .guillemet; role = .open
            case 0xBB: family = .guillemet; role = .close
            case 0x2039: family = .angleSingle; role = .open
            case 0x203A: family = .angleSingle; role = .close
            case 0x2018, 0x201B:
                family = .single
                if prevWord || (after.map(isNumeric) ?? false) { role = .apostrophe } else { role = .open }
            case 0x201A: family = .single; role = prevWord ? .apostrophe : .open; low = true
            default: // ’ and '
                family = .single
                let afterPunctuation = before.map(isSentencePunctuation) ?? false
                if prevWord && nextWord { role = .apostrophe }
                else if leftFlank && !rightFlank && !afterPunctuation {
                    // ’em, ’90s are apostrophes; otherwise an opener.
                    role = (after.map(isNumeric) ?? false) ? .apostrophe : .open
                } else if rightFlank && (prevWord || afterPunctuation) { role = .close }
                else { role = .apostrophe }
            }
            marks.append(QuoteMark(span: Span(i, i + length), family: family, role: role, low: low))
            i += length
        }
    }

    /// Whether a mark of `self` can close a quote opened by `opener`.
    func closes(_ opener: QuoteMark) -> Bool {
        switch (opener.family, family) {
        case (.double, .double), (.single, .single), (.guillemet, .guillemet), (.angleSingle, .angleSingle): return true
        default: return false
        }
    }

    /// Whether `s` is a letter or a number (ASCII answered without the property tables).
    static func isWordChar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v >= 0x30 && v <= 0x39 }
        return propertiesSay(s) { $0.isAlphabetic || $0.numericType != nil }
    }

    /// Whether byte `b` is an ASCII letter or digit.
    @inline(__always)
    static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39
    }

    /// Whether `s` has a numeric type (for ASCII, the digits).
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return propertiesSay(s) { $0.numericType != nil }
    }

    /// What `test` says of the Unicode properties of `s`: kept out of line, so that the ASCII
    /// answers above do not pay for setting up the property lookup.
    @inline(never)
    static func propertiesSay(_ s: Unicode.Scalar, _ test: (Unicode.Scalar.Properties) -> Bool) -> Bool {
        test(s.properties)
    }

    /// Whether `s` is one of . , ! ? ; :
    static func isSentencePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x21, 0x3F, 0x3B, 0x3A: return true
        default: return false
        }
    }

    /// Characters after which a mark opens a quotation (spaces, brackets, dashes, opening marks).
    static func isOpeningContext(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        // ( [ { - / — – ― “ ‘ « ‹
        case 0x28, 0x5B, 0x7B, 0x2D, 0x2F, 0x2014, 0x2013, 0x2015, 0x201C, 0x2018, 0xAB, 0x2039: return true
        default: return WhiteSpace.contains(s)
        }
    }

    /// Characters before which a mark closes a quotation (spaces, punctuation, closing marks).
    static func isClosingContext(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        // . , ; : ! ? ) ] } - / " ' — – … ” ’ » ›
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2D, 0x2F, 0x22, 0x27,
             0x2014, 0x2013, 0x2026, 0x201D, 0x2019, 0xBB, 0x203A: return true
        default: return WhiteSpace.contains(s)
        }
    }

    /// The scalar ending just before byte `i` (nil at `floor`).
    static func scalar(before i: Int, _ bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Unicode.Scalar? {
        guard i > floor else { return nil }
        var s = i - 1
        while s > floor, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return scalar(at: s, bytes, limit: i)
    }

    /// The scalar starting at byte `i` (nil at `limit`).
    static func scalar(at i: Int, _ bytes: [UInt8], limit: Int) -> Unicode.Scalar? {
        bytes.withUnsafeBufferPointer { scalar(at: i, $0, limit: limit) }
    }

    /// The scalar starting at byte `i` (nil at `limit`).
    static func scalar(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Unicode.Scalar? {
        guard i < limit else { return nil }
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return Unicode.Scalar(b0) }
        var value: UInt32
        var count: Int
        if b0 & 0xE0 == 0xC0 { value = b0 & 0x1F; count = 1 }
        else if b0 & 0xF0 == 0xE0 { value = b0 & 0x0F; count = 2 }
        else if b0 & 0xF8 == 0xF0 { value = b0 & 0x07; count = 3 }
        else { return "\u{FFFD}" }
        guard i + count < limit + 1, i + count <= bytes.count - 0 else { return "\u{FFFD}" }
        for k in 1...count {
            guard i + k < bytes.count else { return "\u{FFFD}" }
            value = value << 6 | (UInt32(bytes[i + k]) & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
