import Foundation

/// Groups a document's mentions into entities: people by name compatibility ("Mr Mattis" joins
/// "Jim Mattis"; "Mrs Clinton" joins Hillary, not Bill), places and organisations by canonical name.
struct EntityClusterer {
    let lexicons: Lexicons

    /// Builds the entities and sets each mention's `entity` and (for people) `canonical`.
    func cluster(_ mentions: inout [Mention]) -> [Entity] {
        var entities: [Entity] = []
        var byCanonical: [String: Int] = [:]
        // People: longest names first so that short forms find their full form wherever it appears.
        var mentionWords: [Int: [String]] = [:]
        for index in mentions.indices where mentions[index].kind == .person { mentionWords[index] = nameWords(mentions[index]) }
        let personOrder = mentionWords.keys.sorted {
            let a = mentionWords[$0]!.count, b = mentionWords[$1]!.count
            return a > b || (a == b && $0 < $1)
        }
        // The words of each person entity's name, split once (the name does not change while people are clustered).
        var entityWords: [Int: [String]] = [:]
        // Person entities by the last and by the first word of their name, so that a mention
        // looks only at the entities it can join, not at every person of the article.
        var byLastWord: [String: [Int]] = [:]
        var byFirstWord: [String: [Int]] = [:]
        // The starts of each person entity's mentions, ascending, for "mentioned most recently".
        var starts: [Int: [Int]] = [:]
        for index in personOrder {
            let words = mentionWords[index]!
            guard !words.isEmpty else { continue }
            let gender = mentions[index].gender
            // Every entity the test below can accept shares the mention's last word, or (for a
            // one-word mention) has it as its first word; in creation order, as a scan would find them.
            var possible = byLastWord[words.last!] ?? []
            if words.count == 1, let more = byFirstWord[words[0]] { possible = Array(Set(possible + more)).sorted() }
            var candidates = possible.filter { e in
                let full = entityWords[e]!
                guard gender.agrees(with: entities[e].gender) else { return false }
                if words == full { return true }
                if words.count == 1 { return full.last == words[0] || (full.first == words[0] && full.count > 1) }
                // Same surname and compatible given names ("J. Mattis", "James Mattis" vs "Jim Mattis" stay apart unless equal/initial).
                guard full.last == words.last else { return false }
                let a = words.first!, b = full.first!
                return a == b || (a.count <= 2 && b.hasPrefix(String(a.prefix(1)))) || (b.count <= 2 && a.hasPrefix(String(b.prefix(1))))
            }
            if candidates.count > 1 {
                // Several people share the surname: prefer the one mentioned most recently before this mention.
                let position = mentions[index].span.start
                let last = Dictionary(candidates.map { ($0, Self.lastStart(before: position, in: starts[$0] ?? [])) }, uniquingKeysWith: { a, _ in a })
                candidates.sort { last[$0]! > last[$1]! }
            }
            if let e = candidates.first {
                entities[e].mentions.append(index)
                Self.insert(mentions[index].span.start, into: &starts[e, default: []])
                if entities[e].gender == .unknown { entities[e].gender = gender }
                if let role = mentions[index].role, !entities[e].roles.contains(role) { entities[e].roles.append(role) }
                mentions[index].entity = e
            } else {
                var roles: [String] = []
                if let role = mentions[index].role { roles.append(role) }
                let name = words.joined(separator: " ")
                entities.append(Entity(kind: .person, name: name, mentions: [index], gender: gender, roles: roles))
                let e = entities.count - 1
                starts[e] = [mentions[index].span.start]
                let full = name.split(separator: " ").map(String.init)
                entityWords[e] = full
                if let last = full.last { byLastWord[last, default: []].append(e) }
                if let first = full.first { byFirstWord[first, default: []].append(e) }
                mentions[index].entity = entities.count - 1
            }
        }
        for index in mentions.indices where mentions[index].kind != .person {
            let key = mentions[index].kind.rawValue + "\u{0}" + mentions[index].canonical
            if let e = byCanonical[key] {
                entities[e].mentions.append(index)
            } else {
                entities.append(Entity(kind: mentions[index].kind, name: mentions[index].canonical, mentions: [index], gender: .unknown, roles: []))
                byCanonical[key] = entities.count - 1
            }
            mentions[index].entity = byCanonical[key]!
        }
        for e in entities.indices {
            entities[e].mentions.sort()
            if entities[e].kind != .person {
                entities[e].canonical = entities[e].name
                entities[e].name = surfaceName(entities[e], mentions)
            }
            if entities[e].kind == .person {
                for m in entities[e].mentions { mentions[m].canonical = entities[e].name }
            }
        }
        // Report entities in order of first mention.
        let order = entities.indices.sorted { entities[$0].mentions.first! < entities[$1].mentions.first! }
        var remap = [Int](repeating: 0, count: entities.count)
        for (newIndex, old) in order.enumerated() { remap[old] = newIndex }
        for m in mentions.indices where mentions[m].entity >= 0 { mentions[m].entity = remap[mentions[m].entity] }
        return order.map { entities[$0] }
    }

    /// The name's words without possessive endings or a trailing period.
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

    func nameWords(_ mention: Mention) -> [String] {
        var name = mention.name
        // All ASCII (most names): split the bytes at spaces and line feeds (one after a carriage
        // return belongs to it, as in the Character split below) and drop a trailing 's.
        let ascii: [String]? = name.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return nil }
            var words: [String] = []
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
        return mention.name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{00A0}" }).map { word in
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
    func surfaceName(_ entity: Entity, _ mentions: [Mention]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for m in entity.mentions {
            var name = mentions[m].name
            if name.hasSuffix("’s") || name.hasSuffix("'s") { name = String(name.dropLast(2)) }
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        let mixedCase = order.filter { $0.contains(where: \.isLowercase) || $0.count <= 4 }
        // Only headline capitals ("NEW YORK"): write it in title case.
        if mixedCase.isEmpty, let first = order.first {
            return first.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        return mixedCase.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) } ?? entity.name
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
