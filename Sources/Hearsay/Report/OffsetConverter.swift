/// Converts UTF-8 byte offsets to Unicode code-point offsets (what Python and most JSON
/// consumers index by) with a checkpoint table: O(1) memory per 64 bytes, O(64) per lookup,
/// and O(1) inside a block of ASCII bytes.
public struct OffsetConverter: Sendable {
    let bytes: [UInt8]
    /// Code points before each 64-byte block, and after the last byte: entry `b` counts the
    /// code points in the first `min(b * 64, bytes.count)` bytes.
    let checkpoints: [Int]
    /// Bytes per block of `checkpoints`.
    static let blockSize = 64

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var checkpoints: [Int] = [0]
        checkpoints.reserveCapacity(bytes.count / Self.blockSize + 2)
        bytes.withUnsafeBufferPointer { p in
            var count = 0
            var i = 0
            let raw = UnsafeRawBufferPointer(p)
            while i < p.count {
                let end = min(i + Self.blockSize, p.count)
                var j = i
                // Eight bytes at a time: a continuation byte (10xxxxxx) has its top bit set and
                // the next one clear, so it is counted out of the eight. Each word's marks (0 or
                // 1 per byte) add up lane by lane, at most 8 per lane in a block, and the lanes
                // are summed once per block by a multiplication.
                var lanes: UInt64 = 0
                while j + 8 <= end {
                    let word = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                    lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                    j += 8
                }
                count += (j - i) - Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
                while j < end { if p[j] & 0xC0 != 0x80 { count += 1 }; j += 1 }
                checkpoints.append(count)
                i = end
            }
        }
        self.checkpoints = checkpoints
    }

    /// The code-point offset of byte offset `offset`.
    public func codePoint(_ offset: Int) -> Int {
        let clamped = max(0, min(offset, bytes.count))
        let block = clamped / Self.blockSize
        let blockStart = block * Self.blockSize
        let before = checkpoints[block]
        guard clamped > blockStart else { return before }
        // A block with as many code points as bytes is ASCII: one byte, one code point.
        let blockEnd = min(blockStart + Self.blockSize, bytes.count)
        if checkpoints[block + 1] - before == blockEnd - blockStart { return before + (clamped - blockStart) }
        return bytes.withUnsafeBufferPointer { p in
            var count = before
            for i in blockStart..<clamped where p[i] & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
