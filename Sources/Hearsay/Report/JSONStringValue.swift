/// A value a report writes as a JSON string: a `String`, or UTF-8 cut from the document
/// (`DocumentText`).
protocol JSONStringValue {
    /// Writes an object member with the value as a JSON string.
    func writeJSON(member k: StaticString, to w: inout JSONWriter)
    /// Writes the value escaped as the inside of a JSON string, without the quotes.
    func writeJSONBody(to w: inout JSONWriter)
    /// The value's UTF-8 when it is at most 16 bytes of whole characters that can be read in
    /// place (`JSONWriter.compactTextElement`); nil otherwise.
    var shortUTF8: UnsafeBufferPointer<UInt8>? { get }
    /// The value's bytes when they are spelled in the source and need no escape
    /// (`SpelledValue`), written with the keys around them; nil otherwise.
    var spelledInSource: StaticString? { get }
}

extension String: JSONStringValue {
    @inline(__always)
    func writeJSON(member k: StaticString, to w: inout JSONWriter) { w.member(k, self) }

    @inline(__always)
    func writeJSONBody(to w: inout JSONWriter) { w.stringBody(self) }

    /// Nil: a string's bytes are lent only inside a closure.
    var shortUTF8: UnsafeBufferPointer<UInt8>? { nil }

    /// Nil: the string is not spelled in the source.
    var spelledInSource: StaticString? { nil }
}

/// The text of a span of a document's UTF-8, written as `Document.string` would give it but
/// straight from the bytes, without building a `String`.
///
/// Valid only while `bytes` is (inside `withUnsafeBufferPointer` on the document's bytes).
struct DocumentText: JSONStringValue {
    /// The whole document's UTF-8 (valid UTF-8: it was a `String`).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The span's first byte and the byte after its last.
    let start: Int, end: Int

    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) {
        self.bytes = bytes
        self.start = span.start
        self.end = span.end
    }

    @inline(__always)
    func writeJSON(member k: StaticString, to w: inout JSONWriter) {
        let (slice, isWhole) = utf8
        if isWhole { w.member(k, utf8: slice) } else { w.member(k, String(decoding: slice, as: UTF8.self)) }
    }

    @inline(__always)
    func writeJSONBody(to w: inout JSONWriter) {
        let (slice, isWhole) = utf8
        if isWhole { w.escaped(slice) } else { w.stringBody(String(decoding: slice, as: UTF8.self)) }
    }

    /// The span's bytes, when they are whole characters and at most 16 of them.
    @inline(__always)
    var shortUTF8: UnsafeBufferPointer<UInt8>? {
        let (slice, isWhole) = utf8
        return isWhole && slice.count <= 16 ? slice : nil
    }

    /// Nil: the words are the document's.
    var spelledInSource: StaticString? { nil }

    /// The span's bytes (clamped to the document), and whether they are whole characters.
    ///
    /// A span that starts or ends inside a character is not valid UTF-8 on its own:
    /// `Document.string` repairs it, and so do the writers, through a `String`.
    @inline(__always)
    var utf8: (UnsafeBufferPointer<UInt8>, isWhole: Bool) {
        let count = bytes.count
        let s = max(0, min(start, count)), e = max(s, min(end, count))
        let slice = UnsafeBufferPointer(rebasing: bytes[s..<e])
        let cut = (s < count && bytes[s] & 0xC0 == 0x80) || (e < count && bytes[e] & 0xC0 == 0x80)
        return (slice, !cut)
    }
}
