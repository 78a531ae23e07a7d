import Foundation

/// Searches and comparisons on raw bytes: finding a byte with `memchr` (which skips long runs
/// without it many bytes at a time, where a Swift loop would test and bounds-check every byte),
/// bytes of a word equal to one byte, and ASCII matches without case.
enum ByteSearch {
    /// The first index in `from..<end` where `bytes` holds `byte`, or `end` when there is none.
    @inline(__always)
    static func next(_ byte: UInt8, in bytes: [UInt8], from: Int, to end: Int) -> Int {
        guard from < end else { return max(from, end) }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            guard let hit = memchr(base + from, Int32(byte), end - from) else { return end }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }
}

extension ByteSearch {
    /// A word whose lowest set bit is the top bit of the first (lowest-addressed, as loaded on a
    /// little-endian machine) byte of `word` equal to `byte`, zero when no byte is. Bits above
    /// it may be set for bytes that differ: only the lowest is exact.
    @inline(__always)
    static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }
}

extension ByteSearch {
    /// ASCII capitals lowercased; other bytes as they are.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether the lowercase ASCII `needle` occurs in `bytes` at `offset`, ASCII letters compared without case.
    @inline(__always)
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ needle: [UInt8]) -> Bool {
        guard offset >= 0, offset + needle.count <= bytes.count else { return false }
        for j in needle.indices where folded(bytes[offset + j]) != needle[j] { return false }
        return true
    }
}
