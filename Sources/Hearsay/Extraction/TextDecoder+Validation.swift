/// UTF-8 validation that skips long ASCII runs eight bytes at a time.
extension TextDecoder {
    /// Shortest ASCII run taken out of the standard library's byte-by-byte validation: shorter
    /// runs between non-ASCII bytes cost more as separate strings than they save.
    static let asciiRunThreshold = 64

    /// `String(validating: bytes, as: UTF8.self)`: the string when `bytes` are valid UTF-8, nil
    /// otherwise, faster for mostly ASCII text.
    ///
    /// Long ASCII runs (found a word at a time) become strings of their own at memory speed; the
    /// stretches between them go through `String(validating:)`. An ASCII byte never belongs to a
    /// multi-byte sequence, so the input is valid exactly when every stretch is, and the pieces
    /// joined are its bytes unchanged.
    static func validatedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return "" }
        let n = bytes.count
        let raw = UnsafeRawPointer(base)
        @inline(__always) func isASCIIWord(_ p: Int) -> Bool {
            raw.loadUnaligned(fromByteOffset: p, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        }
        var result = ""
        var pending = 0  // start of the stretch not yet added
        var p = 0
        while p + 8 <= n {
            guard isASCIIWord(p) else { p += 8; continue }
            var q = p + 8
            while q + 8 <= n && isASCIIWord(q) { q += 8 }
            while q < n && bytes[q] < 0x80 { q += 1 }
            if q - p >= asciiRunThreshold {
                if p == 0 && q == n { return String(decoding: bytes, as: UTF8.self) }
                if result.isEmpty { result.reserveCapacity(n) }
                if pending < p {
                    guard let stretch = String(validating: UnsafeBufferPointer(rebasing: bytes[pending..<p]), as: UTF8.self) else { return nil }
                    result += stretch
                }
                result += String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<q]), as: UTF8.self)
                pending = q
            }
            p = q
        }
        if pending == 0 { return String(validating: bytes, as: UTF8.self) }
        if pending < n {
            guard let stretch = String(validating: UnsafeBufferPointer(rebasing: bytes[pending..<n]), as: UTF8.self) else { return nil }
            result += stretch
        }
        return result
    }
}

extension TextDecoder {
    /// Whether `bytes` are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), read in place: ASCII runs a word at a time, each
    /// other sequence by its lead byte.
    ///
    /// Answers as `String(validating:)` does, without building the string: valid UTF-8 pages
    /// (nearly all of them) are then read from their bytes, where building the string of a
    /// 170 KB page took 117 M of extraction's 2,756 M instructions over the 181 test pages.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                // 32 bytes a step while they are ASCII (most of a page), then eight.
                while i + 32 <= n {
                    let words = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                    guard words & 0x8080_8080_8080_8080 == 0 else { break }
                    i += 32
                }
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                continue
            }
            // The continuation bytes after the lead, and the range of the first (narrower than
            // 80-BF after E0, ED, F0 and F4, which would otherwise start overlong forms,
            // surrogates or values past U+10FFFF).
            let count: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (count, low, high) = (1, 0x80, 0xBF)
            case 0xE0: (count, low, high) = (2, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (count, low, high) = (2, 0x80, 0xBF)
            case 0xED: (count, low, high) = (2, 0x80, 0x9F)
            case 0xF0: (count, low, high) = (3, 0x90, 0xBF)
            case 0xF1...0xF3: (count, low, high) = (3, 0x80, 0xBF)
            case 0xF4: (count, low, high) = (3, 0x80, 0x8F)
            default: return false
            }
            guard i + count < n, base[i + 1] >= low, base[i + 1] <= high else { return false }
            if count >= 2 {
                guard base[i + 2] & 0xC0 == 0x80 else { return false }
                if count == 3 { guard base[i + 3] & 0xC0 == 0x80 else { return false } }
            }
            i += count + 1
        }
        return true
    }

    /// Whether `bytes` start with the UTF-8 byte-order mark (EF BB BF), which decoding drops.
    static func hasUTF8BOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}
