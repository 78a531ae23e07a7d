/// Converts UTF-8 byte offsets to Unicode code-point offsets (what Python and most JSON
/// consumers index by) in constant time: a count per 64-byte block and a bit per byte saying
/// which bytes continue a character.
public struct OffsetConverter: Sendable {
    /// Bytes in the text.
    let count: Int
    /// Code points before each 64-byte block, and after the last byte: entry `b` counts the
    /// code points in the first `min(b * 64, count)` bytes.
    let checkpoints: [Int]
    /// One word per 64-byte block: bit `j` is set when byte `b * 64 + j` is a continuation
    /// byte (10xxxxxx), which starts no code point.
    let continuations: [UInt64]
    /// Bytes per block of `checkpoints` (the bits of one `continuations` word).
    static let blockSize = 64

    public init(_ bytes: [UInt8]) {
        count = bytes.count
        let blocks = (bytes.count + Self.blockSize - 1) / Self.blockSize
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(blocks + 1)
        checkpoints.append(0)
        var continuations: [UInt64] = []
        continuations.reserveCapacity(blocks)
        bytes.withUnsafeBufferPointer { p in
            let raw = UnsafeRawBufferPointer(p)
            var codePoints = 0
            var i = 0
            while i < p.count {
                let end = min(i + Self.blockSize, p.count)
                var mask: UInt64 = 0
                var j = i
                // Eight bytes at a time, and only words with a byte of 0x80 or more need the
                // bits worked out: the continuation bytes' top bits (set, and the next bit
                // clear) gathered into one byte of the mask by a multiplication.
                while j + 8 <= end {
                    let word = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 {
                        let lanes = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                        mask |= ((lanes &* 0x0102_0408_1020_4080) >> 56) << UInt64(j - i)
                    }
                    j += 8
                }
                while j < end {
                    if p[j] & 0xC0 == 0x80 { mask |= 1 << UInt64(j - i) }
                    j += 1
                }
                codePoints += (end - i) - mask.nonzeroBitCount
                checkpoints.append(codePoints)
                continuations.append(mask)
                i = end
            }
        }
        self.checkpoints = checkpoints
        self.continuations = continuations
    }

    /// The code-point offset of byte offset `offset` (clamped to the text): the block's count
    /// plus the bytes before `offset` in its block that start a code point.
    @inline(__always)
    public func codePoint(_ offset: Int) -> Int {
        let clamped = max(0, min(offset, count))
        let block = clamped / Self.blockSize
        let within = clamped - block * Self.blockSize
        let before = checkpoints[block]
        guard within > 0 else { return before }
        let continued = continuations[block] & ((1 << UInt64(within)) &- 1)
        return before + within - continued.nonzeroBitCount
    }
}
