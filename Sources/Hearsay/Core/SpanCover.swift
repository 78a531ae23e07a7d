/// Answers whether any span of a set wholly contains a given span, in logarithmic time: the
/// spans sorted by start, with the furthest end that the spans up to each one reach. Asking
/// each of n spans about a set of m by scanning the set costs n × m, which a document of
/// thousands of quotes turns into minutes.
struct SpanCover {
    /// The starts of the spans, in order.
    private let starts: [Int]
    /// `reach[k]`: the furthest end of the spans with the `k + 1` smallest starts.
    private let reach: [Int]

    /// The cover of `spans` (in any order).
    init(_ spans: some Sequence<Span>) {
        let sorted = spans.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var furthest = Int.min
        reach = sorted.map { span in
            furthest = max(furthest, span.end)
            return furthest
        }
    }

    /// Whether some span of the set contains `span` (`Span.contains`: it starts at or before
    /// `span` and ends at or after it).
    func contains(_ span: Span) -> Bool { contains(start: span.start, end: span.end) }

    /// Whether some span of the set starts at or before `start` and ends at or after `end`.
    func contains(start: Int, end: Int) -> Bool {
        // How many spans start at or before `start` (they are the first ones).
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= start { low = middle + 1 } else { high = middle }
        }
        return low > 0 && reach[low - 1] >= end
    }
}
