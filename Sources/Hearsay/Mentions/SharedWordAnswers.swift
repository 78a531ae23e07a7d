#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `TokenLookups` answers kept from one document to the next, per thread and per lexicons: a
/// word a worker has met before ("The", "Minister", "Washington") has its answers read back
/// with one hash of its bytes, instead of one lexicon lookup per question in every document.
///
/// Keyed by the word's UTF-8 bytes; each entry holds the same two-bit (asked, answer) pairs as
/// `TokenLookups`. An entry's index stays valid while a document is read: the store grows
/// during a document and is emptied only between documents (`prepare`), once it is large.
///
/// The answers must depend on the word's text and the lexicons alone, as `TokenLookups`'s do;
/// the store is tied to one `Lexicons.WordTables` instance and emptied for another. One thread
/// uses a store (`current`), so its storage skips the dynamic exclusivity checks.
final class SharedWordAnswers {
    /// Slots of an open-addressing table: entry + 1, 0 for an empty slot; at most half full.
    @exclusivity(unchecked) private var slots: UnsafeMutableBufferPointer<Int32>
    /// Per entry: the 64-bit hash, where its word ends in `arena` (`starts[e]..<starts[e + 1]`)
    /// and two words of answer bits; room for `capacity` entries.
    @exclusivity(unchecked) private var hashes: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var starts: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var bits: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var capacity: Int
    /// The words' bytes, back to back.
    @exclusivity(unchecked) private var arena: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var arenaCapacity: Int
    /// Number of words stored.
    @exclusivity(unchecked) private(set) var count = 0
    /// The tables the answers were found in (held, so that no other tables can take their address).
    @exclusivity(unchecked) private var owner: AnyObject?

    /// Entries past which the store is emptied before the next document.
    static let maxEntries = 1 << 16

    init() {
        slots = .allocate(capacity: 1 << 12)
        slots.initialize(repeating: 0)
        capacity = 1 << 10
        hashes = .allocate(capacity: capacity)
        starts = .allocate(capacity: capacity + 1)
        starts[0] = 0
        bits = .allocate(capacity: 2 * capacity)
        arenaCapacity = 1 << 14
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        slots.deallocate()
        hashes.deallocate()
        starts.deallocate()
        bits.deallocate()
        arena.deallocate()
    }

    /// Readies the store for a document read with the tables `tables`: emptied when they are
    /// other tables than last time, or when the store has grown past `maxEntries`.
    func prepare(owner tables: AnyObject) {
        if owner !== tables || count > Self.maxEntries {
            owner = tables
            slots.update(repeating: 0)
            count = 0
        }
    }

    /// The answer bits of entry `e`, word `half` (0 or 1).
    @inline(__always)
    func answers(_ e: Int, _ half: Int) -> UInt64 { bits[2 * e + half] }

    /// Adds the answer bits `found` to word `half` (0 or 1) of entry `e`.
    @inline(__always)
    func record(_ e: Int, _ half: Int, _ found: UInt64) { bits[2 * e + half] |= found }

    /// The entry of `word`, added (with nothing known) if it is new.
    func entry(for word: String) -> Int {
        if let e = word.utf8.withContiguousStorageIfAvailable({ entry(bytes: $0) }) { return e }
        return Array(word.utf8).withUnsafeBufferPointer { entry(bytes: $0) }
    }

    /// The entry of the word with the UTF-8 bytes `bytes`, added if it is new.
    func entry(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(bytes)
        let n = bytes.count
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let e = stored - 1
            if hashes[e] == hash {
                let a = starts[e]
                if starts[e + 1] - a == n && (n == 0 || memcmp(arena + a, bytes.baseAddress!, n) == 0) { return e }
            }
            slot = (slot + 1) & mask
        }
        let e = count
        if e == capacity { growEntries() }
        let a = starts[e]
        if a + n > arenaCapacity { growArena(to: a + n) }
        if n > 0 { (arena + a).update(from: bytes.baseAddress!, count: n) }
        hashes[e] = hash
        starts[e + 1] = a + n
        bits[2 * e] = 0
        bits[2 * e + 1] = 0
        slots[slot] = Int32(truncatingIfNeeded: e + 1)
        count = e + 1
        if count * 2 > slots.count { growSlots() }
        return e
    }

    /// Doubles the room for entries.
    private func growEntries() {
        func grown<T>(_ old: UnsafeMutablePointer<T>, _ used: Int, _ room: Int) -> UnsafeMutablePointer<T> {
            let new = UnsafeMutablePointer<T>.allocate(capacity: room)
            new.moveInitialize(from: old, count: used)
            old.deallocate()
            return new
        }
        let room = capacity * 2
        hashes = grown(hashes, count, room)
        starts = grown(starts, count + 1, room + 1)
        bits = grown(bits, 2 * count, 2 * room)
        capacity = room
    }

    /// Room for `needed` bytes of words at least.
    private func growArena(to needed: Int) {
        let room = max(needed, arenaCapacity * 2)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
        new.moveInitialize(from: arena, count: starts[count])
        arena.deallocate()
        arena = new
        arenaCapacity = room
    }

    /// Doubles the table and puts every entry back.
    private func growSlots() {
        let size = slots.count * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0)
        let mask = size - 1
        for e in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[e]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: e + 1)
        }
    }

    /// A 64-bit hash of `bytes`, read eight bytes at a time (`TokenInterner`'s keys) and mixed
    /// with the length, so that the low bits depend on every byte.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else { return 0 }
        var h = (n <= 8 ? TokenInterner.packed(base, n) : TokenInterner.longHash(base, n)) ^ (UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }

    /// This thread's store for the tables `tables`, readied for a document (see `prepare`).
    static func current(for tables: AnyObject) -> SharedWordAnswers {
        let store: SharedWordAnswers
        if let stored = pthread_getspecific(threadKey) {
            store = Unmanaged<SharedWordAnswers>.fromOpaque(stored).takeUnretainedValue()
        } else {
            store = SharedWordAnswers()
            pthread_setspecific(threadKey, Unmanaged.passRetained(store).toOpaque())
        }
        store.prepare(owner: tables)
        return store
    }

    /// The key of each thread's store; a thread's store is released when the thread ends.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { stored in
            guard let stored else { return }
            Unmanaged<SharedWordAnswers>.fromOpaque(stored).release()
        }
        return key
    }()
}
