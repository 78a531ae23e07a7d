/// One string per token, read through the token's word id: each distinct word's string is
/// stored once (`distinct`), and `self[k]` is the string of token `k`'s id.
///
/// A document says "the" or a name many times; holding its string once per distinct word
/// spares building, retaining and releasing an array of strings per token.
struct TokenStrings: RandomAccessCollection {
    /// The string of each word id.
    let distinct: [String]
    /// Each token's word id (`TokenFeatures.ids`).
    let ids: [Int32]

    var startIndex: Int { 0 }
    var endIndex: Int { ids.count }

    /// The string of token `k`.
    @inline(__always)
    subscript(k: Int) -> String { distinct[Int(ids[k])] }
}
