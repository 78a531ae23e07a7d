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
    func people(withLastName word: String) -> [Int] {
        // A document with a few entities (most) compares their names in place: no index of
        // them all is built (a string and an array per person) for the one or two names asked.
        guard entities.count > Self.peopleScanLimit else { return Self.people(in: entities, withLastName: word) }
        return peopleByLastName[word] ?? []
    }

    /// The most entities `people(withLastName:)` and `people(withRole:)` compare one by one
    /// rather than indexing.
    static let peopleScanLimit = 48

    /// The person entities of `entities` whose name's last word is `word`, ascending (what
    /// `peopleByLastName(entities)[word]` holds), found by comparing each.
    static func people(in entities: [Entity], withLastName word: String) -> [Int] {
        var found: [Int] = []
        for e in entities.indices where entities[e].kind == .person {
            if hasLastWord(entities[e].name, word) { found.append(e) }
        }
        return found
    }

    /// Whether `name.lastSpaceSeparatedWord == word`: compared on the bytes in place when both are
    /// ASCII without carriage returns (one character per byte), where making the last word as
    /// a `Substring` of each person's name cost some 200 instructions a name (callgrind, the
    /// 168 PolNeAR dev+test texts: 30 look-ups, 210,000 instructions).
    static func hasLastWord(_ name: String, _ word: String) -> Bool {
        let answer = name.utf8.withContiguousStorageIfAvailable { name in
            word.utf8.withContiguousStorageIfAvailable { word in asciiHasLastWord(name, word) } ?? nil
        } ?? nil
        if let answer { return answer }
        guard let last = name.lastSpaceSeparatedWord else { return false }
        return last == word
    }

    /// `hasLastWord` of the UTF-8 bytes `name` and `word`, or nil unless both are ASCII
    /// without carriage returns.
    private static func asciiHasLastWord(_ name: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool? {
        var space = false
        for b in word {
            if b == 0x0D || b >= 0x80 { return nil }
            if b == 0x20 { space = true }
        }
        // An ASCII word with a space is no last word (which holds no space character).
        if space { return false }
        for b in name where b == 0x0D || b >= 0x80 { return nil }
        var end = name.count
        while end > 0 && name[end - 1] == 0x20 { end -= 1 }
        // A name of spaces has no last word.
        guard end > 0 else { return false }
        let start = end - word.count
        guard start >= 0, start == 0 || name[start - 1] == 0x20 else { return false }
        for i in 0..<word.count where name[start + i] != word[i] { return false }
        return true
    }

    /// The person entities introduced with `role` ("defence secretary"), ascending.
    func people(withRole role: String) -> [Int] {
        // As for last names: a few entities are compared in place rather than indexed.
        guard entities.count > Self.peopleScanLimit else { return Self.people(in: entities, withRole: role) }
        return peopleByRole[role] ?? []
    }

    /// The person entities of `entities` introduced with `role`, ascending (what
    /// `peopleByRole(entities)[role]` holds), found by comparing each.
    static func people(in entities: [Entity], withRole role: String) -> [Int] {
        var found: [Int] = []
        for e in entities.indices where entities[e].kind == .person && entities[e].roles.contains(role) { found.append(e) }
        return found
    }

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
