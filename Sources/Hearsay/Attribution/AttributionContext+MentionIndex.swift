/// Mentions and entities looked up through indexes instead of scans, so that resolving every
/// quote's speaker stays linear in the size of the document.
extension AttributionContext {
    /// The indices of the mentions whose span starts at a byte offset in `range`, ascending.
    ///
    /// Mentions are kept sorted by their start (the recognizer sorts them), so this is a binary
    /// search; were they not, it falls back to every mention in that range, still ascending.
    func mentionIndices(startingIn range: Range<Int>) -> [Int] {
        guard mentionsSortedByStart else { return mentions.indices.filter { range.contains(mentions[$0].span.start) } }
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].span.start < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < mentions.count, mentions[end].span.start < range.upperBound { end += 1 }
        return Array(low..<end)
    }

    /// Whether the mentions are in ascending order of their start.
    static func sortedByStart(_ mentions: [Mention]) -> Bool {
        zip(mentions, mentions.dropFirst()).allSatisfy { $0.span.start <= $1.span.start }
    }

    /// The person entities whose name's last word is `word`, ascending.
    func people(withLastName word: String) -> [Int] { peopleByLastName[word] ?? [] }

    /// The person entities introduced with `role` ("defence secretary"), ascending.
    func people(withRole role: String) -> [Int] { peopleByRole[role] ?? [] }

    /// Person entities by the last word of their name, and by each of their roles.
    static func personIndexes(_ entities: [Entity]) -> (byLastName: [String: [Int]], byRole: [String: [Int]]) {
        var byLastName: [String: [Int]] = [:]
        var byRole: [String: [Int]] = [:]
        for (e, entity) in entities.enumerated() where entity.kind == .person {
            if let last = entity.name.split(separator: " ").last { byLastName[String(last), default: []].append(e) }
            for role in Set(entity.roles) { byRole[role, default: []].append(e) }
        }
        return (byLastName, byRole)
    }
}
