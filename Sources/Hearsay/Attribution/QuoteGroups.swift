/// The quotes of each quote group (the runs of one multi-paragraph quotation), found without
/// a dictionary: the quote indices sorted by group, searched by bisection.
///
///     let groups = QuoteGroups(quotes)
///     groups.members(of: quotes[q].group)   // indices of that group's quotes, ascending
struct QuoteGroups {
    /// Quote indices ordered by group, then by index.
    private let order: [Int]
    /// The group of each entry of `order`.
    private let groups: [Int]

    /// The groups of `quotes`.
    init(_ quotes: [Quote]) {
        let order = quotes.indices.sorted { a, b in
            let ga = quotes[a].group, gb = quotes[b].group
            return ga < gb || (ga == gb && a < b)
        }
        self.order = order
        self.groups = order.map { quotes[$0].group }
    }

    /// The indices of the quotes of `group`, ascending (empty when it has none).
    func members(of group: Int) -> ArraySlice<Int> {
        let start = groups.partitionPoint { $0 < group }
        let end = groups[start...].partitionPoint { $0 <= group }
        return order[start..<end]
    }
}
