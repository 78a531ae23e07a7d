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
