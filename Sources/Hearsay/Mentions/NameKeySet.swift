import Foundation

/// A growing set of lowercase name words (the surnames and given names of a document's people),
/// kept as bytes: what a `Set<String>` of lowercased words answers, without SipHash over
/// normalised scalars and without building the lowercase strings. Each word carries up to eight
/// kinds (bits: surname, given name, …), so one table and one hash serve several sets.
///
/// ASCII words are lowercased as they are hashed (eight bytes at a time) and compared, into an
/// open-addressing table of lowercase bytes. A non-ASCII word is lowercased as a `String`; if it
/// is canonically equivalent to an ASCII string (see `ByteIndex.Builder.asciiEquivalent`) it is
/// kept as those bytes, else in a `Set<String>`, so membership always follows `String` equality.
/// One document's recognizer fills it on one thread (hence no exclusivity checks).
final class NameKeySet {
    /// Entry number + 1 per slot; 0 marks an empty slot.
    @exclusivity(unchecked) private var slots: [Int32]
    @exclusivity(unchecked) private var hashes: [UInt32] = []
    /// Entry `e`'s kinds.
    @exclusivity(unchecked) private var kinds: [UInt8] = []
    /// Every kind some word was added as.
    @exclusivity(unchecked) private var kindsAdded: UInt8 = 0
    /// Entry `e`'s lowercase bytes are `bytes[starts[e]..<starts[e + 1]]`.
    @exclusivity(unchecked) private var starts: [Int32] = [0]
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    /// The kinds of the empty word (the byte hash does not take empty words).
    @exclusivity(unchecked) private var emptyKinds: UInt8 = 0
    /// Lowercase words with no ASCII equivalent, and their kinds.
    @exclusivity(unchecked) private var others: [String: UInt8] = [:]

    /// An empty set with room for `minimumCapacity` words before it grows.
    init(minimumCapacity: Int = 0) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [Int32].filled(with: 0, count: size)
        hashes.reserveCapacity(minimumCapacity)
        kinds.reserveCapacity(minimumCapacity)
        starts.reserveCapacity(minimumCapacity + 1)
        bytes.reserveCapacity(minimumCapacity * 8)
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
        if entry >= 0 { self.kinds[entry] |= kinds; return true }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        hashes.append(hash)
        self.kinds.append(kinds)
        for byte in word { bytes.append(Self.lowercaseByte(byte)) }
        starts.append(Int32(bytes.count))
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(hashes.count)
        return true
    }

    /// The kinds the lowercase form of the ASCII `word` was added as (0 for none); nil when
    /// `word` is not ASCII.
    private func kindsOfASCII(_ word: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if word.isEmpty { return emptyKinds }
        guard let hash = Self.hashLowercasedASCII(word) else { return nil }
        let entry = find(word, hash)
        return entry >= 0 ? kinds[entry] : 0
    }

    /// The entry holding the lowercase form of the ASCII `word`, whose hash is `hash`, or -1.
    private func find(_ word: UnsafeBufferPointer<UInt8>, _ hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return -1 }
            let entry = Int(stored - 1)
            if hashes[entry] == hash {
                let start = Int(starts[entry])
                if Int(starts[entry + 1]) - start == word.count {
                    var same = true
                    for k in 0..<word.count where bytes[start + k] != Self.lowercaseByte(word[k]) { same = false; break }
                    if same { return entry }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the slot table and places every entry again.
    private func grow() {
        slots = [Int32].filled(with: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in hashes.indices {
            var slot = Int(hashes[entry]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
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
