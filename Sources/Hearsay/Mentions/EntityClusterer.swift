import Foundation

/// Groups a document's mentions into entities: people by name compatibility ("Mr Mattis" joins
/// "Jim Mattis"; "Mrs Clinton" joins Hillary, not Bill), places and organisations by canonical name.
struct EntityClusterer {
    let lexicons: Lexicons

    /// Builds the entities and sets each mention's `entity` and (for people) `canonical`.
    func cluster(_ mentions: inout [Mention]) -> [Entity] {
        var entities: [Entity] = []
        var byCanonical: [String: Int] = [:], placesByCanonical: [String: Int] = [:]
        // People: longest names first so that short forms find their full form wherever it appears.
        var mentionWords = [[String]](repeating: [], count: mentions.count)
        var personOrder: [(words: Int, index: Int)] = []
        for index in mentions.indices where mentions[index].kind == .person {
            mentionWords[index] = nameWords(mentions[index].name)
            personOrder.append((mentionWords[index].count, index))
        }
        // Room for every key up front: no table grows while entities are added.
        byCanonical.reserveCapacity(mentions.count - personOrder.count)
        placesByCanonical.reserveCapacity(mentions.count - personOrder.count)
        personOrder.sort { $0.words > $1.words || ($0.words == $1.words && $0.index < $1.index) }
        // The words of each person entity's name, by entity (the name does not change while
        // people are clustered; split at spaces, it gives back the words it was joined from).
        var entityWords: [[String]] = []
        // Person entities by the last and by the first word of their name, so that a mention
        // looks only at the entities it can join, not at every person of the article. Each word
        // is hashed once per mention: it names a slot, and the slot holds both lists.
        var slotOfWord: [String: Int] = [:]
        var byLastWord: [[Int]] = [], byFirstWord: [[Int]] = []
        slotOfWord.reserveCapacity(personOrder.count)
        // Room up front for one slot per person mention (rarely exceeded: most mentions repeat a word).
        byLastWord.reserveCapacity(personOrder.count)
        byFirstWord.reserveCapacity(personOrder.count)
        // The starts of each entity's mentions, ascending, for "mentioned most recently".
        var starts: [[Int]] = []
        for (_, index) in personOrder {
            let words = mentionWords[index]
            guard !words.isEmpty else { continue }
            let gender = mentions[index].gender
            // Every entity the test below can accept shares the mention's last word, or (for a
            // one-word mention) has it as its first word; in creation order, as a scan would find them.
            let lastSlot = Self.findOrInsert(&slotOfWord[words.last!, default: -1], new: byLastWord.count)
            if lastSlot == byLastWord.count { byLastWord.append([]); byFirstWord.append([]) }
            var possible = byLastWord[lastSlot]
            if words.count == 1, !byFirstWord[lastSlot].isEmpty { possible = Self.mergedAscending(possible, byFirstWord[lastSlot]) }
            // The first entity that can take the mention; all of them (no array made) only when
            // there are several.
            var chosen = -1
            var candidates: [Int] = []
            for e in possible where gender.agrees(with: entities[e].gender) && Self.canJoin(words, entityWords[e]) {
                if chosen < 0 { chosen = e; continue }
                if candidates.isEmpty { candidates.append(chosen) }
                candidates.append(e)
            }
            if candidates.count > 1 {
                // Several people share the surname: prefer the one mentioned most recently before this mention.
                let position = mentions[index].span.start
                var ranked = candidates.map { (entity: $0, last: Self.lastStart(before: position, in: starts[$0])) }
                ranked.sort { $0.last > $1.last }
                chosen = ranked[0].entity
            }
            if chosen >= 0 {
                let e = chosen
                entities[e].mentions.append(index)
                Self.insert(mentions[index].span.start, into: &starts[e])
                if entities[e].gender == .unknown { entities[e].gender = gender }
                if let role = mentions[index].role, !entities[e].roles.contains(role) { entities[e].roles.append(role) }
                mentions[index].entity = e
            } else {
                var roles: [String] = []
                if let role = mentions[index].role { roles.append(role) }
                // One word (a lone surname, say) is its own name: nothing to join.
                let name = words.count == 1 ? words[0] : words.joined(separator: " ")
                entities.append(Entity(kind: .person, name: name, mentions: [index], gender: gender, roles: roles))
                let e = entities.count - 1
                starts.append([mentions[index].span.start])
                entityWords.append(words)
                byLastWord[lastSlot].append(e)
                var firstSlot = lastSlot
                if words.count > 1 {
                    firstSlot = Self.findOrInsert(&slotOfWord[words[0], default: -1], new: byLastWord.count)
                    if firstSlot == byLastWord.count { byLastWord.append([]); byFirstWord.append([]) }
                }
                byFirstWord[firstSlot].append(e)
                mentions[index].entity = entities.count - 1
            }
        }
        for index in mentions.indices where mentions[index].kind != .person {
            // Places and organisations by kind, then canonical name.
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
        for e in entities.indices {
            entities[e].mentions.sort()
            if entities[e].kind != .person {
                entities[e].canonical = entities[e].name
                entities[e].name = surfaceName(of: entities[e].mentions, named: entities[e].name, mentions)
            }
            if entities[e].kind == .person {
                let name = entities[e].name
                for m in entities[e].mentions { mentions[m].canonical = name }
            }
        }
        // Report entities in order of first mention.
        let order = entities.indices.sorted { entities[$0].mentions.first! < entities[$1].mentions.first! }
        var remap = [Int](repeating: 0, count: entities.count)
        for (newIndex, old) in order.enumerated() { remap[old] = newIndex }
        for m in mentions.indices where mentions[m].entity >= 0 { mentions[m].entity = remap[mentions[m].entity] }
        return order.map { entities[$0] }
    }

    /// Whether a person mention's name `words` can belong to the entity whose name is `full`:
    /// the same name; one word that is the entity's last or first name; or the same surname with
    /// compatible given names ("J. Mattis" joins "James Mattis", "Jim Mattis" does not).
    static func canJoin(_ words: [String], _ full: [String]) -> Bool {
        if words == full { return true }
        if words.count == 1 { return full.last == words[0] || (full.first == words[0] && full.count > 1) }
        guard full.last == words.last else { return false }
        let a = words.first!, b = full.first!
        return a == b || (a.count <= 2 && b.hasPrefix(String(a.prefix(1)))) || (b.count <= 2 && a.hasPrefix(String(b.prefix(1))))
    }

    /// The value of a table entry, set to `new` first if it is the placeholder -1 (so that a
    /// look-up that misses and the insertion after it cost one hash: pass `&table[key, default: -1]`).
    static func findOrInsert(_ value: inout Int, new: Int) -> Int {
        if value < 0 { value = new }
        return value
    }

    /// The union of two ascending lists of distinct numbers, ascending and without repeats
    /// (what `Array(Set(a + b)).sorted()` gives).
    static func mergedAscending(_ a: [Int], _ b: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || i < a.count && a[i] < b[j] { out.append(a[i]); i += 1 }
            else if i == a.count || b[j] < a[i] { out.append(b[j]); j += 1 }
            else { out.append(a[i]); i += 1; j += 1 }
        }
        return out
    }

    /// Whether an ASCII word is written in capitals as a headline writes a name ("KOVACS"): two
    /// or more bytes, a letter, no lowercase letter, and not a regnal number ("VIII").
    static func isHeadlineCapitals(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2 else { return false }
        var letter = false, roman = true
        for b in word {
            if (0x61...0x7A).contains(b) { return false }
            if (0x41...0x5A).contains(b) { letter = true }
            if !"IVXLCDM".utf8.contains(b) { roman = false }
        }
        return letter && !roman
    }

    /// The words of a mention's name without possessive endings, headline capitals written as
    /// the text writes names.
    func nameWords(_ mentionName: String) -> [String] {
        var name = mentionName
        // All ASCII (most names): split the bytes at spaces and line feeds (one after a carriage
        // return belongs to it, as in the Character split below) and drop a trailing 's.
        let ascii: [String]? = name.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return nil }
            var words: [String] = []
            // Most names have at most four words: one allocation.
            words.reserveCapacity(4)
            var start = 0
            for k in 0...bytes.count {
                let separator = k < bytes.count && (bytes[k] == 0x20 || (bytes[k] == 0x0A && (k == 0 || bytes[k - 1] != 0x0D)))
                guard k == bytes.count || separator else { continue }
                var end = k
                if end - start >= 2, bytes[end - 2] == 0x27, bytes[end - 1] == 0x73 { end -= 2 }
                if end > start {
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    words.append(Self.isHeadlineCapitals(word)
                        ? String(decoding: word.prefix(1), as: UTF8.self) + String(decoding: word.dropFirst().map { $0 | 0x20 * ((0x41...0x5A).contains($0) ? 1 : 0) }, as: UTF8.self)
                        : String(decoding: word, as: UTF8.self))
                }
                start = k + 1
            }
            return words
        }
        if let ascii { return ascii }
        return mentionName.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{00A0}" }).map { word in
            var w = String(word)
            if w.hasSuffix("’s") || w.hasSuffix("'s") { w = String(w.dropLast(2)) }
            // A headline's "KOVACS" is the text's "Kovacs".
            // A regnal number ("VIII") keeps its capitals.
            if w.count >= 2, w.allSatisfy({ !$0.isLetter || $0.isUppercase }), w.contains(where: \.isLetter),
               !w.allSatisfy({ "IVXLCDM".contains($0) }) {
                w = w.prefix(1) + w.dropFirst().lowercased()
            }
            return w
        }.filter { !$0.isEmpty }
    }

    /// A place's or organisation's reported name: the form the article uses most ("Britain",
    /// "the U.S."), preferring mixed case over headline capitals; the lexicon's canonical name
    /// ("UK", "US") stays in `Entity.canonical`.
    ///
    /// `indices` are the entity's mentions in `mentions`, `entityName` its name so far.
    func surfaceName(of indices: [Int], named entityName: String, _ mentions: [Mention]) -> String {
        // One mention in mixed case (most places and organisations): its name, as the count below finds.
        if indices.count == 1 {
            let name = Self.withoutPossessive(mentions[indices[0]].name)
            if Self.isMixedCaseOrShort(name) { return name }
        }
        // The distinct names in order of first use, and how often each is used.
        var order: [String] = []
        var counts: [Int] = []
        for m in indices {
            let name = Self.withoutPossessive(mentions[m].name)
            if let k = order.firstIndex(of: name) { counts[k] += 1 } else { order.append(name); counts.append(1) }
        }
        let mixedCase = order.indices.filter { Self.isMixedCaseOrShort(order[$0]) }
        // Only headline capitals ("NEW YORK"): write it in title case.
        if mixedCase.isEmpty, let first = order.first {
            return first.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        // The most used, the first used among equals.
        var best = -1
        for k in mixedCase where best < 0 || counts[k] > counts[best] { best = k }
        return best >= 0 ? order[best] : entityName
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
