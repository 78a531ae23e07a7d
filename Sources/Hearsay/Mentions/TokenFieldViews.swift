/// The kind of each of a document's tokens, read in place from `Document.tokens` (no copy per
/// document).
struct TokenKinds: RandomAccessCollection {
    /// The document's tokens.
    let tokens: [Document.Token]

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }

    /// The kind of token `k`.
    @inline(__always)
    subscript(k: Int) -> Document.TokenKind { tokens[k].kind }
}

/// The span of each of a document's tokens, read in place from `Document.tokens` (no copy per
/// document).
struct TokenSpans: RandomAccessCollection {
    /// The document's tokens.
    let tokens: [Document.Token]

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }

    /// The span of token `k`.
    @inline(__always)
    subscript(k: Int) -> Span { tokens[k].span }
}

/// The sentence index of each of a document's tokens, kept in 32 bits (half the memory of
/// `[Int]`, read by many rules) and read as `Int`.
struct TokenSentences: RandomAccessCollection {
    /// Each token's sentence index.
    let indices32: [Int32]

    var startIndex: Int { 0 }
    var endIndex: Int { indices32.count }

    /// The sentence index of token `k`.
    @inline(__always)
    subscript(k: Int) -> Int { Int(indices32[k]) }
}
