/// The first token at or after any byte offset of a document, in constant time: what
/// `Document.firstToken(atOrAfter:)` finds by binary search, which the sieves ask for a handful
/// of offsets per quote (its marks, its sentences' bounds), each search a chain of cache misses
/// through the tokens.
///
/// The text is cut into blocks of 16 bytes; each block keeps the first token starting at or after
/// its own start, and a look-up steps on from there over the few tokens that start inside the block.
///
///     let index = TokenOffsetIndex(document)
///     index.firstToken(atOrAfter: 120, document.tokens)  // == document.firstToken(atOrAfter: 120)
struct TokenOffsetIndex {
    /// log2 of the block size in bytes.
    static let blockShift = 4
    /// For each block, the first token whose start is at or after the block's first byte; then
    /// one more entry, never read, where the first pass drops tokens outside the text.
    private let blockFirst: [Int32]
    /// The number of blocks (`blockFirst` less its spare entry).
    private let blocks: Int

    /// The index of `document`'s tokens.
    init(_ document: Document) {
        let tokens = document.tokens
        let blocks = (document.bytes.count >> Self.blockShift) + 2
        var first = [Int32].filled(with: Int32(truncatingIfNeeded: tokens.count), count: blocks + 1)
        // Two passes without a data-dependent branch (a loop over the blocks each token passes
        // mispredicted at about every third token): each block first gets the first token whose
        // start lies in it, then each block the least of its own and those after it (a running
        // least in a register: reading back the entry just stored made each step wait for the last).
        first.withUnsafeMutableBufferPointer { first in
            tokens.withUnsafeBufferPointer { tokens in
                // A token outside the text (none of a segmented document's) goes to the spare
                // entry: a least of two unsigned numbers, where testing both bounds was two
                // branches a token (callgrind: the pass ran 9 instructions a token).
                for k in tokens.indices.reversed() {
                    let block = min(UInt(bitPattern: tokens[k].span.start >> Self.blockShift), UInt(blocks))
                    first[Int(block)] = Int32(truncatingIfNeeded: k)
                }
            }
            var least = first[blocks - 1]
            for b in stride(from: blocks - 2, through: 0, by: -1) {
                least = min(least, first[b])
                first[b] = least
            }
        }
        blockFirst = first
        self.blocks = blocks
    }

    /// The first of `tokens` (the document's) starting at or after `offset`, or their count.
    func firstToken(atOrAfter offset: Int, _ tokens: [Document.Token]) -> Int {
        guard offset > 0 else { return 0 }
        let block = offset >> Self.blockShift
        guard block < blocks else { return tokens.count }
        var k = Int(blockFirst[block])
        while k < tokens.count && tokens[k].span.start < offset { k += 1 }
        return k
    }
}
