/// Whether each token is covered by some item of a `TokenIndexMap` (a quote, a mention), read
/// as `cover[k]` like an array of `Bool`: a view sharing the map's storage, not a second table.
///
///     var map = TokenIndexMap(count: 4)
///     map.assign(0, to: 1..<3)
///     let cover = TokenCover(map)
///     cover[1]   // true
///     cover[3]   // false
struct TokenCover {
    private let map: TokenIndexMap

    /// The cover of `map`'s items.
    init(_ map: TokenIndexMap) { self.map = map }

    /// The number of tokens.
    var count: Int { map.count }

    /// Whether some item covers token `k`.
    @inline(__always)
    subscript(k: Int) -> Bool { map[k] >= 0 }
}
