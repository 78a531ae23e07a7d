/// Per token, the index of the item covering it (a mention, a quote) or -1: read as `Int`,
/// stored as `Int32`, so that the per-document table is half the size of an `[Int]` to fill.
///
///     var map = TokenIndexMap(count: 5)
///     map.assign(2, to: 1..<3)
///     map[1]   // 2
///     map[0]   // -1
struct TokenIndexMap {
    private var storage: [Int32]

    /// A map of `count` tokens, none covered.
    init(count: Int) { storage = [Int32].filled(with: -1, count: count) }

    /// The number of tokens.
    var count: Int { storage.count }

    /// The index covering token `k`, or -1.
    @inline(__always)
    subscript(k: Int) -> Int { Int(storage[k]) }

    /// Makes `index` the one covering every token of `tokens`.
    mutating func assign(_ index: Int, to tokens: Range<Int>) {
        let value = Int32(truncatingIfNeeded: index)
        storage.withUnsafeMutableBufferPointer { out in
            for k in tokens { out[k] = value }
        }
    }
}
