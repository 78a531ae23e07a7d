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
