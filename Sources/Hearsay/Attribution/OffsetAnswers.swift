/// Answers of a pure function of a byte offset, remembered in a small direct-mapped table: the
/// sieves ask for the first token at a quote's marks and at its sentences' bounds over and
/// over, each a binary search over the document's tokens: a handful of offsets per quote, which
/// a table of the last few answers kept too few of.
///
/// One slot per offset hash; a new answer replaces the one in its slot. Offsets are never
/// negative (-1 marks an empty slot).
///
///     let memo = OffsetAnswers()
///     memo.answer(for: 120) { document.firstToken(atOrAfter: 120) }
final class OffsetAnswers {
    /// Number of slots (a power of two).
    static let slotCount = 64
    /// `slotCount` keys, then `slotCount` answers.
    private let storage: UnsafeMutableBufferPointer<Int>

    /// A table with no answers.
    init() {
        storage = .allocate(capacity: 2 * Self.slotCount)
        storage.initialize(repeating: -1)
    }

    deinit { storage.deallocate() }

    /// The slot of `offset`.
    @inline(__always)
    private static func slot(_ offset: Int) -> Int { (offset ^ (offset >> 6)) & (slotCount - 1) }

    /// The answer for `offset`: remembered, or found by `compute` now and remembered.
    @inline(__always)
    func answer(for offset: Int, _ compute: () -> Int) -> Int {
        let s = Self.slot(offset)
        if storage[s] == offset { return storage[Self.slotCount + s] }
        let value = compute()
        if offset >= 0 {
            storage[s] = offset
            storage[Self.slotCount + s] = value
        }
        return value
    }
}
