/// A quick "certainly not a key" test for a word table: a bit for every (first byte, last byte,
/// length) shape of the table's ASCII keys, so most words are ruled out without hashing them.
///
/// `mayContain` is false only for an ASCII word whose shape no key has; words with other bytes
/// are always passed on to the table.
struct WordShapeFilter: Sendable {
    /// One bit per shape: 128 first bytes × 128 last bytes × 16 lengths (15 stands for 15 and more).
    private var bits = [UInt64](repeating: 0, count: 128 * 128 * 16 / 64)

    /// A filter passing every key of `keys`.
    init<S: Sequence>(keys: S) where S.Element == String {
        for key in keys {
            guard let slot = Self.slot(key) else { continue }
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
    }

    /// Whether `word` can be a key: false only when no key has its shape.
    func mayContain(_ word: String) -> Bool { mayContain(shape: Self.shape(of: word)) }

    /// The shape of `word` (nil when the filter cannot tell it): found once, it serves every
    /// filter a word is tested against (`mayContain(shape:)`).
    static func shape(of word: String) -> Int? { slot(word) }

    /// Whether a word of this shape (from `shape(of:)`) can be a key.
    @inline(__always)
    func mayContain(shape: Int?) -> Bool {
        guard let slot = shape else { return true }
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The bit of an ASCII word's shape; nil for an empty word or one with a non-ASCII first or last byte.
    private static func slot(_ word: String) -> Int? {
        // Read on the contiguous bytes: `utf8.last` walks the view generically and cost more
        // than the table lookup the filter saves.
        if let slot = word.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
            guard let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80 else { return nil }
            return (Int(first) << 11) | (Int(last) << 4) | min(bytes.count, 15)
        }) { return slot }
        let utf8 = word.utf8
        guard let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80 else { return nil }
        return (Int(first) << 11) | (Int(last) << 4) | min(utf8.count, 15)
    }
}
