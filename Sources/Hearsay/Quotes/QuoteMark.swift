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
        var marks: [QuoteMark] = []
        var i = range.start
        while i < range.end {
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
            case 0x201C: role = (rightFlank && !leftFlank && before.map { !$0.properties.isWhitespace } == true) ? .close : .open
            case 0x201D: role = (leftFlank && !rightFlank) ? .open : .close
            case 0x201E: role = .open; low = true
            case 0x201F: role = .open
            case 0xAB: family = .guillemet; role = .open
            case 0xBB: family = .guillemet; role = .close
            case 0x2039: family = .angleSingle; role = .open
            case 0x203A: family = .angleSingle; role = .close
            case 0x2018, 0x201B:
                family = .single
                if prevWord || (after.map { $0.properties.numericType != nil } ?? false) { role = .apostrophe } else { role = .open }
            case 0x201A: family = .single; role = prevWord ? .apostrophe : .open; low = true
            default: // ’ and '
                family = .single
                let afterPunctuation = before.map { ".,!?;:".unicodeScalars.contains($0) } ?? false
                if prevWord && nextWord { role = .apostrophe }
                else if leftFlank && !rightFlank && !afterPunctuation {
                    // ’em, ’90s are apostrophes; otherwise an opener.
                    role = (after.map { $0.properties.numericType != nil } ?? false) ? .apostrophe : .open
                } else if rightFlank && (prevWord || afterPunctuation) { role = .close }
                else { role = .apostrophe }
            }
            marks.append(QuoteMark(span: Span(i, i + length), family: family, role: role, low: low))
            i += length
        }
        return marks
    }

    /// Whether a mark of `self` can close a quote opened by `opener`.
    func closes(_ opener: QuoteMark) -> Bool {
        switch (opener.family, family) {
        case (.double, .double), (.single, .single), (.guillemet, .guillemet), (.angleSingle, .angleSingle): return true
        default: return false
        }
    }

    static func isWordChar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Characters after which a mark opens a quotation (spaces, brackets, dashes, opening marks).
    static func isOpeningContext(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || "([{—–-/\u{2014}\u{2013}\u{2015}“‘«‹".unicodeScalars.contains(s)
    }

    /// Characters before which a mark closes a quotation (spaces, punctuation, closing marks).
    static func isClosingContext(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || ".,;:!?)]}—–-/\u{2014}\u{2013}…”’»›\"'".unicodeScalars.contains(s)
    }

    /// The scalar ending just before byte `i` (nil at `floor`).
    static func scalar(before i: Int, _ bytes: [UInt8], floor: Int) -> Unicode.Scalar? {
        guard i > floor else { return nil }
        var s = i - 1
        while s > floor, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return scalar(at: s, bytes, limit: i)
    }

    /// The scalar starting at byte `i` (nil at `limit`).
    static func scalar(at i: Int, _ bytes: [UInt8], limit: Int) -> Unicode.Scalar? {
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
