/// The person names of a document that the clusterer has split into words, by their bytes:
/// where each one's spelling ids are, and whether it is verbatim (see `NameWordTable.appendWords`).
///
/// A news story names its people again and again in the same words: the 168 PolNeAR dev+test
/// texts have 5,138 person mentions but 2,335 distinct names a document. Split and interned word
/// by word, each name cost about 700 instructions; a name met before is found here whole, by
/// its length and two 64-bit words of its bytes read in place (no copy, no byte-by-byte hash,
/// no byte comparison), and its words are those found the first time.
///
/// Only names of one to sixteen bytes are kept: those bytes tell them apart without a
/// comparison (a longer name is split every time).
struct NameMemo {
    /// What is kept of one name: its bytes as `keyAndTail` keys them (first eight, last
    /// eight, count), its slot, and its words.
    struct Entry {
        var key: UInt64, tail: UInt64
        var length: Int32, slot: Int32
        /// The name's spelling ids: `spellings[start..<end]` of the clusterer.
        var start: Int32, end: Int32
        var verbatim: Bool

        /// The words' place in the clusterer's spelling ids.
        var words: Range<Int> { Int(start)..<Int(end) }
    }

    /// Entry number + 1 per slot (a power of two of them, at most half full); 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)
    private(set) var entries: [Entry] = []

    /// Forgets every name, keeping the room the table has (the slots of the names kept are
    /// emptied one by one: far fewer than the slots).
    mutating func reset() {
        slots.withUnsafeMutableBufferPointer { slots in
            for entry in entries { slots[Int(entry.slot)] = 0 }
        }
        entries.removeAll(keepingCapacity: true)
    }

    /// Where the name whose UTF-8 bytes are `name` is: its entry number when kept (0 or more);
    /// else, for a name this table keeps, `-2 - slot` for the slot that `record` fills; -1 for
    /// a name it does not keep. (One integer: an optional entry and a slot, returned through
    /// memory, cost 15 instructions a name.)
    func find(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        let length = name.count
        guard length > 0 && length <= 16 else { return -1 }
        let (key, tail) = Self.keyAndTail(name)
        let mask = slots.count - 1
        var slot = Self.slot(key, tail, length) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return -2 - slot }
            let entry = entries[stored - 1]
            if entry.key == key && entry.tail == tail && Int(entry.length) == length { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Keeps the name `name` (not found by `find`, which gave `-2 - slot`) with its words at
    /// `words` of the clusterer's spelling ids.
    mutating func record(_ name: UnsafeBufferPointer<UInt8>, slot: Int, words: Range<Int>, verbatim: Bool) {
        let (key, tail) = Self.keyAndTail(name)
        entries.append(Entry(key: key, tail: tail, length: Int32(truncatingIfNeeded: name.count), slot: Int32(truncatingIfNeeded: slot),
                             start: Int32(truncatingIfNeeded: words.lowerBound), end: Int32(truncatingIfNeeded: words.upperBound),
                             verbatim: verbatim))
        slots[slot] = Int32(truncatingIfNeeded: entries.count)
        if entries.count * 2 > slots.count { grow() }
    }

    /// Doubles the slots and puts every entry back.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for k in entries.indices {
            var slot = Self.slot(entries[k].key, entries[k].tail, Int(entries[k].length)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: k + 1)
            entries[k].slot = Int32(truncatingIfNeeded: slot)
        }
    }

    /// The first eight and last eight of one to sixteen bytes (zeros past the end), which with
    /// their count tell them apart from any other such bytes; read in place, never past the end.
    @inline(__always)
    static func keyAndTail(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: UInt64, tail: UInt64) {
        let p = bytes.baseAddress!, n = bytes.count
        guard n >= 8 else { return (TokenInterner.packed(p, n), 0) }
        let raw = UnsafeRawPointer(p)
        return (raw.loadUnaligned(as: UInt64.self), n > 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) : 0)
    }

    /// A name's first slot (before masking): `TokenInterner`'s mix of its key, tail and count,
    /// the top 32 bits.
    @inline(__always)
    private static func slot(_ key: UInt64, _ tail: UInt64, _ length: Int) -> Int {
        TokenInterner.slot(key, tail, length, 32)
    }
}
