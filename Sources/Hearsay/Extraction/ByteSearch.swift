import Foundation

/// Finds a byte in a byte array with `memchr`, which skips long runs without it many bytes at a
/// time, where a Swift loop would test (and bounds-check) every byte.
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
