/// Mentions and entities looked up through indexes instead of scans, so that resolving every
/// quote's speaker stays linear in the size of the document.
extension AttributionContext {
    /// The indices of the mentions whose span starts at a byte offset in `range`, ascending: a
    /// binary search, as the recognizer hands the mentions over sorted by span.
    func mentionIndices(startingIn range: Range<Int>) -> Range<Int> {
        let low = mentions.partitionPoint { $0.span.start < range.lowerBound }
        let high = mentions[low...].partitionPoint { $0.span.start < range.upperBound }
        return low..<high
    }

    /// The person entities whose name's last word is `word`, ascending.
    func people(withLastName word: String) -> [Int] { peopleByLastName[word] ?? [] }

    /// The person entities introduced with `role` ("defence secretary"), ascending.
    func people(withRole role: String) -> [Int] { peopleByRole[role] ?? [] }

    /// Person entities by the last word of their name.
    static func peopleByLastName(_ entities: [Entity]) -> [String: [Int]] {
        var byLastName: [String: [Int]] = [:]
        for (e, entity) in entities.enumerated() where entity.kind == .person {
            if let last = entity.name.lastSpaceSeparatedWord { byLastName[String(last), default: []].append(e) }
        }
        return byLastName
    }

    /// Person entities by each of their roles.
    static func peopleByRole(_ entities: [Entity]) -> [String: [Int]] {
        var byRole: [String: [Int]] = [:]
        for (e, entity) in entities.enumerated() where entity.kind == .person {
            // A role named twice lists the entity once: it was just appended if it is the last.
            for role in entity.roles where byRole[role]?.last != e { byRole[role, default: []].append(e) }
        }
        return byRole
    }
}
