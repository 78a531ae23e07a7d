/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Every sentence, token, quote and mention in Hearsay is a `Span` into the one text its
/// `Document` owns; offsets are converted to code points only when a report is written.
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// First byte of the range.
    public var start: Int
    /// One past the last byte of the range.
    public var end: Int

    /// Creates a span; `end` is clamped so that it is never before `start`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Number of bytes covered.
    public var length: Int { end - start }
    /// Whether the span covers no bytes.
    public var isEmpty: Bool { end <= start }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}
