/// Converts UTF-8 byte offsets to Unicode code-point offsets (what Python and most JSON
/// consumers index by) with a checkpoint table: O(1) memory per 256 bytes, O(256) per lookup.
public struct OffsetConverter: Sendable {
    let bytes: [UInt8]
    /// Code points before each 256-byte block.
    let checkpoints: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var checkpoints: [Int] = [0]
        checkpoints.reserveCapacity(bytes.count / 256 + 2)
        var count = 0
        for (i, b) in bytes.enumerated() {
            if i > 0 && i % 256 == 0 { checkpoints.append(count) }
            if b & 0xC0 != 0x80 { count += 1 }
        }
        self.checkpoints = checkpoints
    }

    /// The code-point offset of byte offset `offset`.
    public func codePoint(_ offset: Int) -> Int {
        let clamped = max(0, min(offset, bytes.count))
        // The end of a text whose length is a multiple of 256 lies past the last checkpoint:
        // count on from that checkpoint.
        let block = min(clamped / 256, checkpoints.count - 1)
        var count = checkpoints[block]
        var i = block * 256
        while i < clamped {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
