import Foundation

/// The string and lowercase form of each word of this thread's `WordCache`, by its thread-wide
/// index, in two arrays that a document's `TokenStrings` share (one retain each) instead of
/// gathering its distinct words' strings into arrays of their own.
///
/// Words are added as documents meet them and the arrays start over with the cache. A
/// document's strings hold the arrays as values: should the thread add words while an earlier
/// document's features are still alive, the arrays are copied (slower, never wrong), and a
/// document read on another thread reads its own snapshot.
final class ThreadWordStrings {
    /// The string of each thread-wide word.
    private(set) var texts: [String] = []
    /// The lowercase form of each thread-wide word.
    private(set) var lowers: [String] = []
    /// The cache the words are numbered by, and its `generation` when they were.
    private weak var cache: WordCache?
    private var generation = -1

    /// Makes sure every word of `threadWords` (indices in `cache`, which numbers its words from 0
    /// with no gaps) has its strings here.
    func update(_ cache: WordCache, _ threadWords: [Int32]) {
        if self.cache !== cache || generation != cache.generation {
            texts.removeAll(keepingCapacity: true)
            lowers.removeAll(keepingCapacity: true)
            self.cache = cache
            generation = cache.generation
        }
        var top = -1
        for w in threadWords where Int(w) > top { top = Int(w) }
        guard top >= texts.count else { return }
        // Taken out of the object to grow (one access each, and unique unless a document still
        // holds them); no `reserveCapacity`, which would reallocate to the exact size every time.
        var texts = self.texts, lowers = self.lowers
        self.texts = []
        self.lowers = []
        for w in texts.count...top {
            texts.append(cache.text(w))
            lowers.append(cache.lower(w))
        }
        self.texts = texts
        self.lowers = lowers
    }

    /// This thread's strings (released when the thread ends).
    static var current: ThreadWordStrings { perThread.current }

    /// Each thread's strings.
    private static let perThread = PerThread { ThreadWordStrings() }
}
