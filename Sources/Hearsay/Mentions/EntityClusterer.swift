import Foundation

/// Groups a document's mentions into entities: people by name compatibility ("Mr Mattis" joins
/// "Jim Mattis"; "Mrs Clinton" joins Hillary, not Bill), places and organisations by canonical name.
struct EntityClusterer {
    let lexicons: Lexicons

    /// Builds the entities and sets each mention's `entity` and (for people) `canonical`.
    func cluster(_ mentions: inout [Mention]) -> [Entity] {
        var entities: [Entity] = []
        // People: longest names first so that short forms find their full form wherever it appears.
        // Each person mention's words as spelling ids (`NameWordTable`), mention m's from
        // wordStart[m] to wordStart[m + 1] in one array; compared by class ids.
        var table = NameWordTable(words: mentions.count)
        var spellings: [Int32] = []
        spellings.reserveCapacity(2 * mentions.count)
        var wordStart = [Int].filled(with: 0, count: mentions.count + 1)
        // Person mentions with words, each as one sortable number: fewer words, then a later
        // mention, sort later (`orderKey`).
        var personOrder: [Int] = []
        personOrder.reserveCapacity(mentions.count)
        var places = 0, people = 0
        for index in mentions.indices {
            wordStart[index] = spellings.count
            guard mentions[index].kind == .person else {
                if mentions[index].kind == .place { places += 1 }
                continue
            }
            people += 1
            table.appendWords(of: mentions[index].name, to: &spellings)
            let count = spellings.count - wordStart[index]
            if count > 0 { personOrder.append(Self.orderKey(words: count, index: index)) }
        }
        wordStart[mentions.count] = spellings.count
        let classes = spellings.map { table.classes[Int($0)] }
        personOrder.sort()
        // The words of each person entity's name, by entity: those of the mention that made it.
        var entityWords: [Range<Int>] = []
        entityWords.reserveCapacity(personOrder.count)
        // Person entities by the class of the last and of the first word of their name, so that
        // a mention looks only at the entities it can join, not at every person of the article.
        var byLastWord = IndexChains(keys: table.classCount, values: personOrder.count)
        // The starts of each person entity's mentions, ascending, for "mentioned most recently"
        // (kept sorted as mentions join: a scan of an entity's mentions at every such choice was
        // quadratic in a long story that names two people of one surname again and again).
        var starts: [[Int]] = []
        starts.reserveCapacity(personOrder.count)
        var byFirstWord = IndexChains(keys: table.classCount, values: personOrder.count)
        for key in personOrder {
            let index = key & 0xFFFF_FFFF
            let words = wordStart[index]..<wordStart[index + 1]
            let gender = mentions[index].gender
            // Every entity the test below can accept shares the mention's last word, or (for a
            // one-word mention) has it as its first word; in creation order, as a scan would find
            // them: the two ascending lists are walked together, an entity in both met once.
            let last = Int(classes[words.upperBound - 1])
            var a = byLastWord.first(last), b = words.count == 1 ? byFirstWord.first(last) : -1
            // The first entity that can take the mention; when several can, the one mentioned most
            // recently before this mention (the first such among equals).
            var chosen = -1, chosenLast = Int.min
            let position = mentions[index].span.start
            while a >= 0 || b >= 0 {
                let e: Int
                if b < 0 || (a >= 0 && a < b) { e = a; a = byLastWord.next(after: a) }
                else if a < 0 || b < a { e = b; b = byFirstWord.next(after: b) }
                else { e = a; a = byLastWord.next(after: a); b = byFirstWord.next(after: b) }
                guard gender.agrees(with: entities[e].gender),
                      Self.canJoin(words, entityWords[e], classes: classes, spellings: spellings, table) else { continue }
                if chosen < 0 { chosen = e; continue }
                // Several people share the surname.
                if chosenLast == Int.min { chosenLast = Self.lastStart(before: position, in: starts[chosen]) }
                let eLast = Self.lastStart(before: position, in: starts[e])
                if eLast > chosenLast { chosen = e; chosenLast = eLast }
            }
            if chosen >= 0 {
                let e = chosen
                entities[e].mentions.append(index)
                Self.insert(position, into: &starts[e])
                if entities[e].gender == .unknown { entities[e].gender = gender }
                if let role = mentions[index].role, !entities[e].roles.contains(role) { entities[e].roles.append(role) }
                mentions[index].entity = e
            } else {
                var roles: [String] = []
                if let role = mentions[index].role { roles.append(role) }
                // One word (a lone surname, say) is its own name: nothing to join.
                let name = table.name(spellings[words])
                entities.append(Entity(kind: .person, name: name, mentions: [index], gender: gender, roles: roles))
                let e = entities.count - 1
                entityWords.append(words)
                starts.append([position])
                byLastWord.append(e, to: last)
                byFirstWord.append(e, to: Int(classes[words.lowerBound]))
                mentions[index].entity = e
            }
        }
        // Places and organisations by kind, then canonical name; room for every key up front:
        // no table grows while entities are added (and a kind without mentions allocates none).
        var byCanonical: [String: Int] = [:], placesByCanonical: [String: Int] = [:]
        let others = mentions.count - places - people
        if places > 0 { placesByCanonical.reserveCapacity(places) }
        if others > 0 { byCanonical.reserveCapacity(others) }
        for index in mentions.indices where mentions[index].kind != .person {
            let kind = mentions[index].kind, key = mentions[index].canonical
            // One hash finds the entity or records the one made here.
            let e = kind == .place
                ? Self.findOrInsert(&placesByCanonical[key, default: -1], new: entities.count)
                : Self.findOrInsert(&byCanonical[key, default: -1], new: entities.count)
            if e < entities.count {
                entities[e].mentions.append(index)
            } else {
                entities.append(Entity(kind: kind, name: key, mentions: [index], gender: .unknown, roles: []))
            }
            mentions[index].entity = e
        }
        // Each entity's first mention and index as one number, for the report order below.
        var order: [Int] = []
        order.reserveCapacity(entities.count)
        for e in entities.indices {
            if entities[e].kind != .person {
                // Filed in text order already.
                entities[e].canonical = entities[e].name
                entities[e].name = surfaceName(of: entities[e].mentions, named: entities[e].name, mentions)
            } else {
                // Joined longest name first: sorted unless already in order.
                if !Self.isAscending(entities[e].mentions) { entities[e].mentions.sort() }
                let name = entities[e].name
                for m in entities[e].mentions { mentions[m].canonical = name }
            }
            order.append(entities[e].mentions[0] << 32 | e)
        }
        // Report entities in order of first mention (no two share one), moved, not copied.
        order.sort()
        var remap = [Int].filled(with: 0, count: entities.count)
        for (newIndex, key) in order.enumerated() { remap[key & 0xFFFF_FFFF] = newIndex }
        for m in mentions.indices where mentions[m].entity >= 0 { mentions[m].entity = remap[mentions[m].entity] }
        entities.move(to: &remap)
        return entities
    }

    /// A person mention's place in the order names are clustered, as one number: names of more
    /// words sort first, then earlier mentions; the mention's index is the low 32 bits.
    static func orderKey(words: Int, index: Int) -> Int {
        (Int(Int32.max) - words) << 32 | index
    }

    /// Whether `values` are in ascending order.
    static func isAscending(_ values: [Int]) -> Bool {
        for k in values.indices.dropFirst() where values[k] < values[k - 1] { return false }
        return true
    }

    /// Whether a person mention's name `words` can belong to the entity whose name is `full`:
    /// the same name; one word that is the entity's last or first name; or the same surname with
    /// compatible given names ("J. Mattis" joins "James Mattis", "Jim Mattis" does not).
    ///
    /// `words` and `full` are ranges of `spellings` (spelling ids of `table`), `classes` their
    /// classes: equal classes are equal words.
    static func canJoin(_ words: Range<Int>, _ full: Range<Int>, classes: [Int32], spellings: [Int32], _ table: NameWordTable) -> Bool {
        let first = classes[words.lowerBound], fullFirst = classes[full.lowerBound], fullLast = classes[full.upperBound - 1]
        if words.count == 1 { return fullLast == first || (fullFirst == first && full.count > 1) }
        guard fullLast == classes[words.upperBound - 1] else { return false }
        if first == fullFirst { return true }
        let a = Int(spellings[words.lowerBound]), b = Int(spellings[full.lowerBound])
        guard table.isShort[a] || table.isShort[b] else { return false }
        let aText = table.string(Int32(a)), bText = table.string(Int32(b))
        return (table.isShort[a] && bText.hasPrefix(String(aText.prefix(1)))) || (table.isShort[b] && aText.hasPrefix(String(bText.prefix(1))))
    }

    /// The value of a table entry, set to `new` first if it is the placeholder -1 (so that a
    /// look-up that misses and the insertion after it cost one hash: pass `&table[key, default: -1]`).
    static func findOrInsert(_ value: inout Int, new: Int) -> Int {
        if value < 0 { value = new }
        return value
    }

    /// Whether an ASCII word is written in capitals as a headline writes a name ("KOVACS"): two
    /// or more bytes, a letter, no lowercase letter, and not a regnal number ("VIII").
    static func isHeadlineCapitals(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2 else { return false }
        var letter = false, roman = true
        for b in word {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letter = true }
            switch b {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: break // I V X L C D M
            default: roman = false
            }
        }
        return letter && !roman
    }

    /// A place's or organisation's reported name: the form the article uses most ("Britain",
    /// "the U.S."), preferring mixed case over headline capitals; the lexicon's canonical name
    /// ("UK", "US") stays in `Entity.canonical`.
    ///
    /// `indices` are the entity's mentions in `mentions`, `entityName` its name so far.
    func surfaceName(of indices: [Int], named entityName: String, _ mentions: [Mention]) -> String {
        // Every mention named alike (most places and organisations, one mention or several): that
        // name, as the count below finds, with no tables built.
        guard let firstIndex = indices.first else { return entityName }
        let firstName = Self.withoutPossessive(mentions[firstIndex].name)
        if indices.dropFirst().allSatisfy({ Self.withoutPossessive(mentions[$0].name) == firstName }) {
            return Self.isMixedCaseOrShort(firstName) ? firstName : Self.titleCasedWords(firstName)
        }
        // The distinct names in order of first use, and how often each is used.
        var order: [String] = []
        var counts: [Int] = []
        for m in indices {
            let name = Self.withoutPossessive(mentions[m].name)
            if let k = order.firstIndex(of: name) { counts[k] += 1 } else { order.append(name); counts.append(1) }
        }
        // The most used name in mixed case, the first used among equals.
        var best = -1
        for k in order.indices where Self.isMixedCaseOrShort(order[k]) && (best < 0 || counts[k] > counts[best]) { best = k }
        if best >= 0 { return order[best] }
        // Only headline capitals ("NEW YORK"): write it in title case.
        if let first = order.first { return Self.titleCasedWords(first) }
        return entityName
    }

    /// `name` with each space-separated word's first character kept and the rest lowercased
    /// ("NEW YORK" as "New York").
    static func titleCasedWords(_ name: String) -> String {
        if let ascii = asciiTitleCasedWords(name) { return ascii }
        return name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// `titleCasedWords(name)` for an ASCII name, read on its bytes: the words between runs of
    /// spaces, each with its first byte kept and its capitals after it lowered, joined by one
    /// space; nil for a name with other bytes. (An ASCII character's first byte is the one it
    /// keeps: a carriage return before a line feed is kept, and lowering leaves the feed.)
    static func asciiTitleCasedWords(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            for b in bytes where b >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0, wordStart = true
                for b in bytes {
                    if b == 0x20 { wordStart = true; continue }
                    if wordStart {
                        if n > 0 { out[n] = 0x20; n += 1 }
                        out[n] = b
                        wordStart = false
                    } else {
                        out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    }
                    n += 1
                }
                return n
            }
        }
    }

    /// `name` without a trailing `’s` or `'s`.
    static func withoutPossessive(_ name: String) -> String {
        // Such an ending ends in the bytes of "'s" or "’s" (0xE2 0x80 0x99 0x73): a name that
        // does not (most names, "Jones" too) has none, and needs no character comparison.
        let utf8 = name.utf8
        guard utf8.count >= 2, utf8.last == 0x73 else { return name }
        let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        guard before == 0x27 || before == 0x99 else { return name }
        return name.hasSuffix("’s") || name.hasSuffix("'s") ? String(name.dropLast(2)) : name
    }

    /// Whether a place's or organisation's name is written with a lowercase letter or has at
    /// most four characters (so is no headline capitals to title-case).
    static func isMixedCaseOrShort(_ name: String) -> Bool {
        var name = name
        // ASCII without carriage returns: one byte per character, one pass over the bytes.
        let ascii: Bool? = name.withUTF8 { bytes in
            var lowercase = false
            for b in bytes {
                if b >= 0x80 || b == 0x0D { return nil }
                if b >= 0x61 && b <= 0x7A { lowercase = true }
            }
            return bytes.count <= 4 || lowercase
        }
        if let ascii { return ascii }
        return name.contains(where: \.isLowercase) || name.count <= 4
    }

    /// The largest of the ascending `starts` below `position`, or -1.
    static func lastStart(before position: Int, in starts: [Int]) -> Int {
        let i = starts.partitionPoint { $0 < position }
        return i > 0 ? starts[i - 1] : -1
    }

    /// Inserts `start` into the ascending `starts`, keeping them ascending.
    static func insert(_ start: Int, into starts: inout [Int]) {
        if let last = starts.last, last <= start { starts.append(start); return }
        starts.insert(start, at: starts.partitionPoint { $0 < start })
    }
}
