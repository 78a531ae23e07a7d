/// The bytes of a word read as 64-bit words that together cover every byte, eight at a time:
/// how `ByteIndex` hashes a word and `LexiconFacts` scans one for spaces and non-ASCII bytes.
///
/// A word of eight bytes or more is read in whole words, its last (partial) eight bytes in one
/// load that overlaps the word before; a word of four to seven in two overlapping 32-bit loads
/// (its first four bytes low, its last four high); a shorter one as its bytes 0, n / 2 and n - 1
/// in the low three bytes, `shortFill` in the others. A byte-at-a-time loop cost about a hundred
/// instructions per word more (callgrind of the 168 PolNeAR dev+test texts).
enum CoveringWords {
    /// The number of covering words of `count` bytes: how many times `forEach` calls its body
    /// (none for no bytes, one up to eight bytes, one per eight bytes begun past that).
    @inline(__always)
    static func count(ofBytes count: Int) -> Int { count <= 0 ? 0 : (count + 7) >> 3 }

    /// Calls `body` with each covering word of `bytes` in order; not at all for no bytes.
    @inline(__always)
    static func forEach(_ bytes: UnsafeBufferPointer<UInt8>, shortFill: UInt64 = 0, _ body: (UInt64) -> Void) {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else { return }
        let raw = UnsafeRawPointer(base)
        if n >= 8 {
            var i = 0
            while i + 8 <= n { body(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)); i += 8 }
            if i < n { body(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) }
        } else if n >= 4 {
            body(UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32)
        } else {
            body(UInt64(base[0]) | UInt64(base[n / 2]) << 8 | UInt64(base[n - 1]) << 16 | shortFill)
        }
    }
}
