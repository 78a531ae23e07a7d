/// The one- and two-byte UTF-8 sequences both byte breakers decode themselves (`WordBreaker`,
/// `SentenceBreaker`): their class tables are indexed by scalar value, and such a scalar's
/// value is its table index. Longer sequences each breaker reads in its own way (the word
/// table covers U+2000–U+20FF past them, the sentence table the whole Basic Multilingual Plane).
enum ShortScalar {
    /// The value and byte length of the scalar at `i` (before `n`) when it is ASCII or a
    /// well-formed two-byte sequence (U+0080–U+07FF); nil for anything else.
    @inline(__always)
    static func at(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (value: Int, length: Int)? {
        let b = p[i]
        if b < 0x80 { return (Int(b), 1) }
        if b >= 0xC2, b <= 0xDF, i + 1 < n, p[i + 1] & 0xC0 == 0x80 { return (Int(b & 0x1F) << 6 | Int(p[i + 1] & 0x3F), 2) }
        return nil
    }
}
