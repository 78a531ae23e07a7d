/// A compact "certainly not a key" test in front of a `ByteIndex`, read on the 32-bit hash the
/// look-up computes anyway: one 64-bit word per key (chosen by the hash's top bits) with two
/// bits set in it (chosen by its low twelve bits), a blocked Bloom filter.
///
/// A large index's slot, hash, start and byte arrays do not fit the processor's nearer caches,
/// and a probe is a chain of loads, each waiting for the one before. Most words asked about are
/// no key; the filter, about two bytes per key, turns most of them away with a single load.
/// It never turns away a key's hash (no false negatives); a few other words get through to the
/// index, which then answers them.
///
/// It owns its memory: the owner calls `deallocate()` once, when it is done with it.
struct KeyHashFilter: @unchecked Sendable {
    /// The filter's words; a power-of-two count of them.
    private let words: UnsafeMutableBufferPointer<UInt64>
    /// `32 - log2(words.count)`: a hash shifted right by it is its word's index.
    private let shift: UInt32

    /// Bits per key the filter is sized for (rounded up to a power-of-two count of words).
    static let bitsPerKey = 8

    /// A filter passing every hash of `hashes`.
    init<S: Collection>(hashes: S) where S.Element == UInt32 {
        var count = 1, log = 0
        while count * 64 < hashes.count * Self.bitsPerKey { count <<= 1; log += 1 }
        words = .allocate(capacity: count)
        words.initialize(repeating: 0)
        shift = UInt32(32 - log)
        for hash in hashes { words[index(hash)] |= Self.bits(hash) }
    }

    /// Frees the words; the filter must not be used afterwards.
    func deallocate() { words.deallocate() }

    /// The number of 64-bit words the filter holds.
    var wordCount: Int { words.count }

    /// Whether a key may have the hash `hash`: false only when none has.
    @inline(__always)
    func mayContain(hash: UInt32) -> Bool {
        let bits = Self.bits(hash)
        return words[index(hash)] & bits == bits
    }

    /// The word of `hash` (its top bits; word 0 for a one-word filter).
    @inline(__always)
    private func index(_ hash: UInt32) -> Int {
        // A shift of 32 (one word) would be out of range for UInt32: go through 64 bits.
        Int(truncatingIfNeeded: UInt64(hash) >> UInt64(shift))
    }

    /// The two bits of `hash` within its word (its low twelve bits, six for each).
    @inline(__always)
    private static func bits(_ hash: UInt32) -> UInt64 {
        (1 as UInt64) << UInt64(hash & 63) | (1 as UInt64) << UInt64((hash >> 6) & 63)
    }
}
