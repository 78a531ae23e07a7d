import Foundation

/// Numbers the distinct byte strings of a document's tokens: equal bytes get the same id, ids
/// count up from 0 in order of first occurrence.
///
/// `WordCache` numbers the words of each document with one (so that each word is looked up in
/// the thread's table once, and its `String`, lowercase form and letter facts shared between
/// its occurrences),
/// `NameWordTable` the words of person names; the ids let per-word answers be remembered
/// (see `WordMemo`).
///
/// A string of at most eight bytes is told apart by its length and one 64-bit word packing its
/// bytes (`packed`), so most tokens are found without a byte comparison.
final class TokenInterner {
    /// Slots of an open-addressing table: id + 1, 0 for an empty slot; at most half full.
    private var slots: UnsafeMutableBufferPointer<Int32>
    private var mask: Int
    /// Each id's packed bytes (strings of up to eight bytes) or hash (longer ones), its length
    /// and its first occurrence (byte offset in the text); grown as ids are added, so that a
    /// long text with few distinct words takes little room.
    private var keys: UnsafeMutableBufferPointer<UInt64>
    private var lengths: UnsafeMutableBufferPointer<Int32>
    private var starts: UnsafeMutableBufferPointer<Int32>
    /// Number of distinct strings seen.
    private(set) var count = 0

    /// A table expecting up to `capacity` distinct strings (it grows past that when needed).
    init(capacity: Int) {
        let entries = max(16, min(capacity, 1 << 14))
        var size = 16
        while size < entries * 2 { size <<= 1 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0)
        mask = size - 1
        keys = .allocate(capacity: entries)
        lengths = .allocate(capacity: entries)
        starts = .allocate(capacity: entries)
    }

    deinit {
        slots.deallocate()
        keys.deallocate()
        lengths.deallocate()
        starts.deallocate()
    }

    /// The id of the bytes `text[start..<end]`, and whether they were seen for the first time.
    /// Earlier strings are compared in `text` at their first occurrence: the caller passes the
    /// same text (or one holding the same bytes at those offsets) at every call. Inlined: it
    /// runs once per token, and its caller is one loop.
    @inline(__always)
    func intern(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (id: Int, isNew: Bool) {
        let storage = text.baseAddress!
        let p = storage + start, length = end - start
        let short = length <= 8
        let key = short ? Self.packed(p, length) : Self.longHash(p, length)
        // The buffers in locals: one read of each property, not an access check per probe.
        let slots = self.slots, keys = self.keys, lengths = self.lengths, starts = self.starts, mask = self.mask
        var slot = Self.slot(key, length) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let id = stored - 1
            if keys[id] == key, Int(lengths[id]) == length,
               short || Self.sameLongBytes(storage + Int(starts[id]), p, length) {
                return (id, false)
            }
            slot = (slot + 1) & mask
        }
        let id = count
        slots[slot] = Int32(id + 1)
        if id == keys.count { growEntries() }
        self.keys[id] = key
        self.lengths[id] = Int32(truncatingIfNeeded: length)
        self.starts[id] = Int32(truncatingIfNeeded: start)
        count += 1
        if count * 2 > slots.count { growSlots() }
        return (id, true)
    }

    /// The table position of a key and length (before masking).
    @inline(__always)
    private static func slot(_ key: UInt64, _ length: Int) -> Int {
        var h = key ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }

    /// Doubles the room for entries.
    private func growEntries() {
        func grown<T>(_ old: UnsafeMutableBufferPointer<T>) -> UnsafeMutableBufferPointer<T> {
            let new = UnsafeMutableBufferPointer<T>.allocate(capacity: old.count * 2)
            _ = new.initialize(from: old)
            old.deallocate()
            return new
        }
        keys = grown(keys)
        lengths = grown(lengths)
        starts = grown(starts)
    }

    /// Doubles the table and puts every id back (keys and lengths give their positions again).
    private func growSlots() {
        slots.deallocate()
        slots = .allocate(capacity: (mask + 1) * 2)
        slots.initialize(repeating: 0)
        mask = slots.count - 1
        for id in 0..<count {
            var slot = Self.slot(keys[id], Int(lengths[id])) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    /// Up to eight bytes in one word: with their length, it tells them apart from any other
    /// string of at most eight bytes (four to eight in two overlapping loads that cover every byte).
    @inline(__always)
    static func packed(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        if length == 8 { return raw.loadUnaligned(as: UInt64.self) }
        if length >= 4 {
            return UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)) << 32
        }
        if length == 0 { return 0 }
        return UInt64(p[0]) | UInt64(p[length / 2]) << 8 | UInt64(p[length - 1]) << 16
    }

    /// Whether the `length` bytes at `a` and at `b` are equal, for a length of more than eight:
    /// eight bytes at a time (the last eight in an overlapping load), inline, where most keys
    /// differ in their first word or are equal and short; a `memcmp` call cost more than the
    /// comparison for words of a dozen bytes.
    @inline(__always)
    static func sameLongBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i + 8 <= length {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        return i == length
            || ra.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
    }

    /// A hash of more than eight bytes, eight at a time (the last eight in an overlapping load).
    static func longHash(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        var h: UInt64 = 0
        var i = 0
        while i + 8 <= length {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
            i += 8
        }
        if i < length {
            h = (h ^ raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
        }
        return h
    }
}
