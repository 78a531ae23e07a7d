import Foundation

/// Word ids for the tokens of the documents a thread analyses, with each word's string,
/// lowercase form and letter facts made once per thread rather than once per document: a word
/// met in an earlier document ("the", "said", a name in the news) is found by its bytes and its
/// facts are read back instead of being decoded, lowercased and measured again.
///
/// Every word is numbered twice: once for the thread (its index here) and once per document
/// (`beginDocument()` starts the count again at 0, so that per-document tables stay small).
/// Each token is first looked up in the document's own small table (`documentID`), which stays
/// in the processor's cache; then the document's distinct words are looked up in the thread's
/// table all at once (`indices`), one tight loop whose memory reads can overlap: the thread's
/// tens of thousands of words seldom are in the processor's cache.
/// It also keeps each word's `TokenLookups` answers for the next documents (`answers(_:_:)`):
/// a word the thread has met before has them read back by its index, with no lexicon look-up.
///
/// Everything kept is a function of the word's bytes alone (and, for the answers, of the
/// lexicons they were found in), so what a document gets does not depend on what came before.
/// One cache per thread (`current`), so no locks; at the start of a document it starts over if
/// it holds `limit` words or `byteLimit` bytes, which bounds its memory.
final class WordCache {
    /// Words kept before the cache starts over.
    let limit: Int
    /// Bytes of words kept before the cache starts over.
    let byteLimit: Int

    /// What is kept of one word, in one 64-byte line of memory: finding a word the thread met
    /// before and reading its kept answers costs the reads of its slot and of this line, not of
    /// several arrays. Its string and lowercase form are kept apart, side by side (`strings`),
    /// where a document's `TokenStrings` share them.
    struct Entry {
        /// The key of the word, as `TokenInterner` keys it: its first eight bytes.
        var key: UInt64
        /// Two words of `TokenLookups` answer bits, found in `answersOwner`'s tables.
        var answers0: UInt64
        var answers1: UInt64
        var length: Int32
        /// Where its bytes are in the cache's arena.
        var start: Int32
        var facts: TokenFeatures.WordFacts
        /// The tail of the word, as `TokenInterner` keeps it (its last eight bytes when it has
        /// nine to sixteen): with the key and the length it tells apart words of up to sixteen
        /// bytes without a read of the arena, which is seldom in the processor's cache.
        var tail: UInt64
        /// The word's entry + 1 in a table of `answersOwner`'s (the gazetteer's, see
        /// `TokenLookups.tableEntry`), 0 when none is kept; it also fills the entry to one 64-byte
        /// line, so that no entry straddles two.
        var tableEntry: Int64 = 0
    }

    /// Entries in memory aligned to 64 bytes, one per line (an `Array`'s elements start 32
    /// bytes into its buffer, so that most entries would straddle two lines).
    private struct Entries {
        /// The first entry; `count` are initialised, room for `capacity`.
        private(set) var base: UnsafeMutablePointer<Entry>
        private(set) var count = 0
        private var capacity: Int

        /// Room for `capacity` entries (it doubles when full).
        init(capacity: Int) {
            self.capacity = capacity
            base = Self.allocate(capacity)
        }

        /// Uninitialised memory for `capacity` entries, on a 64-byte boundary.
        private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Entry> {
            UnsafeMutableRawPointer.allocate(byteCount: capacity * MemoryLayout<Entry>.stride, alignment: 64)
                .bindMemory(to: Entry.self, capacity: capacity)
        }

        /// Adds `entry` after the others, moving them all to twice the room when full.
        mutating func append(_ entry: Entry) {
            if count == capacity {
                let grown = Self.allocate(capacity * 2)
                grown.moveInitialize(from: base, count: count)
                base.deallocate()
                base = grown
                capacity *= 2
            }
            (base + count).initialize(to: entry)
            count += 1
        }

        /// Forgets every entry, keeping the room.
        mutating func removeAll() {
            base.deinitialize(count: count)
            count = 0
        }

        /// Frees the entries and their room (the owner's last call).
        func deallocate() {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }

    /// The cache's changing parts, behind a pointer: a class's `var` properties would pay a
    /// dynamic exclusivity check at every access, several per token.
    private struct State {
        /// Open-addressing slots, at most half full: 0 when empty, else a fingerprint of the
        /// word's hash (high 32 bits) and its entry + 1 (low 32), so that a probe that meets
        /// another word rarely reads that word's entry.
        var slots: UnsafeMutableBufferPointer<UInt64>
        var entries = Entries(capacity: 1 << 10)
        /// The string of each entry and its lowercase form, side by side (see `strings`).
        var strings = WordStrings(capacity: 1 << 10)
        /// Every kept word's bytes (`used` of them), at the offset its entry records.
        var arena: UnsafeMutableBufferPointer<UInt8>
        var used = 0
        /// The current document's words, numbered from 0, their bytes read in the document.
        var documentWords: TokenInterner
        var answersOwner: AnyObject?
        /// How many times the cache has started over: a word's index is only good while it stays.
        var generation = 0
        /// The sum of what `touch` read, kept only so that its reads happen.
        var touched: UInt64 = 0
        /// Room for the document ids of the words `indices` did not find: kept from one
        /// document to the next (a temporary allocation of its own went to the heap for 117 of
        /// the 168 PolNeAR dev and test texts).
        var missing: UnsafeMutableBufferPointer<Int32> = .allocate(capacity: 1 << 10)
    }
    private let state: UnsafeMutablePointer<State>

    /// An empty cache that starts over past `limit` words or `byteLimit` bytes.
    ///
    /// The default of 65,536 words (about 6 MB with its slots, answers and bytes) holds the
    /// vocabulary of a thousand news stories, so that their words' facts and lexicon answers are
    /// made once. It was 16,384 while each word was looked up on its own: a larger table then
    /// missed the processor's cache at every probe and was slower (0.46-0.51 s against 0.45-0.48 s
    /// on the 1,008 PolNeAR texts). With the look-ups batched (`indices`) the larger cache wins:
    /// in perf samples of `hearsay-bench text --jobs 1`, the mention rules took 1.71-1.74 times
    /// ICU's share against 1.85-1.93 at 16,384 words, as fewer answers are looked up again.
    init(limit: Int = 1 << 16, byteLimit: Int = 1 << 21) {
        self.limit = limit
        self.byteLimit = byteLimit
        state = .allocate(capacity: 1)
        state.initialize(to: State(slots: Self.emptySlots(1 << 13), arena: .allocate(capacity: 1 << 14),
                                   documentWords: TokenInterner(capacity: 1 << 10)))
    }

    deinit {
        state.pointee.slots.deallocate()
        state.pointee.entries.deallocate()
        state.pointee.arena.deallocate()
        state.pointee.missing.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The number of words kept.
    var count: Int { state.pointee.entries.count }

    /// Starts a document of about `tokens` tokens: its words are numbered from 0 again (in
    /// the same table as the last document's, emptied). The cache starts over here (never
    /// within a document, whose equal words must keep one index) when it is full.
    func beginDocument(tokens: Int = 256) {
        if state.pointee.entries.count >= limit || state.pointee.used >= byteLimit { startOver() }
        state.pointee.documentWords.reset(capacity: tokens / 2)
    }

    /// The document id of the word with the bytes `text[start..<end]` (ids count from 0 in
    /// order of first occurrence in the document), and whether this is its first occurrence.
    /// `text` must be the same buffer for the whole document (the document's table reads
    /// earlier words there).
    @inline(__always)
    func documentID(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (id: Int32, isNew: Bool) {
        let (id, isNew) = state.pointee.documentWords.intern(text, start, end)
        return (Int32(truncatingIfNeeded: id), isNew)
    }

    /// The table that numbers the current document's words (`documentID` reads it): a caller
    /// that numbers many tokens holds it in a local, rather than have it loaded, retained and
    /// released at every token.
    var documentWords: TokenInterner { state.pointee.documentWords }

    /// The thread-wide index of each of the document's words so far, by document id, and
    /// their letter facts in `facts` (replaced); a word new to the thread is made by `make` and
    /// kept. `text` is the buffer `documentID` was given. The caller then reads each word's
    /// `text(_:)` and `lower(_:)`.
    ///
    /// Each word's key is the one its document id was given (its bytes are not read again but
    /// for a word new to the thread), and all words are looked up in one tight loop before
    /// anything else is read: a word's slot and entry are seldom in the processor's cache, and
    /// a short loop lets it wait for several of them at once instead of one at a time. A word
    /// found has its facts read then, from the line its key was compared in, and so are its
    /// kept `TokenLookups` answers: they go to `answers`, two words per document id (0 for a
    /// word new to the thread), all `2 * count` of them written. (Read
    /// later, by `TokenLookups.share`, the line had left the processor's cache for almost every
    /// word: 64,000 misses in callgrind on the 168 PolNeAR dev and test texts.)
    func indices(_ text: UnsafeBufferPointer<UInt8>, facts: inout [TokenFeatures.WordFacts], answers: UnsafeMutableBufferPointer<UInt64>,
                 orMake make: (UnsafeBufferPointer<UInt8>) -> (text: String, lower: String, facts: TokenFeatures.WordFacts)) -> [Int32] {
        let words = state.pointee.documentWords
        let n = words.count
        guard n > 0, let base = text.baseAddress else { facts = []; return [] }
        precondition(answers.count >= 2 * n, "two answer words per word")
        let hashes = [UInt64](unsafeUninitializedCapacity: n) { hashes, initialized in
            for k in 0..<n { hashes[k] = Self.hash(words.key(k), words.tail(k), words.length(k)) }
            initialized = n
        }
        return [Int32](unsafeUninitializedCapacity: n) { found, initialized in
            facts = [TokenFeatures.WordFacts](unsafeUninitializedCapacity: n) { facts, made in
                // The document ids of the words not found, in order: written at every word and
                // counted only for those, with no branch on it (a loop over all the words that
                // looked for the missing ones mispredicted at most of them, 14,600 times on the
                // 168 PolNeAR dev and test texts).
                if state.pointee.missing.count < n {
                    state.pointee.missing.deallocate()
                    state.pointee.missing = .allocate(capacity: max(n, 2 * state.pointee.missing.count))
                }
                do {
                    let missing = state.pointee.missing
                    var m = 0
                    for k in 0..<n {
                        if k % Self.touchRun == 0 { touch(hashes, from: k) }
                        let entry = find(base + words.start(k), words.length(k), key: words.key(k), tail: words.tail(k), hash: hashes[k])
                        found[k] = Int32(truncatingIfNeeded: entry)
                        // A word not found has placeholder facts and no answers (its own facts below).
                        if entry >= 0 {
                            let e = state.pointee.entries.base + entry
                            facts[k] = e.pointee.facts
                            answers[2 &* k] = e.pointee.answers0
                            answers[2 &* k &+ 1] = e.pointee.answers1
                        } else {
                            facts[k] = .placeholder
                            answers[2 &* k] = 0
                            answers[2 &* k &+ 1] = 0
                        }
                        missing[m] = Int32(truncatingIfNeeded: k)
                        m &+= entry < 0 ? 1 : 0
                    }
                    // Words not found are added in order (an earlier one's entry is there for a
                    // later equal one).
                    for k in missing[..<m] {
                        let k = Int(k)
                        let entry = findOrAdd(base + words.start(k), words.length(k), key: words.key(k), tail: words.tail(k), hash: hashes[k], make: make)
                        found[k] = Int32(truncatingIfNeeded: entry)
                        facts[k] = (state.pointee.entries.base + entry).pointee.facts
                    }
                }
                made = n
            }
            initialized = n
        }
    }

    /// Words whose lines `touch` reads before they are looked up: it reads three lines a word
    /// (slot, entry, strings), and for all of a document's words at once (390 on average in
    /// the 168 PolNeAR dev and test texts, 75 KB) the first were out of the 48 KB first-level
    /// cache again before the look-ups came to them (callgrind: 50,000 of the 65,530 slot reads
    /// and 44,700 of the 51,800 entry reads of the look-ups missed).
    static let touchRun = 64

    /// Reads the first slot of each hash in `hashes` from `first` on (`touchRun` of them, or
    /// as many as are left), then the entry that slot points to (with its kept answers) and the
    /// line of its two strings (`WordStrings`), in two loops without a branch on what they
    /// read: the processor then fetches them all from memory at once, and the probes that
    /// follow find them at hand. (A probe loop waits on each read before it knows whether to
    /// go on; there is no prefetch instruction in Swift.)
    private func touch(_ hashes: [UInt64], from first: Int) {
        let slots = state.pointee.slots, mask = slots.count - 1
        var sum: UInt64 = 0
        hashes.withUnsafeBufferPointer { all in
            let hashes = UnsafeBufferPointer(rebasing: all[first..<min(first + Self.touchRun, all.count)])
            for h in hashes { sum &+= slots[Int(truncatingIfNeeded: h) & mask] }
            let entries = state.pointee.entries
            let strings = state.pointee.strings
            let count = min(entries.count, strings.count)
            guard count > 0 else { return }
            let last = UInt32(truncatingIfNeeded: count - 1)
            for h in hashes {
                // The slot's entry, or the last entry when the slot is empty (0 - 1 wraps past
                // `last`): its line holds the key and the kept answers (read by
                // `TokenLookups.share`); and the line of its string and lowercase form, which
                // the rules read. In 32 bits: the compiler made the 64-bit `min` of this loop,
                // run 64 words at a time, a branch that mispredicted at empty slots (10,000
                // times in callgrind), and keeps this one a conditional move.
                let entry = Int(min(UInt32(truncatingIfNeeded: slots[Int(truncatingIfNeeded: h) & mask]) &- 1, last))
                sum &+= entries.base[entry].key
                sum &+= strings.firstWord(entry)
            }
        }
        // Kept, so that the reads are not optimised away.
        state.pointee.touched = sum
    }

    /// The entry of thread-wide word `word`.
    @inline(__always)
    private func entry(_ word: Int) -> UnsafeMutablePointer<Entry> {
        precondition(word >= 0 && word < state.pointee.entries.count, "word index out of range")
        return state.pointee.entries.base + word
    }

    /// The text of thread-wide word `word`.
    @inline(__always)
    func text(_ word: Int) -> String { state.pointee.strings.text(word) }

    /// The lowercase form of thread-wide word `word`.
    @inline(__always)
    func lower(_ word: Int) -> String { state.pointee.strings.lower(word) }

    /// The strings of every thread-wide word, by index: what a document's `TokenStrings` hold
    /// (one retain, not one per word). Should the cache add words or start over while a
    /// document still holds them, they are copied first (slower, never wrong), so that the
    /// document keeps reading its own words.
    var strings: WordStrings { state.pointee.strings }

    /// The letter facts of thread-wide word `word`.
    @inline(__always)
    func facts(_ word: Int) -> TokenFeatures.WordFacts { entry(word).pointee.facts }

    /// Counts the times the cache started over; the thread-wide indices it gave out before the
    /// last time are no longer good.
    var generation: Int { state.pointee.generation }

    /// Readies the kept answers for look-ups in the lexicon tables `tables` (held, so that no
    /// other tables take their address): forgotten if they were found in other tables.
    func keepAnswers(for tables: AnyObject) {
        guard state.pointee.answersOwner !== tables else { return }
        state.pointee.answersOwner = tables
        let entries = state.pointee.entries
        for k in 0..<entries.count {
            entries.base[k].answers0 = 0
            entries.base[k].answers1 = 0
            entries.base[k].tableEntry = 0
        }
    }

    /// Whether the kept answers are those found in the lexicon tables `tables`.
    func keepsAnswers(for tables: AnyObject) -> Bool { state.pointee.answersOwner === tables }

    /// The `TokenLookups` answer bits kept for thread-wide word `word`, word `half` (0 or 1).
    @inline(__always)
    func answers(_ word: Int, _ half: Int) -> UInt64 {
        let e = entry(word)
        return half == 0 ? e.pointee.answers0 : e.pointee.answers1
    }

    /// Adds the answer bits `found` to word `half` (0 or 1) of thread-wide word `word`.
    @inline(__always)
    func record(_ word: Int, _ half: Int, _ found: UInt64) {
        let e = entry(word)
        if half == 0 { e.pointee.answers0 |= found } else { e.pointee.answers1 |= found }
    }

    /// The table entry + 1 kept for thread-wide word `word` (0 when none is).
    @inline(__always)
    func tableEntry(_ word: Int) -> Int { Int(entry(word).pointee.tableEntry) }

    /// Keeps `value` (a table entry + 1) for thread-wide word `word`.
    @inline(__always)
    func keepTableEntry(_ word: Int, _ value: Int) { entry(word).pointee.tableEntry = Int64(value) }

    /// The 64-bit hash of a key, tail and length: its low bits choose the slot, its high 32
    /// bits are the fingerprint kept in the slot (never 0, so that a full slot is never 0).
    @inline(__always)
    private static func hash(_ key: UInt64, _ tail: UInt64, _ length: Int) -> UInt64 {
        var h = key ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ (UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h | (1 << 32)
    }

    /// Whether entry `entry` holds the `length` bytes at `p` with key `key` and tail `tail`.
    @inline(__always)
    private func matches(_ entry: Int, _ p: UnsafePointer<UInt8>, _ length: Int, _ key: UInt64, _ tail: UInt64) -> Bool {
        let e = state.pointee.entries.base + entry
        guard e.pointee.key == key, e.pointee.tail == tail, Int(e.pointee.length) == length else { return false }
        return length <= 16 || TokenInterner.sameLongBytes(state.pointee.arena.baseAddress! + Int(e.pointee.start), p, length)
    }

    /// The index of the `length` bytes at `p` (their `key`, `tail` and `hash`), or -1 if the
    /// cache lacks them.
    @inline(__always)
    private func find(_ p: UnsafePointer<UInt8>, _ length: Int, key: UInt64, tail: UInt64, hash: UInt64) -> Int {
        let slots = state.pointee.slots, mask = slots.count - 1
        let fingerprint = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return -1 }
            if stored >> 32 == fingerprint {
                let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if matches(entry, p, length, key, tail) { return entry }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the `length` bytes at `p`, added (made by `make`) if the cache lacks them.
    private func findOrAdd(_ p: UnsafePointer<UInt8>, _ length: Int, key: UInt64, tail: UInt64, hash: UInt64,
                           make: (UnsafeBufferPointer<UInt8>) -> (text: String, lower: String, facts: TokenFeatures.WordFacts)) -> Int {
        let found = find(p, length, key: key, tail: tail, hash: hash)
        if found >= 0 { return found }
        let used = state.pointee.used
        if used + length > state.pointee.arena.count { growArena(to: used + length) }
        if length > 0 { (state.pointee.arena.baseAddress! + used).initialize(from: p, count: length) }
        state.pointee.used = used + length
        // Room for the strings made first, so that they go straight into their places: kept
        // alive across the calls that make room, the made tuple was destroyed by the runtime's
        // generic tuple destroy (callgrind: about 75 instructions a new word).
        if !isKnownUniquelyReferenced(&state.pointee.strings) {
            state.pointee.strings = state.pointee.strings.copy(toHold: 2 * state.pointee.strings.capacity)
        } else if state.pointee.strings.isFull {
            state.pointee.strings = state.pointee.strings.moved(toHold: 2 * state.pointee.strings.capacity)
        }
        let (text, lower, facts) = make(UnsafeBufferPointer(start: p, count: length))
        let entry = state.pointee.entries.count
        state.pointee.entries.append(Entry(key: key, answers0: 0, answers1: 0, length: Int32(truncatingIfNeeded: length),
                                           start: Int32(truncatingIfNeeded: used), facts: facts, tail: tail))
        state.pointee.strings.append(text: text, lower: lower)
        if 2 * (entry + 1) > state.pointee.slots.count { growSlots() } else { place(entry, hash: hash) }
        return entry
    }

    /// Puts entry `entry` (its hash `hash`) in the first free slot from its own.
    private func place(_ entry: Int, hash: UInt64) {
        let slots = state.pointee.slots, mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
    }

    /// Doubles the slots and puts every entry back.
    private func growSlots() {
        let count = state.pointee.slots.count * 2
        state.pointee.slots.deallocate()
        state.pointee.slots = Self.emptySlots(count)
        for entry in 0..<state.pointee.entries.count {
            let e = state.pointee.entries.base + entry
            place(entry, hash: Self.hash(e.pointee.key, e.pointee.tail, Int(e.pointee.length)))
        }
    }

    /// `count` empty slots (a power of two).
    private static func emptySlots(_ count: Int) -> UnsafeMutableBufferPointer<UInt64> {
        let slots = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
        slots.initialize(repeating: 0)
        return slots
    }

    /// Forgets every word.
    private func startOver() {
        state.pointee.slots.deallocate()
        state.pointee.slots = Self.emptySlots(1 << 13)
        state.pointee.used = 0
        state.pointee.entries.removeAll()
        if isKnownUniquelyReferenced(&state.pointee.strings) {
            state.pointee.strings.removeAll()
        } else {
            state.pointee.strings = WordStrings(capacity: state.pointee.strings.capacity)
        }
        state.pointee.generation += 1
    }

    /// Room for at least `size` bytes, the kept ones copied.
    private func growArena(to size: Int) {
        let arena = state.pointee.arena, used = state.pointee.used
        var capacity = arena.count * 2
        while capacity < size { capacity *= 2 }
        let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        if used > 0 { grown.baseAddress!.initialize(from: arena.baseAddress!, count: used) }
        arena.deallocate()
        state.pointee.arena = grown
    }

    /// The calling thread's cache (released when the thread ends).
    static var current: WordCache { perThread.current }

    /// Each thread's cache.
    private static let perThread = PerThread { WordCache() }
}
