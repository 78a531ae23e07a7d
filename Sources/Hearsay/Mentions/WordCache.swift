import Foundation

/// Word ids for the tokens of the documents a thread analyses, with each word's string,
/// lowercase form and letter facts made once per thread rather than once per document: a word
/// met in an earlier document ("the", "said", a name in the news) is found by its bytes, one
/// hash per token, and its facts are read back instead of being decoded, lowercased and
/// measured again.
///
/// Every word is numbered twice: once for the thread (its index here) and once per document
/// (`beginDocument()` starts the count again at 0, so that per-document tables stay small).
/// Each token is first looked up in the document's own small table, which stays in the
/// processor's cache; only a word's first occurrence in the document goes on to the thread's
/// table, whose tens of thousands of entries would cost a cache miss at every token.
/// It also keeps each word's `TokenLookups` answers for the next documents (`answers(_:_:)`):
/// a word the thread has met before has them read back by its index, with no lexicon look-up.
///
/// Everything kept is a function of the word's bytes alone (and, for the answers, of the
/// lexicons they were found in), so what a document gets does not depend on what came before. One cache per thread (`current`), so no locks; at the start of a
/// document it starts over if it holds `limit` words or `byteLimit` bytes, which bounds its memory.
final class WordCache {
    /// Words kept before the cache starts over.
    let limit: Int
    /// Bytes of words kept before the cache starts over.
    let byteLimit: Int

    /// The cache's changing parts, behind a pointer: a class's `var` properties would pay a
    /// dynamic exclusivity check at every access, several per token.
    private struct State {
        var interner: TokenInterner
        /// Every kept word's bytes (`used` of them), at the offset the interner records for it.
        var arena: UnsafeMutableBufferPointer<UInt8>
        var used = 0
        /// Each word's text, lowercase form and facts.
        var texts: [String] = [], lowers: [String] = [], facts: [TokenFeatures.WordFacts] = []
        /// The current document's words, numbered from 0, their bytes read in the document.
        var documentWords: TokenInterner
        /// Two words of `TokenLookups` answer bits per kept word, found in `answersOwner`'s tables.
        var answers: [UInt64] = []
        var answersOwner: AnyObject?
        /// How many times the cache has started over: a word's index is only good while it stays.
        var generation = 0
    }
    private let state: UnsafeMutablePointer<State>

    /// An empty cache that starts over past `limit` words or `byteLimit` bytes.
    ///
    /// The default of 16,384 words is about speed, not memory: the cache's tables must stay
    /// small enough for the processor's cache (a table of 65,536 words missed it at every
    /// probe), yet hold words long enough for their kept lexicon answers to be read back. On the
    /// 1,008 PolNeAR texts (`hearsay-bench text`, one worker, interleaved runs) 8,192 and 16,384
    /// words were alike (0.45-0.48 s) and 65,536 words slower (0.46-0.51 s; 0.51-0.54 s before
    /// each token was first looked up in the document's own table).
    init(limit: Int = 1 << 14, byteLimit: Int = 1 << 20) {
        self.limit = limit
        self.byteLimit = byteLimit
        state = .allocate(capacity: 1)
        state.initialize(to: State(interner: TokenInterner(capacity: 1 << 12), arena: .allocate(capacity: 1 << 14),
                                   documentWords: TokenInterner(capacity: 16)))
    }

    deinit {
        state.pointee.arena.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The number of words kept.
    var count: Int { state.pointee.texts.count }

    /// Starts a document of about `tokens` tokens: its words are numbered from 0 again. The
    /// cache starts over here (never within a document, whose equal words must keep one id)
    /// when it is full.
    func beginDocument(tokens: Int = 256) {
        if state.pointee.texts.count >= limit || state.pointee.used >= byteLimit { startOver() }
        state.pointee.documentWords = TokenInterner(capacity: tokens / 2)
    }

    /// The document id of the word with the bytes `text[start..<end]`, and its thread-wide
    /// index when it is the first time the document has it (else -1): the caller then takes
    /// the word's `text(_:)`, `lower(_:)` and `facts(_:)`. A word new to the thread is made by
    /// `make`. `text` must be the same buffer for the whole document (the document's table
    /// reads earlier words there).
    @inline(__always)
    func id(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
            orMake make: (UnsafeBufferPointer<UInt8>) -> (text: String, lower: String, facts: TokenFeatures.WordFacts)) -> (id: Int32, firstIn: Int) {
        let (id, isNewHere) = state.pointee.documentWords.intern(text, start, end)
        guard isNewHere else { return (Int32(truncatingIfNeeded: id), -1) }
        let length = end - start
        let used = state.pointee.used
        let p = text.baseAddress! + start
        let (word, isNew) = state.pointee.interner.intern(p, length, storage: state.pointee.arena.baseAddress!, at: used)
        if isNew {
            // The new word's bytes go where the interner recorded them.
            if used + length > state.pointee.arena.count { growArena(to: used + length) }
            if length > 0 { (state.pointee.arena.baseAddress! + used).initialize(from: p, count: length) }
            state.pointee.used = used + length
            let made = make(UnsafeBufferPointer(rebasing: text[start..<end]))
            state.pointee.texts.append(made.text)
            state.pointee.lowers.append(made.lower)
            state.pointee.facts.append(made.facts)
            state.pointee.answers.append(0)
            state.pointee.answers.append(0)
        }
        return (Int32(truncatingIfNeeded: id), word)
    }

    /// The text of thread-wide word `word`.
    @inline(__always)
    func text(_ word: Int) -> String { state.pointee.texts[word] }

    /// The lowercase form of thread-wide word `word`.
    @inline(__always)
    func lower(_ word: Int) -> String { state.pointee.lowers[word] }

    /// The letter facts of thread-wide word `word`.
    @inline(__always)
    func facts(_ word: Int) -> TokenFeatures.WordFacts { state.pointee.facts[word] }

    /// Counts the times the cache started over; the thread-wide indices it gave out before the
    /// last time are no longer good.
    var generation: Int { state.pointee.generation }

    /// Readies the kept answers for look-ups in the lexicon tables `tables` (held, so that no
    /// other tables take their address): forgotten if they were found in other tables.
    func keepAnswers(for tables: AnyObject) {
        guard state.pointee.answersOwner !== tables else { return }
        state.pointee.answersOwner = tables
        for k in state.pointee.answers.indices { state.pointee.answers[k] = 0 }
    }

    /// The `TokenLookups` answer bits kept for thread-wide word `word`, word `half` (0 or 1).
    @inline(__always)
    func answers(_ word: Int, _ half: Int) -> UInt64 { state.pointee.answers[2 * word + half] }

    /// Adds the answer bits `found` to word `half` (0 or 1) of thread-wide word `word`.
    @inline(__always)
    func record(_ word: Int, _ half: Int, _ found: UInt64) { state.pointee.answers[2 * word + half] |= found }

    /// Forgets every word.
    private func startOver() {
        state.pointee.interner = TokenInterner(capacity: 1 << 12)
        state.pointee.used = 0
        state.pointee.texts.removeAll(keepingCapacity: true)
        state.pointee.lowers.removeAll(keepingCapacity: true)
        state.pointee.facts.removeAll(keepingCapacity: true)
        state.pointee.answers.removeAll(keepingCapacity: true)
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

    /// The calling thread's cache.
    static var current: WordCache {
        if let raw = pthread_getspecific(threadKey) { return Unmanaged<WordCache>.fromOpaque(raw).takeUnretainedValue() }
        let cache = WordCache()
        pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }
}

/// The key of each thread's `WordCache`; a thread's cache is released when the thread ends.
private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { releaseWordCache($0) }
    precondition(status == 0, "pthread_key_create failed")
    return key
}()

/// Releases the thread's cache when the thread ends.
private func releaseWordCache(_ raw: UnsafeMutableRawPointer?) {
    guard let raw else { return }
    Unmanaged<WordCache>.fromOpaque(raw).release()
}
