import Foundation

/// A growing set of lowercase name words (the surnames and given names of a document's people),
/// kept as bytes: what a `Set<String>` of lowercased words answers, without SipHash over
/// normalised scalars and without building the lowercase strings. Each word carries up to eight
/// kinds (bits: surname, given name, …), so one table and one hash serve several sets.
///
/// ASCII words are lowercased as they are hashed (eight bytes at a time) and compared, into an
/// open-addressing table of their lowercase covering words. A non-ASCII word is lowercased as a `String`; if it
/// is canonically equivalent to an ASCII string (see `ByteIndex.Builder.asciiEquivalent`) it is
/// kept as those bytes, else in a `Set<String>`, so membership always follows `String` equality.
/// One document's recognizer fills it on one thread (hence no exclusivity checks).
final class NameKeySet {
    /// One word of the set: its hash, byte count, kinds, and where its covering words are.
    private struct Entry {
        var hash: UInt32
        var length: Int32
        /// The first of its lowercase covering words (`CoveringWords`) in `words`.
        var start: Int32
        var kinds: UInt8
    }

    /// The set's one allocation: `words`, then `entries`, then `slots`. Six arrays, appended to
    /// per new word (each append a uniqueness and a capacity check, the bytes a byte at a time)
    /// and compared a byte at a time, made the set's insertions, look-ups, making and freeing
    /// take 3.25 M instructions on the 168 PolNeAR dev+test texts in callgrind; 1.8 M so.
    @exclusivity(unchecked) private var memory: UnsafeMutableRawPointer
    /// The covering words of each entry's lowercase bytes, `wordCount` of room `wordRoom`: with
    /// the byte count they tell the bytes (see `CoveringWords`), compared eight bytes at a time.
    @exclusivity(unchecked) private var words: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var wordCount = 0, wordRoom: Int
    /// The entries, `count` of room `slotCount / 2` (the slots are kept at most half full).
    @exclusivity(unchecked) private var entries: UnsafeMutablePointer<Entry>
    @exclusivity(unchecked) private var count = 0
    /// Entry number + 1 per slot (a power of two of them); 0 marks an empty slot.
    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var slotCount: Int
    /// Every kind some word was added as.
    @exclusivity(unchecked) private var kindsAdded: UInt8 = 0
    /// The kinds of the empty word (the byte hash does not take empty words).
    @exclusivity(unchecked) private var emptyKinds: UInt8 = 0
    /// Lowercase words with no ASCII equivalent, and their kinds.
    @exclusivity(unchecked) private var others: [String: UInt8] = [:]

    /// An empty set with room for `minimumCapacity` words before it grows.
    init(minimumCapacity: Int = 0) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slotCount = size
        wordRoom = size
        (memory, words, entries, slots) = Self.allocate(words: wordRoom, entries: size / 2, slots: slotCount)
    }

    deinit { memory.deallocate() }

    /// One block holding `words` covering words, `entries` entries and `slots` empty slots.
    private static func allocate(words: Int, entries: Int, slots: Int)
        -> (UnsafeMutableRawPointer, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Entry>, UnsafeMutablePointer<Int32>) {
        let entryOffset = 8 * words, slotOffset = entryOffset + MemoryLayout<Entry>.stride * entries
        let memory = UnsafeMutableRawPointer.allocate(byteCount: slotOffset + 4 * slots, alignment: 8)
        let slotPointer = (memory + slotOffset).bindMemory(to: Int32.self, capacity: slots)
        slotPointer.initialize(repeating: 0, count: slots)
        return (memory, memory.bindMemory(to: UInt64.self, capacity: words),
                (memory + entryOffset).bindMemory(to: Entry.self, capacity: entries), slotPointer)
    }

    /// Whether no word was added as any of `kinds`.
    func isEmpty(of kinds: UInt8 = 0xFF) -> Bool { kindsAdded & kinds == 0 }

    /// Adds `word`, which is already lowercase (`word.lowercased() == word`), as `kinds`.
    func insert(lowercase word: String, as kinds: UInt8 = 1) {
        if word.utf8.withContiguousStorageIfAvailable({ insertASCII($0, kinds) }) == true { return }
        insertOther(word, kinds)
    }

    /// Whether `word`, which is already lowercase, was added as one of `kinds`.
    func contains(lowercase word: String, anyOf kinds: UInt8 = 0xFF) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ kindsOfASCII($0) }), let found { return found & kinds != 0 }
        return kindsOfOther(word) & kinds != 0
    }

    /// Adds the lowercase form (`String.lowercased()`) of the word whose UTF-8 bytes are `word`, as `kinds`.
    func insert(lowercasing word: UnsafeBufferPointer<UInt8>, as kinds: UInt8 = 1) {
        if !insertASCII(word, kinds) { insertOther(String(decoding: word, as: UTF8.self).lowercased(), kinds) }
    }

    /// Whether the lowercase form of the word whose UTF-8 bytes are `word` was added as one of `kinds`.
    func contains(lowercasing word: UnsafeBufferPointer<UInt8>, anyOf kinds: UInt8 = 0xFF) -> Bool {
        if let found = kindsOfASCII(word) { return found & kinds != 0 }
        return kindsOfOther(String(decoding: word, as: UTF8.self).lowercased()) & kinds != 0
    }

    /// `byte` lowercased when it is an ASCII capital letter.
    @inline(__always)
    static func lowercaseByte(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// The eight ASCII bytes in `word` with capitals A-Z made lowercase, all at once (each
    /// byte below 0x80: adding 0x3F sets its top bit from "A" on, adding 0x25 from "[" on).
    @inline(__always)
    static func lowercaseWord(_ word: UInt64) -> UInt64 {
        let capitals = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
        return word | capitals >> 2
    }

    /// The hash of the lowercase form of `bytes` when they are all ASCII and not empty, else nil:
    /// `ByteIndex.hashASCII` read on the lowercased words.
    @inline(__always)
    static func hashLowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard bytes.count > 0 else { return nil }
        return ByteIndex.hashASCII(bytes, mapping: lowercaseWord)
    }

    /// Adds the lowercase form of the ASCII `word` as `kinds`; false (nothing done) when `word` is not ASCII.
    private func insertASCII(_ word: UnsafeBufferPointer<UInt8>, _ kinds: UInt8) -> Bool {
        if word.isEmpty { emptyKinds |= kinds; kindsAdded |= kinds; return true }
        guard let hash = Self.hashLowercasedASCII(word) else { return false }
        kindsAdded |= kinds
        let entry = find(word, hash)
        if entry >= 0 { entries[entry].kinds |= kinds; return true }
        let needed = CoveringWords.count(ofBytes: word.count)
        if (count + 1) * 2 > slotCount || wordCount + needed > wordRoom { grow(words: needed) }
        var w = wordCount
        CoveringWords.forEach(word) { covering in
            words[w] = Self.lowercaseWord(covering)
            w += 1
        }
        entries[count] = Entry(hash: hash, length: Int32(truncatingIfNeeded: word.count), start: Int32(truncatingIfNeeded: wordCount), kinds: kinds)
        wordCount = w
        count += 1
        let mask = slotCount - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: count)
        return true
    }

    /// The kinds the lowercase form of the ASCII `word` was added as (0 for none); nil when
    /// `word` is not ASCII.
    private func kindsOfASCII(_ word: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if word.isEmpty { return emptyKinds }
        guard let hash = Self.hashLowercasedASCII(word) else { return nil }
        let entry = find(word, hash)
        return entry >= 0 ? entries[entry].kinds : 0
    }

    /// The entry holding the lowercase form of the ASCII `word`, whose hash is `hash`, or -1.
    private func find(_ word: UnsafeBufferPointer<UInt8>, _ hash: UInt32) -> Int {
        let mask = slotCount - 1
        var slot = Int(hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return -1 }
            let entry = Int(stored - 1)
            if entries[entry].hash == hash && Int(entries[entry].length) == word.count {
                // Equal byte counts: equal covering words are equal bytes.
                var w = Int(entries[entry].start), differ: UInt64 = 0
                CoveringWords.forEach(word) { covering in
                    differ |= words[w] ^ Self.lowercaseWord(covering)
                    w += 1
                }
                if differ == 0 { return entry }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Moves the set to a block with twice the room (and `words` more covering words at
    /// least), placing every entry in the new slots.
    private func grow(words needed: Int) {
        let newSlots = slotCount * 2, newWords = max(wordRoom * 2, wordCount + needed)
        let (block, newWordPointer, newEntryPointer, newSlotPointer) = Self.allocate(words: newWords, entries: newSlots / 2, slots: newSlots)
        newWordPointer.update(from: words, count: wordCount)
        newEntryPointer.update(from: entries, count: count)
        memory.deallocate()
        (memory, words, entries, slots) = (block, newWordPointer, newEntryPointer, newSlotPointer)
        (slotCount, wordRoom) = (newSlots, newWords)
        let mask = slotCount - 1
        for entry in 0..<count {
            var slot = Int(entries[entry].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: entry + 1)
        }
    }

    /// Adds the non-ASCII lowercase `word` as `kinds`: as its ASCII equivalent when it has one, else as a string.
    private func insertOther(_ word: String, _ kinds: UInt8) {
        if let ascii = ByteIndex.Builder.asciiEquivalent(word) {
            _ = ascii.withUnsafeBufferPointer { insertASCII($0, kinds) }
        } else {
            kindsAdded |= kinds
            others[word, default: 0] |= kinds
        }
    }

    /// The kinds the non-ASCII lowercase `word` was added as (0 for none).
    private func kindsOfOther(_ word: String) -> UInt8 {
        if let ascii = ByteIndex.Builder.asciiEquivalent(word) {
            return ascii.withUnsafeBufferPointer { kindsOfASCII($0) } ?? 0
        }
        return others[word] ?? 0
    }
}
