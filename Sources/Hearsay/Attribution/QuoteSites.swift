/// Where each quote of a document sits among its tokens (the token of its opening mark, the
/// first token after it, the token ranges of the sentences where it opens and ends), found the
/// first time a rule asks about the quote: every sieve asks the same for the same quote, and
/// each answer is an offset search or two.
///
///     let sites = QuoteSites(count: quotes.count)
///     sites.site(q) { QuoteSites.Site(open: 3, after: 9, openSentence: 0..<12, closeSentence: 0..<12) }.after   // 9
final class QuoteSites {
    /// One quote's positions.
    struct Site {
        /// The first token of the opening mark (or of the quote's start).
        var open: Int
        /// The first token after the closing mark (or the quote's end).
        var after: Int
        /// The tokens of the sentence holding the quote's first byte.
        var openSentence: Range<Int>
        /// The tokens of the sentence holding the quote's last byte.
        var closeSentence: Range<Int>
    }

    private let sites: UnsafeMutableBufferPointer<Site>
    private let known: UnsafeMutableBufferPointer<Bool>

    /// Nothing known yet for quotes `0..<count`.
    init(count: Int) {
        sites = .allocate(capacity: max(1, count))
        known = .allocate(capacity: max(1, count))
        known.initialize(repeating: false)
    }

    deinit {
        // (`Site` holds no references: the memory needs no deinitialising.)
        sites.deallocate()
        known.deallocate()
    }

    /// The site of quote `q`: remembered, or found by `find` now.
    @inline(__always)
    func site(_ q: Int, _ find: () -> Site) -> Site {
        if known[q] { return sites[q] }
        let found = find()
        (sites.baseAddress! + q).initialize(to: found)
        known[q] = true
        return found
    }
}
