/// One analysed text: it owns the bytes, and paragraphs, sentences and tokens are spans into it.
public struct Document: Sendable {
    /// A paragraph of the text and its role in the page.
    public struct Paragraph: Sendable, Equatable {
        public var span: Span
        public var kind: Article.ParagraphKind
    }

    /// What a word-break segment is.
    public enum TokenKind: UInt8, Sendable {
        case word, number, punctuation
    }

    /// One token (word, number or punctuation mark; spaces are not tokens).
    public struct Token: Sendable, Equatable {
        public var span: Span
        public var kind: TokenKind
    }

    /// The text every offset indexes.
    public let text: String
    /// `text` as UTF-8; spans index these bytes.
    public let bytes: [UInt8]
    public internal(set) var paragraphs: [Paragraph] = []
    public internal(set) var sentences: [Span] = []
    public internal(set) var tokens: [Token] = []

    /// Creates an unsegmented document.
    public init(text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// The text of `span`.
    public func string(_ span: Span) -> String {
        let s = max(0, min(span.start, bytes.count)), e = max(s, min(span.end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// Index of the sentence containing byte `offset` (binary search), or nil.
    public func sentenceIndex(at offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid]
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return lo < sentences.count ? lo : (sentences.isEmpty ? nil : sentences.count - 1)
    }

    /// Index of the paragraph containing byte `offset`, or nil.
    public func paragraphIndex(at offset: Int) -> Int? {
        var lo = 0, hi = paragraphs.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let p = paragraphs[mid].span
            if offset < p.start { hi = mid - 1 } else if offset >= p.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Index of the first token whose start is at or after `offset`.
    public func firstToken(atOrAfter offset: Int) -> Int {
        tokens.partitionPoint { $0.span.start < offset }
    }
}
