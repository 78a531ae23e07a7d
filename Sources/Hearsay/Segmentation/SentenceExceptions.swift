import CHearsayICU

/// The "ss=standard" suppressions of ICU's sentence iterator on UTF-8 bytes: whether ICU's
/// filtered iterator (its `SimpleFilteredSentenceBreakIterator`) drops a sentence break
/// because the text before it ends in one of the locale's exceptions ("Mr.", "Ph.D.", ...).
///
/// The exceptions are read from ICU's own data (`hs_sentence_exceptions`), and sorted into two
/// byte tries the way ICU sorts them: an exception whose first full stop is not its last
/// character ("Ph.D.") puts its part up to that stop ("Ph.") in the backward trie as a
/// *partial* match, and itself, with every other exception that starts with that part, in
/// the forward trie; every other exception goes into the backward trie, reversed, as a *full*
/// match. At a break, ICU skips one U+0020 before it (only that one scalar), then finds the
/// longest backward entry the text ends with; a full match drops the break, a partial one
/// drops it only when the text from the match's start on walks the forward trie to an entry
/// with no longer continuation (a leaf), or to an entry at the end of the text. Nothing
/// checks for a word boundary before the match ("xMr." matches "Mr.").
///
/// Neither trie holds a line feed, so neither walk crosses one.
final class SentenceExceptions: @unchecked Sendable {
    /// ICU's "en" exceptions, loaded once per process (empty tries when ICU's data cannot be read).
    static let english = SentenceExceptions(strings: SentenceExceptions.icuStrings(locale: "en") ?? [])

    /// A trie over bytes: nodes numbered from the root 0, each with its value (0 none) and its
    /// edges, `edgeBytes[first[node]..<first[node + 1]]` leading to `edgeTargets` of the same index.
    struct ByteTrie {
        let values: UnsafeMutablePointer<UInt8>
        let first: UnsafeMutablePointer<Int32>
        let edgeBytes: UnsafeMutablePointer<UInt8>
        let edgeTargets: UnsafeMutablePointer<Int32>
        let nodeCount: Int

        /// A trie of `entries` (byte strings and their non-zero values), kept for the process.
        init(_ entries: [([UInt8], UInt8)]) {
            var children: [[UInt8: Int]] = [[:]]
            var values: [UInt8] = [0]
            for (bytes, value) in entries {
                var node = 0
                for byte in bytes {
                    if let next = children[node][byte] { node = next; continue }
                    children.append([:])
                    values.append(0)
                    children[node][byte] = children.count - 1
                    node = children.count - 1
                }
                values[node] = value
            }
            nodeCount = values.count
            self.values = .allocate(capacity: nodeCount)
            self.values.initialize(from: values, count: nodeCount)
            first = .allocate(capacity: nodeCount + 1)
            let edgeCount = children.reduce(0) { $0 + $1.count }
            edgeBytes = .allocate(capacity: max(1, edgeCount))
            edgeTargets = .allocate(capacity: max(1, edgeCount))
            var e = 0
            for node in 0..<nodeCount {
                first[node] = Int32(e)
                for (byte, target) in children[node].sorted(by: { $0.key < $1.key }) {
                    edgeBytes[e] = byte
                    edgeTargets[e] = Int32(target)
                    e += 1
                }
            }
            first[nodeCount] = Int32(e)
        }

        /// The node `byte` leads to from `node`, or -1.
        @inline(__always) func child(_ node: Int, _ byte: UInt8) -> Int {
            var e = Int(first[node])
            let end = Int(first[node + 1])
            while e < end {
                if edgeBytes[e] == byte { return Int(edgeTargets[e]) }
                e += 1
            }
            return -1
        }

        /// Whether `node` has no edges.
        @inline(__always) func isLeaf(_ node: Int) -> Bool { first[node] == first[node + 1] }
    }

    /// Values of the backward trie.
    static let partial: UInt8 = 1, full: UInt8 = 2

    /// The exceptions, reversed byte for byte, and the parts before a full stop of partial ones.
    let backward: ByteTrie
    /// The exceptions that share their part up to the first full stop with a partial one.
    let forward: ByteTrie
    /// The exceptions the tries were made of (ICU's, for the process check).
    let strings: [String]

    /// Sorts `strings` into the two tries as ICU's `SimpleFilteredBreakIteratorBuilder` does.
    init(strings: [String]) {
        let unique = Array(Set(strings)).sorted()
        self.strings = unique
        /// The part of `s` up to and with its first full stop, when that stop is not its last character.
        func partialPrefix(_ s: String) -> [UInt8]? {
            let bytes = Array(s.utf8)
            guard let stop = bytes.firstIndex(of: 0x2E), stop + 1 < bytes.count else { return nil }
            return Array(bytes[...stop])
        }
        let prefixes = Set(unique.compactMap(partialPrefix))
        var backwardEntries: [([UInt8], UInt8)] = prefixes.sorted { $0.lexicographicallyPrecedes($1) }.map { (Array($0.reversed()), Self.partial) }
        var forwardEntries: [([UInt8], UInt8)] = []
        for s in unique {
            let bytes = Array(s.utf8)
            if let stop = bytes.firstIndex(of: 0x2E), prefixes.contains(Array(bytes[...stop])) {
                forwardEntries.append((bytes, Self.full))
            } else {
                backwardEntries.append((Array(bytes.reversed()), Self.full))
            }
        }
        backward = ByteTrie(backwardEntries)
        forward = ByteTrie(forwardEntries)
    }

    /// ICU's exceptions for `locale` from its break iterator data, or nil when they cannot be read.
    static func icuStrings(locale: String) -> [String]? {
        let size = hs_sentence_exceptions(locale, nil, 0)
        guard size >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(size))
        guard hs_sentence_exceptions(locale, &bytes, size) == size else { return nil }
        return bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether ICU's filter drops the break at `boundary` (0 < `boundary` < `n`) of the `n`
    /// bytes at `p`.
    @inline(__always)
    func suppresses(_ p: UnsafePointer<UInt8>, _ n: Int, at boundary: Int) -> Bool {
        var k = boundary
        if p[k - 1] == 0x20 { k -= 1 }
        // The longest backward entry the text before `k` ends with.
        var node = 0, best: UInt8 = 0, bestStart = 0
        while k > 0 {
            k -= 1
            node = backward.child(node, p[k])
            if node < 0 { break }
            let value = backward.values[node]
            if value != 0 { best = value; bestStart = k }
        }
        if best == Self.full { return true }
        if best != Self.partial || forward.nodeCount == 1 { return false }
        // A partial match: the forward walk from its start must end at a leaf, or at an entry
        // at the end of the text.
        node = 0
        k = bestStart
        while true {
            if k == n { return forward.values[node] != 0 }
            node = forward.child(node, p[k])
            if node < 0 { return false }
            k += 1
            if forward.isLeaf(node) { return forward.values[node] != 0 }
        }
    }
}
