import Foundation

/// A read-only word table looked up on UTF-8 bytes: what `Dictionary<String, Value>` and
/// `Set<String>` answer, at a fraction of their cost for the short ASCII words and phrases the
/// mention and attribution rules ask about again and again.
///
/// `String` hashing (SipHash over the normalised scalars) and comparison dominate those
/// lookups. Here an ASCII word is hashed eight bytes at a time and compared with `memcmp`
/// against an open-addressing index of the ASCII keys (plus the few non-ASCII keys that are
/// canonically equivalent to an ASCII string, such as one with U+212A KELVIN SIGN). Words of
/// ASCII and plain punctuation ("Putin’s", "“Mr", see `ByteIndex.isPlain`) are read the same
/// way, against the keys whose canonical decomposition is such bytes. Words with other bytes
/// go to the Swift collection the table was built from, so answers always follow `String`
/// equality (canonical equivalence).
final class WordTable<Value: Sendable>: Sendable {
    /// Answers for words the byte index cannot: the collection the table was built from.
    private let fallback: @Sendable (String) -> Value?
    private let index: ByteIndex
    private let values: [Value]

    private init(index: ByteIndex, values: [Value], fallback: @escaping @Sendable (String) -> Value?) {
        self.index = index
        self.values = values
        self.fallback = fallback
    }

    /// A table over the keys and values of `dictionary`.
    convenience init(_ dictionary: [String: Value]) {
        var builder = ByteIndex.Builder(capacity: dictionary.count)
        var values: [Value] = []
        values.reserveCapacity(dictionary.count)
        for (key, value) in dictionary where builder.insert(key) { values.append(value) }
        self.init(index: builder.finish(), values: values, fallback: { dictionary[$0] })
    }

    /// The value of `word`, as `dictionary[word]` gives it.
    subscript(word: String) -> Value? {
        switch index.find(word) {
        case .found(let entry): return values[entry]
        case .absent: return nil
        case .notASCII: return fallback(word)
        }
    }

    /// Whether `word` is a key.
    func contains(_ word: String) -> Bool { self[word] != nil }

    /// Calls `body` with the bytes of every key the byte index holds (every key a word of
    /// ASCII and plain punctuation can equal, as its canonical decomposition).
    func forEachIndexedKey(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        index.forEachKey { _, key in body(key) }
    }

    /// Calls `body` with the bytes and the value of every key the byte index holds.
    func forEachIndexedEntry(_ body: (UnsafeBufferPointer<UInt8>, Value) -> Void) {
        index.forEachKey { entry, key in body(key, values[entry]) }
    }

    /// The entry number of the word whose UTF-8 bytes are `word` (its value is `value(at:)`),
    /// nil when it is no key or the byte index cannot read it.
    func entry(utf8 word: UnsafeBufferPointer<UInt8>) -> Int? {
        if case .found(let entry) = index.find(word) { return entry }
        return nil
    }

    /// The value of entry `entry` (`entry(utf8:)`).
    func value(at entry: Int) -> Value { values[entry] }

    /// The value of the word whose UTF-8 bytes are `word`.
    subscript(utf8 word: UnsafeBufferPointer<UInt8>) -> Value? {
        switch index.find(word) {
        case .found(let entry): return values[entry]
        case .absent: return nil
        case .notASCII: return fallback(String(decoding: word, as: UTF8.self))
        }
    }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    convenience init(dictionaryLiteral elements: (String, Value)...) { self.init(Dictionary(uniqueKeysWithValues: elements)) }
}

extension WordTable where Value == Void {
    /// A table whose keys are the members of `set`.
    convenience init(_ set: Set<String>) {
        var builder = ByteIndex.Builder(capacity: set.count)
        for key in set { _ = builder.insert(key) }
        let index = builder.finish()
        self.init(index: index, values: [Void](repeating: (), count: index.count), fallback: { set.contains($0) ? () : nil })
    }
}

extension WordTable: ExpressibleByArrayLiteral where Value == Void {
    convenience init(arrayLiteral words: String...) { self.init(Set(words)) }
}

/// The open-addressing index behind `WordTable`: ASCII keys stored back to back, entries
/// numbered in insertion order, each key's slot holding its hash, length, entry number and
/// first eight bytes (see `Slot`).
final class ByteIndex: @unchecked Sendable {
    /// What `find` tells about a word.
    enum Lookup {
        case found(Int)
        case absent
        /// The word has non-ASCII bytes other than plain punctuation (`isPlain`): only the
        /// Swift collection can answer.
        case notASCII
    }

    /// One slot of the index, 16 bytes: everything a probe compares, so that finding a key of
    /// at most eight bytes reads one slot and nothing else. (With the hash, the byte offsets and
    /// the bytes in arrays of their own, a found word cost four dependent reads, most of them
    /// cache misses: in perf samples of the text case the reads of the hash array and the
    /// offsets took a quarter of `find`'s own time.)
    struct Slot {
        /// 0 for an empty slot; else the key's 32-bit hash (high bits), its length (capped at
        /// `lengthCap`, bits 24–31) and its entry number + 1 (low 24 bits).
        var meta: UInt64
        /// The key's first eight bytes, as `TokenInterner.packed` packs a key of at most eight
        /// (with the length, that is the whole key), else its first eight bytes as loaded.
        var head: UInt64
    }

    /// The length recorded in a slot for keys of this many bytes or more (their true length is
    /// read from the offsets).
    static let lengthCap = 255
    /// Entry numbers must fit the 24 bits a slot gives them (an entry + 1, really).
    static let maxEntries = (1 << 24) - 2

    /// Number of entries.
    let count: Int
    private let mask: Int
    // Immutable after `init` (hence Sendable): one allocation each, freed in `deinit`.
    private let slots: UnsafeMutableBufferPointer<Slot>
    /// Entry `e`'s bytes are `bytes[starts[e]..<starts[e + 1]]` (read only for keys longer
    /// than eight bytes).
    private let starts: UnsafeMutableBufferPointer<Int32>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Turns most absent words away before the slot array is read.
    private let filter: KeyHashFilter

    /// Collects keys, then lays out the index.
    struct Builder {
        private var slots: [UInt32]
        private let mask: Int
        private var hashes: [UInt32] = []
        private var starts: [Int32] = [0]
        private var bytes: [UInt8] = []

        /// Room for `capacity` keys in at least 1.5 times as many slots (a power of two): a key
        /// then fills a third to two thirds of them. (At least twice as many left the slots of
        /// the gazetteer at 2 MB; at half that, a look-up of the 84 PolNeAR dev texts missed a
        /// simulated 1 MB cache 1% less often overall, callgrind `--LL=1048576,16,64`.)
        init(capacity: Int) {
            var size = 16
            while 2 * size < capacity * 3 { size <<= 1 }
            slots = [UInt32](repeating: 0, count: size)
            mask = size - 1
            hashes.reserveCapacity(capacity)
            starts.reserveCapacity(capacity + 1)
            bytes.reserveCapacity(8 * capacity)
        }

        /// Adds `key` when it is ASCII or equivalent to ASCII and plain punctuation (see
        /// `plainEquivalent`); returns whether it was added as a new entry.
        mutating func insert(_ key: String) -> Bool {
            var key = key
            if let added = key.withUTF8({ bytes in ByteIndex.hashASCII(bytes).map { insert(bytes, hash: $0) } }) { return added }
            // A key whose canonical decomposition is ASCII and plain punctuation (see `isPlain`;
            // an ASCII one too, see `asciiEquivalent`) is kept as that decomposition: every word
            // equal to it is those bytes (its hash that of `hashASCII` when they are ASCII).
            guard let plain = Self.plainEquivalent(key) else { return false }
            return plain.withUnsafeBufferPointer { bytes in insert(bytes, hash: ByteIndex.hashBytes(bytes)) }
        }

        /// The canonical decomposition of `key` when it is ASCII and plain punctuation (see
        /// `ByteIndex.isPlain`), as bytes; nil for every other key. Such a key holds ASCII, plain
        /// punctuation (each its own decomposition) and the three scalars whose decomposition is
        /// one ASCII scalar (see `asciiEquivalent`): any other scalar decomposes to something
        /// else (a letter with a mark, another space), and so does the key.
        static func plainEquivalent(_ key: String) -> [UInt8]? { equivalentBytes(key, keepingPlainPunctuation: true) }

        /// The entry number of the key `key`, bytes of ASCII and plain punctuation (see
        /// `ByteIndex.isPlain`; as `ByteIndex.forEachKey` gives them), added when new.
        mutating func entry(ofPlain key: UnsafeBufferPointer<UInt8>) -> Int {
            add(key, hash: ByteIndex.hashBytes(key)).entry
        }

        /// Whether entry `entry` is `key`, compared with `memcmp` (`elementsEqual` on an array
        /// slice took a third of the start-up cost of `LexiconFacts`, whose tables share keys).
        private func isKey(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = Int(starts[entry]), count = Int(starts[entry + 1]) - start
            guard count == key.count else { return false }
            guard count > 0 else { return true }
            return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, count) == 0 }
        }

        /// Adds the ASCII `key` with its `hash`; returns whether it was new.
        private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Bool {
            add(key, hash: hash).isNew
        }

        /// The entry of `key` (hashing to `hash`), added when new, and whether it was.
        private mutating func add(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (entry: Int, isNew: Bool) {
            var slot = Int(hash) & mask
            while slots[slot] != 0 {
                let entry = Int(slots[slot] - 1)
                if hashes[entry] == hash, isKey(entry, key) { return (entry, false) }
                slot = (slot + 1) & mask
            }
            precondition(hashes.count < ByteIndex.maxEntries, "too many keys for a ByteIndex")
            hashes.append(hash)
            bytes.append(contentsOf: key)
            starts.append(Int32(bytes.count))
            slots[slot] = UInt32(hashes.count)
            return (hashes.count - 1, true)
        }

        func finish() -> ByteIndex { ByteIndex(slots: slots, mask: mask, hashes: hashes, starts: starts, bytes: bytes) }

        /// The ASCII bytes of a key an ASCII word can equal: its own when ASCII; for other keys
        /// only those whose other scalars are the three with a one-scalar ASCII canonical
        /// decomposition (U+037E ;, U+1FEF `, U+212A K); nil for every other key.
        static func asciiEquivalent(_ key: String) -> [UInt8]? { equivalentBytes(key, keepingPlainPunctuation: false) }

        /// The bytes of `key` with U+037E, U+1FEF and U+212A replaced by their one-scalar ASCII
        /// decompositions, and plain punctuation kept as it is when `keepingPlainPunctuation`;
        /// nil when `key` has any other scalar (see `asciiEquivalent`, `plainEquivalent`).
        private static func equivalentBytes(_ key: String, keepingPlainPunctuation: Bool) -> [UInt8]? {
            var out: [UInt8] = []
            for scalar in key.unicodeScalars {
                switch scalar.value {
                case 0..<0x80: out.append(UInt8(scalar.value))
                case 0x037E: out.append(0x3B)
                case 0x1FEF: out.append(0x60)
                case 0x212A: out.append(0x4B)
                case 0xA0, 0x2010...0x2027:
                    guard keepingPlainPunctuation else { return nil }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            }
            return out
        }
    }

    /// The index of the builder's slots (entry + 1 each), hashes, offsets and bytes.
    private init(slots entrySlots: [UInt32], mask: Int, hashes: [UInt32], starts: [Int32], bytes: [UInt8]) {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
            _ = buffer.initialize(from: array)
            return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
        }
        self.count = hashes.count
        self.mask = mask
        self.starts = copy(starts)
        self.bytes = copy(bytes)
        let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: entrySlots.count)
        bytes.withUnsafeBufferPointer { bytes in
            for (k, stored) in entrySlots.enumerated() {
                guard stored != 0 else { slots[k] = Slot(meta: 0, head: 0); continue }
                let entry = Int(stored - 1), start = Int(starts[entry]), length = Int(starts[entry + 1]) - start
                let key = UnsafeBufferPointer(rebasing: bytes[start..<(start + length)])
                slots[k] = Slot(meta: Self.meta(hash: hashes[entry], length: length, entry: entry), head: Self.head(key))
            }
        }
        self.slots = slots
        self.filter = KeyHashFilter(hashes: hashes)
    }

    deinit {
        slots.deallocate()
        starts.deallocate()
        bytes.deallocate()
        filter.deallocate()
    }

    /// A slot's `meta` without its entry number: the hash and the (capped) length.
    @inline(__always)
    private static func hashAndLength(_ hash: UInt32, _ length: Int) -> UInt64 {
        UInt64(hash) << 8 | UInt64(truncatingIfNeeded: min(length, lengthCap))
    }

    /// The `meta` of a slot of entry `entry`, a key of `length` bytes hashing to `hash`.
    private static func meta(hash: UInt32, length: Int, entry: Int) -> UInt64 {
        hashAndLength(hash, length) << 24 | UInt64(entry + 1)
    }

    /// The `head` of a slot of the key `key`: its first eight bytes.
    @inline(__always)
    private static func head(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress, key.count > 0 else { return 0 }
        return key.count <= 8 ? TokenInterner.packed(base, key.count) : UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
    }

    /// The hash of `bytes` when they are all ASCII, else nil. Reads eight bytes at a time
    /// (short words in two overlapping loads) and mixes the words multiplicatively.
    @inline(__always)
    static func hashASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? { hashASCII(bytes, mapping: { $0 }) }

    /// `hashASCII` of the bytes as `transform` changes them, eight at a time (it must map ASCII
    /// to ASCII, e.g. lower the capitals; `NameKeySet` hashes names so). The empty word hashes to 0.
    @inline(__always)
    static func hashASCII(_ bytes: UnsafeBufferPointer<UInt8>, mapping transform: (UInt64) -> UInt64) -> UInt32? {
        let (hash, high) = mixed(bytes, mapping: transform)
        return high & 0x8080_8080_8080_8080 == 0 ? hash : nil
    }

    /// `hashASCII` of any bytes, ASCII or not (the hash of a plain word, see `isPlain`).
    static func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 { mixed(bytes, mapping: { $0 }).hash }

    /// The hash `hashASCII` gives `bytes` as `transform` maps them, and the OR of the words read
    /// (its high bits tell whether every byte was ASCII).
    @inline(__always)
    private static func mixed(_ bytes: UnsafeBufferPointer<UInt8>, mapping transform: (UInt64) -> UInt64) -> (hash: UInt32, high: UInt64) {
        guard bytes.count > 0 else { return (0, 0) }
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(bytes.count) &* multiplier
        var high: UInt64 = 0
        CoveringWords.forEach(bytes) { word in
            high |= word
            h = (h ^ transform(word)) &* multiplier
            h ^= h >> 32
        }
        // Final avalanche (MurmurHash3's), so that the low bits the slots use depend on every byte.
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return (UInt32(truncatingIfNeeded: h), high)
    }

    /// Whether `bytes` (valid UTF-8) are ASCII and "plain punctuation" only: no-break spaces
    /// (U+00A0) and the dashes, quotation marks and leaders of U+2010–U+2027 (news text's "’",
    /// "“", "—"). Each of those is its own canonical decomposition and combines with nothing
    /// (canonical combining class 0), as ASCII is: such a word is its own decomposition, so a
    /// key equals it exactly when the key's decomposition is its bytes, and the index (which
    /// keeps such keys as their decompositions) answers it without the Swift collection.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var k = 0
        while k < n {
            let b = bytes[k]
            if b < 0x80 { k += 1; continue }
            if b == 0xC2, k + 1 < n, bytes[k + 1] == 0xA0 { k += 2; continue }
            if b == 0xE2, k + 2 < n, bytes[k + 1] == 0x80, bytes[k + 2] >= 0x90, bytes[k + 2] <= 0xA7 { k += 3; continue }
            return false
        }
        return true
    }

    /// Calls `body` with every entry number and the bytes of its key.
    func forEachKey(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        for entry in 0..<count {
            let start = Int(starts[entry]), end = Int(starts[entry + 1])
            body(entry, UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// The bytes the index keeps: slots, key offsets, key bytes and filter (`LexiconFacts`
    /// reports its size so).
    var byteCount: Int {
        slots.count * MemoryLayout<Slot>.stride + starts.count * 4 + bytes.count + filter.wordCount * 8
    }

    /// Where `word` is, read on its bytes.
    func find(_ word: String) -> Lookup {
        if let result = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return result }
        return Array(word.utf8).withUnsafeBufferPointer { find($0) }
    }

    /// Where the word with the UTF-8 bytes `word` is.
    func find(_ word: UnsafeBufferPointer<UInt8>) -> Lookup {
        let hash: UInt32
        if let ascii = Self.hashASCII(word) {
            hash = ascii
        } else if Self.isPlain(word) {
            hash = Self.hashBytes(word)
        } else {
            return .notASCII
        }
        guard filter.mayContain(hash: hash) else { return .absent }
        let length = word.count
        let wanted = Self.hashAndLength(hash, length)
        var slot = Int(hash) & mask
        while true {
            let meta = slots[slot].meta
            if meta == 0 { return .absent }
            if meta >> 24 == wanted && slots[slot].head == Self.head(word) {
                let entry = Int(truncatingIfNeeded: meta & 0xFF_FFFF) - 1
                if length <= 8 || sameTail(entry, word) { return .found(entry) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether entry `entry`, whose first eight bytes and capped length equal those of `word`
    /// (more than eight bytes), is `word`.
    private func sameTail(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[entry]), length = Int(starts[entry + 1]) - start
        return length == word.count && memcmp(bytes.baseAddress! + start + 8, word.baseAddress! + 8, length - 8) == 0
    }
}
