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
    @exclusivity(unchecked) private var slots: [Int32]
    /// Per entry: the 64-bit hash and the byte range of its word in `arena`.
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var starts: [Int32] = [0]
    @exclusivity(unchecked) private var arena: [UInt8] = []
    /// Two words of answer bits per entry.
    @exclusivity(unchecked) private(set) var bits: [UInt64] = []
    /// The tables the answers were found in (held, so that no other tables can take their address).
    @exclusivity(unchecked) private var owner: AnyObject?

    /// Entries past which the store is emptied before the next document.
    static let maxEntries = 1 << 16

    init() { slots = [Int32](repeating: 0, count: 1 << 12) }

    /// Number of words stored.
    var count: Int { hashes.count }

    /// Readies the store for a document read with the tables `tables`: emptied when they are
    /// other tables than last time, or when the store has grown past `maxEntries`.
    func prepare(owner tables: AnyObject) {
        if owner !== tables || count > Self.maxEntries {
            owner = tables
            slots = [Int32](repeating: 0, count: 1 << 12)
            hashes.removeAll(keepingCapacity: true)
            starts = [0]
            arena.removeAll(keepingCapacity: true)
            bits.removeAll(keepingCapacity: true)
        }
    }

    /// The entry of `word`, added (with nothing known) if it is new.
    func entry(for word: String) -> Int {
        var word = word
        return word.withUTF8 { entry(bytes: $0) }
    }

    /// The entry of the word with the UTF-8 bytes `bytes`, added if it is new.
    func entry(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            let e = stored - 1
            if hashes[e] == hash {
                let a = Int(starts[e]), b = Int(starts[e + 1])
                if b - a == bytes.count && (b == a || arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + a, bytes.baseAddress!, b - a) == 0 }) {
                    return e
                }
            }
            slot = (slot + 1) & mask
        }
        let e = hashes.count
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        starts.append(Int32(truncatingIfNeeded: arena.count))
        bits.append(0)
        bits.append(0)
        slots[slot] = Int32(truncatingIfNeeded: e + 1)
        if hashes.count * 2 > slots.count { grow() }
        return e
    }

    /// Adds the answer bits `found` to word `half` (0 or 1) of entry `e`.
    @inline(__always)
    func record(_ e: Int, _ half: Int, _ found: UInt64) { bits[2 * e + half] |= found }

    /// Doubles the table and puts every entry back.
    private func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for e in hashes.indices {
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
