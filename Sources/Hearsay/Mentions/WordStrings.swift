/// The string and lowercase form of each of a thread's words (`WordCache`), side by side: a
/// word's two strings are one 32-byte half of a 64-byte line, so reading both costs one line.
///
/// Two `[String]` arrays (one per form) cost two lines per word, and one array of pairs would
/// straddle lines for half the words or all of them (an array's elements start 32 bytes into a
/// buffer that `malloc` aligns to 16 bytes only); the cache reads a document's words from
/// memory that is seldom in the processor's cache. The storage is aligned to 64 bytes.
///
/// Its room is fixed (`let`, read without an exclusivity check): a full one is replaced by a
/// larger one (`moved(toHold:)`). `WordCache` adds to one only while it holds the one reference
/// (`isKnownUniquelyReferenced`), else it adds to a copy, so that a document's `TokenStrings`
/// keep reading the strings they were given.
final class WordStrings {
    /// One word's strings.
    struct Pair {
        var text: String
        var lower: String
    }

    /// The first pair; room for `capacity`, the first `count` initialised.
    let pairs: UnsafeMutablePointer<Pair>
    let capacity: Int
    private(set) var count = 0

    /// Room for `capacity` words.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        pairs = UnsafeMutableRawPointer.allocate(byteCount: self.capacity * MemoryLayout<Pair>.stride, alignment: 64)
            .bindMemory(to: Pair.self, capacity: self.capacity)
    }

    deinit {
        pairs.deinitialize(count: count)
        pairs.deallocate()
    }

    /// Whether there is no room for another word.
    var isFull: Bool { count == capacity }

    /// The text of word `word`.
    @inline(__always)
    func text(_ word: Int) -> String {
        precondition(word >= 0 && word < count, "word index out of range")
        return pairs[word].text
    }

    /// The lowercase form of word `word`.
    @inline(__always)
    func lower(_ word: Int) -> String {
        precondition(word >= 0 && word < count, "word index out of range")
        return pairs[word].lower
    }

    /// The first eight bytes of word `word`'s text, read raw (no retain, no look at the string's
    /// bytes): the read has the processor fetch the line of both the word's strings (see
    /// `WordCache.touch`).
    @inline(__always)
    func firstWord(_ word: Int) -> UInt64 {
        precondition(word >= 0 && word < count, "word index out of range")
        return UnsafeRawPointer(pairs + word).load(as: UInt64.self)
    }

    /// Adds a word's strings after the others; there must be room.
    @inline(__always)
    func append(text: String, lower: String) {
        precondition(count < capacity, "no room for another word")
        (pairs + count).initialize(to: Pair(text: text, lower: lower))
        count += 1
    }

    /// Forgets every word, keeping the room.
    func removeAll() {
        pairs.deinitialize(count: count)
        count = 0
    }

    /// A copy holding the same words, with room for `capacity` (at least `count`).
    func copy(toHold capacity: Int) -> WordStrings {
        let copy = WordStrings(capacity: max(capacity, count))
        copy.pairs.initialize(from: pairs, count: count)
        copy.count = count
        return copy
    }

    /// The same words moved to room for `capacity` (at least `count`); this one is left empty.
    func moved(toHold capacity: Int) -> WordStrings {
        let moved = WordStrings(capacity: max(capacity, count))
        moved.pairs.moveInitialize(from: pairs, count: count)
        moved.count = count
        count = 0
        return moved
    }
}
