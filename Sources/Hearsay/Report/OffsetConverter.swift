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
        var continuations = [UInt64].filled(with: 0, count: blocks)
        var checkpoints = [Int].filled(with: 0, count: blocks + 1)
        bytes.withUnsafeBufferPointer { p in
            continuations.withUnsafeMutableBufferPointer { masks in
                checkpoints.withUnsafeMutableBufferPointer { counts in
                    Self.fill(UnsafeRawBufferPointer(p), masks: masks, counts: counts)
                }
            }
        }
        self.checkpoints = checkpoints
        self.continuations = continuations
    }

    /// Works out each block's continuation bits and the code points before each block.
    ///
    /// A whole block of ASCII (no byte of 0x80 or more in its eight words) is passed over
    /// with its mask left zero; in other blocks each word's continuation bytes (top bit set,
    /// the next clear) are gathered into one byte of the mask by a multiplication.
    static func fill(_ raw: UnsafeRawBufferPointer, masks: UnsafeMutableBufferPointer<UInt64>,
                     counts: UnsafeMutableBufferPointer<Int>) {
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func word(_ at: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) }
        /// A one in the low bit of each byte of `w` that is a continuation byte (top bit set,
        /// the next clear), zero in the others.
        @inline(__always) func continuationBytes(_ w: UInt64) -> UInt64 { (w & ~(w << 1) & highs) >> 7 }
        /// The low bits of the eight bytes of `c` (`continuationBytes`) gathered into one byte.
        @inline(__always) func gathered(_ c: UInt64) -> UInt64 { (c &* 0x0102_0408_1020_4080) >> 56 }
        var codePoints = 0
        var block = 0
        var i = 0
        while i + blockSize <= raw.count {
            let w0 = word(i), w1 = word(i + 8), w2 = word(i + 16), w3 = word(i + 24)
            let w4 = word(i + 32), w5 = word(i + 40), w6 = word(i + 48), w7 = word(i + 56)
            var mask: UInt64 = 0
            var continued = 0
            if (w0 | w1 | w2 | w3 | w4 | w5 | w6 | w7) & highs != 0 {
                let c0 = continuationBytes(w0), c1 = continuationBytes(w1), c2 = continuationBytes(w2)
                let c3 = continuationBytes(w3), c4 = continuationBytes(w4), c5 = continuationBytes(w5)
                let c6 = continuationBytes(w6), c7 = continuationBytes(w7)
                mask = gathered(c0) | gathered(c1) << 8 | gathered(c2) << 16 | gathered(c3) << 24
                    | gathered(c4) << 32 | gathered(c5) << 40 | gathered(c6) << 48 | gathered(c7) << 56
                // Counted from the eight words' ones added byte by byte (at most 8 a byte),
                // then summed by a multiplication, not by `nonzeroBitCount` of the mask (no
                // popcnt in x86-64's baseline): callgrind, `fill` on the 168 PolNeAR dev+test
                // texts 1.00 -> 0.56 M instructions.
                let sum = c0 &+ c1 &+ c2 &+ c3 &+ c4 &+ c5 &+ c6 &+ c7
                continued = Int(truncatingIfNeeded: (sum &* 0x0101_0101_0101_0101) >> 56)
            }
            masks[block] = mask
            codePoints += blockSize - continued
            block += 1
            counts[block] = codePoints
            i += blockSize
        }
        guard i < raw.count else { return }
        // The last, partial block, byte by byte.
        var mask: UInt64 = 0
        for j in i..<raw.count where raw[j] & 0xC0 == 0x80 { mask |= 1 << UInt64(j - i) }
        masks[block] = mask
        counts[block + 1] = codePoints + (raw.count - i) - mask.nonzeroBitCount
    }

    /// The code-point offset of byte offset `offset` (clamped to the text): the block's count
    /// plus the bytes before `offset` in its block that start a code point.
    ///
    /// The sums do not check for overflow (they stay within the text's length): the checks
    /// were a third of the instructions of a look-up of an ASCII block (callgrind).
    @inline(__always)
    public func codePoint(_ offset: Int) -> Int {
        let clamped = max(0, min(offset, count))
        let block = clamped / Self.blockSize
        let within = clamped & (Self.blockSize - 1)
        let before = checkpoints[block]
        guard within > 0 else { return before }
        let mask = continuations[block]
        // An ASCII block (most of them) needs no count of bits (a dozen instructions here:
        // x86-64's baseline has no popcnt).
        guard mask != 0 else { return before &+ within }
        let continued = mask & ((1 << UInt64(within)) &- 1)
        return before &+ within &- continued.nonzeroBitCount
    }
}
