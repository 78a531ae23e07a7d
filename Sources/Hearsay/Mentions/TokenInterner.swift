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
/// A string of at most sixteen bytes is told apart by its length and two 64-bit words holding
/// its bytes (`key`, `tail`), so most tokens are found without a byte comparison, and without a
/// branch on whether they are new (which no processor could predict: about half of a news
/// story's tokens are the first of their word).
final class TokenInterner {
    /// What is kept of one id: its first eight bytes (`key`: all of them, zeros above, when it
    /// has fewer) and its last eight when it has more (`tail`; for more than sixteen bytes, a
    /// hash of them all, `longHash`; else 0), its first occurrence (byte offset in the text)
    /// and its length, side by side, so that a probe that meets an id reads one place.
    struct Entry {
        var key: UInt64
        var tail: UInt64
        var start: Int32
        var length: Int32
    }

    /// Slots of an open-addressing table, the first `mask + 1` in use: `floor` + id + 1 for a
    /// slot that holds an id, any value up to `floor` for an empty one; at most a quarter full.
    /// `entries` always has room past the last id, and its first entry is always readable.
    ///
    /// `reset` empties every slot by raising `floor` past the values of the last document's
    /// ids, rather than by writing zeros over them all: a thread numbers each document's words
    /// in one table, and clearing it wrote about 15,000 bytes per document (callgrind, for the
    /// 168 PolNeAR dev and test texts: 2.9 M instructions, a byte of `rep stosb` counted as one,
    /// and 45,000 write misses). Nor is the table made again for a document that needs fewer
    /// slots (92 of the 168 had it made again): it uses the first ones.
    private var slots: UnsafeMutableBufferPointer<Int32>
    private var mask: Int
    /// 64 minus the base-2 logarithm of the slot count in use: a hash's top bits choose its slot.
    private var shift: UInt64
    /// The value at or below which a slot is empty (see `slots`).
    private var floor = 0
    /// Each id's entry; grown as ids are added, so that a long text with few distinct words
    /// takes little room.
    private var entries: UnsafeMutableBufferPointer<Entry>
    /// Number of distinct strings seen.
    private(set) var count = 0

    /// A table expecting up to `capacity` distinct strings (it grows past that when needed).
    init(capacity: Int) {
        let entries = Self.entryRoom(capacity)
        let size = Self.slotCount(entries)
        slots = Self.emptySlots(size)
        (mask, shift) = Self.maskAndShift(size)
        self.entries = Self.emptyEntries(entries)
    }

    /// Room for `count` entries, all zeros (so that a probe may read one before any is added).
    private static func emptyEntries(_ count: Int) -> UnsafeMutableBufferPointer<Entry> {
        let entries = UnsafeMutableBufferPointer<Entry>.allocate(capacity: count)
        entries.initialize(repeating: Entry(key: 0, tail: 0, start: 0, length: 0))
        return entries
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
    }

    /// The room for entries that a table expecting `capacity` strings starts with.
    private static func entryRoom(_ capacity: Int) -> Int { max(16, min(capacity, 1 << 14)) }

    /// The slots for `entries` entries: a power of two, at least four times as many (at most a
    /// quarter full, most strings are decided by their first slot).
    private static func slotCount(_ entries: Int) -> Int {
        var size = 16
        while size < entries * 4 { size <<= 1 }
        return size
    }

    /// `size` empty slots (zeros: empty at a `floor` of 0).
    private static func emptySlots(_ size: Int) -> UnsafeMutableBufferPointer<Int32> {
        let slots = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size)
        slots.initialize(repeating: 0)
        return slots
    }

    /// The `mask` and `shift` of a table of `size` slots (a power of two).
    private static func maskAndShift(_ size: Int) -> (mask: Int, shift: UInt64) {
        (size - 1, UInt64(64 - size.trailingZeroBitCount))
    }

    /// Makes the first `size` slots (a power of two) the table, all empty, for ids counted from
    /// 0: above the values held now when there is room for them and `floor` stays far from the
    /// largest `Int32` (the table is at most a quarter full, and each id's value is at most
    /// `floor` + `size`), else in slots made again, all zeros.
    private func emptyTable(_ size: Int) {
        let raised = floor + count
        if slots.count >= size, raised <= Int(Int32.max) - size {
            floor = raised
        } else {
            slots.deallocate()
            slots = Self.emptySlots(size)
            floor = 0
        }
        (mask, shift) = Self.maskAndShift(size)
    }

    /// Forgets every string, as a new table expecting `capacity` would (ids count from 0
    /// again), keeping the room it has unless it is too small or far larger than that needs:
    /// a thread numbers each document's words in one table, without allocating or clearing it
    /// again (see `slots`).
    func reset(capacity: Int) {
        let room = Self.entryRoom(capacity), size = Self.slotCount(room)
        // One long document does not pin its table.
        if slots.count > 4 * size && slots.count > 1 << 16 {
            slots.deallocate()
            slots = Self.emptySlots(size)
            floor = 0
            count = 0
        }
        emptyTable(size)
        if entries.count > 4 * room && entries.count > 1 << 12 {
            entries.deallocate()
            entries = Self.emptyEntries(room)
        }
        count = 0
    }

    /// The key of id `id`: its first eight bytes (zeros above when it has fewer).
    @inline(__always)
    func key(_ id: Int) -> UInt64 { entries[id].key }

    /// The tail of id `id`: its last eight bytes (9 to 16 bytes), `longHash` of all (more), or 0.
    @inline(__always)
    func tail(_ id: Int) -> UInt64 { entries[id].tail }

    /// The byte offset of id `id`'s first occurrence in the text.
    @inline(__always)
    func start(_ id: Int) -> Int { Int(entries[id].start) }

    /// The byte length of id `id`.
    @inline(__always)
    func length(_ id: Int) -> Int { Int(entries[id].length) }

    /// The id of the bytes `text[start..<end]`, and whether they were seen for the first time.
    /// Earlier strings are compared in `text` at their first occurrence: the caller passes the
    /// same text (or one holding the same bytes at those offsets) at every call. Inlined: it
    /// runs once per token, and its caller is one loop.
    ///
    /// The first slot decides most look-ups, with no branch on its answer: it holds the string
    /// (its id is returned), or it is empty (the string gets the next id); either way the slot
    /// and the next entry are written, and the count goes up only for a new string. A slot held
    /// by another string, or a string of more than sixteen bytes, takes the loop (`probe`).
    @inline(__always)
    func intern(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (id: Int, isNew: Bool) {
        let p = text.baseAddress! + start, length = end - start
        let (key, tail) = Self.keyAndTail(p, length, room: text.count - start)
        // The buffers in locals: one read of each property, not an access check per probe.
        let slots = self.slots, entries = self.entries, count = self.count, floor = self.floor
        let slot = Self.slot(key, tail, length, shift)
        // The id + 1 the slot holds, or at most 0 when it is empty.
        let stored = Int(slots[slot]) &- floor
        // Entry 0 when the slot is empty (always readable; its answer is then not used).
        let entry = entries[max(stored, 1) - 1]
        // 0/1 integers rather than `Bool`s joined by `&&`, which the compiler turns into branches.
        let occupied = stored > 0 ? 1 : 0
        let differs = (entry.key ^ key) | (entry.tail ^ tail) | UInt64(truncatingIfNeeded: Int(entry.length) ^ length) != 0 ? 1 : 0
        let long = length > 16 ? 1 : 0
        if (occupied & differs) | long != 0 { return probe(text, start, length, key: key, tail: tail) }
        // Here the slot is empty (a new string) or holds this one (`occupied`).
        let id = occupied != 0 ? stored &- 1 : count
        slots[slot] = Int32(truncatingIfNeeded: floor &+ id &+ 1)
        // Past the last id: overwritten by the next string when this one was found.
        entries[count] = Entry(key: key, tail: tail, start: Int32(truncatingIfNeeded: start), length: Int32(truncatingIfNeeded: length))
        let added = count &+ 1 &- occupied
        self.count = added
        if added == entries.count { growEntries() }
        if added &* 4 > mask &+ 1 { growSlots() }
        return (id, occupied == 0)
    }

    /// `intern` for bytes whose first slot is held by another string, or of more than sixteen
    /// bytes: the probe goes on from slot to slot.
    @inline(never)
    private func probe(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int, key: UInt64, tail: UInt64) -> (id: Int, isNew: Bool) {
        let storage = text.baseAddress!, p = storage + start
        var slot = Self.slot(key, tail, length, shift)
        while true {
            let stored = Int(slots[slot]) - floor
            if stored <= 0 { break }
            let entry = entries[stored - 1]
            if entry.key == key, entry.tail == tail, Int(entry.length) == length,
               length <= 16 || Self.sameLongBytes(storage + Int(entry.start), p, length) {
                return (stored - 1, false)
            }
            slot = (slot + 1) & mask
        }
        let id = count
        slots[slot] = Int32(floor + id + 1)
        entries[id] = Entry(key: key, tail: tail, start: Int32(truncatingIfNeeded: start), length: Int32(truncatingIfNeeded: length))
        count += 1
        if count == entries.count { growEntries() }
        if count * 4 > mask + 1 { growSlots() }
        return (id, true)
    }

    /// The key and tail (see `Entry`) of the `length` bytes at `p`, `room` bytes being readable
    /// from `p`. With room for eight, one load and a mask give the first eight bytes and a
    /// second load the last eight, with no branch on the length (token lengths follow no pattern
    /// a processor could predict); more than sixteen bytes are hashed.
    @inline(__always)
    static func keyAndTail(_ p: UnsafePointer<UInt8>, _ length: Int, room: Int) -> (key: UInt64, tail: UInt64) {
        guard room >= 8 else { return (shortKey(p, length, room: room), 0) }
        let raw = UnsafeRawPointer(p)
        let key = shortKey(p, min(length, 8), room: room)
        let last = raw.loadUnaligned(fromByteOffset: max(length, 8) - 8, as: UInt64.self)
        if length > 16 { return (key, longHash(p, length)) }
        return (key, length > 8 ? last : 0)
    }

    /// The id of each token's bytes (`tokens[k].span` in `text`) in `ids[k]`, as `intern`
    /// gives them: runs of tokens found or added at their first slot (`firstSlotRun`), and
    /// `intern` for each token that ends a run.
    ///
    /// The first-slot step is written out in a loop of its own, in a function with no call in
    /// it: the compiler left `intern` out of line, and each call saved registers and loaded
    /// the buffers and the count from the object again (callgrind: about 105 instructions a
    /// token); a loop that called `intern` for the rare token that needs more kept its locals
    /// on the stack around that call and read them again at every token (about 95).
    func intern(_ text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Document.Token>, into ids: UnsafeMutableBufferPointer<Int32>) {
        precondition(ids.count >= tokens.count, "one id per token")
        guard let base = text.baseAddress else {
            precondition(tokens.isEmpty, "tokens of a text without bytes")
            return
        }
        var k = 0
        while true {
            k = firstSlotRun(base, text.count, tokens, ids, from: k)
            guard k < tokens.count else { return }
            // The run checked that the token lies in the text.
            let span = tokens[k].span
            ids[k] = Int32(truncatingIfNeeded: intern(text, span.start, span.end).id)
            k += 1
        }
    }

    /// Writes the ids of `tokens` from `first` on to `ids`, as long as each is decided by its
    /// first slot, and returns where it stopped (`tokens.count` at the end): at a token whose
    /// first slot holds another string, of more than sixteen bytes, with fewer than eight
    /// bytes of the text from its start (its key is gathered byte by byte), or that would
    /// fill the table; `intern` gives its id.
    ///
    /// Out of line and without a call, so that the table's buffers, the count and the token
    /// and id pointers stay in registers for the whole run.
    @inline(never)
    private func firstSlotRun(_ base: UnsafePointer<UInt8>, _ room: Int, _ tokens: UnsafeBufferPointer<Document.Token>,
                              _ ids: UnsafeMutableBufferPointer<Int32>, from first: Int) -> Int {
        let slots = self.slots.baseAddress!, entries = self.entries.baseAddress!, shift = self.shift, floor = self.floor
        var count = self.count
        defer { self.count = count }
        // At this count a new string would fill the entries or a quarter of the slots, and the
        // table would grow: `intern` adds it.
        let full = min(self.entries.count - 1, (mask + 1) / 4)
        // Past this offset fewer than eight bytes are left to load.
        let lastLoad = room &- 8
        for k in first..<tokens.count {
            let span = tokens[k].span
            let start = span.start, length = span.end &- span.start
            precondition(start >= 0 && length >= 0 && span.end <= room, "token outside the text")
            if start > lastLoad || length > 16 || count >= full { return k }
            let p = UnsafeRawPointer(base + start)
            let key = p.loadUnaligned(as: UInt64.self) & Self.keyMask(length)
            let last = p.loadUnaligned(fromByteOffset: max(length, 8) &- 8, as: UInt64.self)
            let tail = length > 8 ? last : 0
            let slot = Self.slot(key, tail, length, shift)
            // The token goes past the last id first: when its slot is empty, the entry compared
            // is that one, which holds its bytes, and the one test (whether the entry compared
            // differs) covers both a found and a new string. Two tests joined by `&` became
            // two branches, the first on whether the slot was empty, which no processor could
            // predict (callgrind: 63,000 mispredictions on the 168 PolNeAR dev and test texts).
            entries[count] = Entry(key: key, tail: tail, start: Int32(truncatingIfNeeded: start), length: Int32(truncatingIfNeeded: length))
            let stored = Int(slots[slot]) &- floor
            let id = stored > 0 ? stored &- 1 : count
            let entry = entries[id]
            if (entry.key ^ key) | (entry.tail ^ tail) | UInt64(truncatingIfNeeded: Int(entry.length) ^ length) != 0 { return k }
            slots[slot] = Int32(truncatingIfNeeded: floor &+ id &+ 1)
            count &+= id == count ? 1 : 0
            ids[k] = Int32(truncatingIfNeeded: id)
        }
        return tokens.count
    }

    /// The slot of a key and length in a table of `64 - shift` bits: the top bits of one
    /// multiplication (Fibonacci hashing), which depend on every bit of the key. (The ids
    /// do not depend on where strings sit in the table, only on the order they come in.)
    /// `NameMemo` places names by it too.
    @inline(__always)
    static func slot(_ key: UInt64, _ tail: UInt64, _ length: Int, _ shift: UInt64) -> Int {
        let mixed = key ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: length)
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// Doubles the room for entries.
    private func growEntries() {
        let new = Self.emptyEntries(entries.count * 2)
        _ = new.update(fromContentsOf: entries)
        entries.deallocate()
        entries = new
    }

    /// Doubles the table and puts every id back (keys and lengths give their positions again).
    private func growSlots() {
        emptyTable((mask + 1) * 2)
        for id in 0..<count {
            var slot = Self.slot(entries[id].key, entries[id].tail, Int(entries[id].length), shift)
            while Int(slots[slot]) > floor { slot = (slot + 1) & mask }
            slots[slot] = Int32(floor + id + 1)
        }
    }

    /// Up to eight bytes (`length`) in one word, the first byte lowest and zeros above the
    /// last: with their length, it tells them apart from any other string of at most eight
    /// bytes. One unaligned load and a mask when `room` (the bytes readable from `p`) holds
    /// eight, with no branch on the length: token lengths follow no pattern a processor could
    /// predict. Near the end of the text the bytes are gathered one by one.
    @inline(__always)
    static func shortKey(_ p: UnsafePointer<UInt8>, _ length: Int, room: Int) -> UInt64 {
        if room >= 8 { return UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) & keyMask(length) }
        var key: UInt64 = 0
        for k in 0..<length { key |= UInt64(p[k]) << UInt64(8 * k) }
        return key
    }

    /// The low `min(length, 8)` bytes of a word set, the others clear (`length` at least 0).
    /// Two shifts by four bytes a length: one shift by all eight would be a shift by 64 bits,
    /// which leaves the word as it was, and `>>` checks for it with a compare and a select.
    @inline(__always)
    static func keyMask(_ length: Int) -> UInt64 {
        let half = UInt64(truncatingIfNeeded: 4 &* min(length, 8))
        return ~((UInt64.max &<< half) &<< half)
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
