/// Resolves a speaker phrase to a canonical speaker: names to their entity, pronouns to the
/// nearest compatible person before them (subjects first, gender and number agreeing), role
/// descriptions ("the defence secretary") to the person the article introduced with that role.
struct SpeakerResolver {
    let context: AttributionContext

    /// The canonical name and entity index for `candidate`, or nil when a pronoun finds no antecedent.
    func resolve(_ candidate: SpeakerCandidate) -> (name: String, entity: Int?)? {
        switch candidate.kind {
        case let .inherited(source):
            // (Proposed only for an attributed quote.)
            return context.attributedSpeaker(of: source)
        case let .mention(m):
            // The mention's fields are read in place: a copy of the mention retained and
            // released its four strings (813 copies on the 168 PolNeAR dev+test texts, in callgrind).
            let mentions = context.mentions
            let e = mentions[m].entity >= 0 ? mentions[m].entity : nil
            if mentions[m].kind == .place { return (mentions[m].canonical, e) }
            return (e.map { context.entities[$0].name } ?? mentions[m].canonical, e)
        case let .pronoun(pronoun):
            if pronoun.isNeuter {
                // "it said": the organisation or publication last named before it.
                if let e = organizationBefore(candidate.span.start) { return (context.entities[e].name, e) }
                return (context.document.string(candidate.span), nil)
            }
            if pronoun.person != 3 || pronoun.plural {
                return (context.document.string(candidate.span), nil)
            }
            // An unresolved pronoun is still the speaker as the text names it.
            guard let e = antecedent(of: candidate.span.start, gender: pronoun.gender) else {
                return (context.document.string(candidate.span), nil)
            }
            return (context.entities[e].name, e)
        case .name:
            let text = context.document.string(candidate.span)
            let last = text.lastSpaceSeparatedWord.map(String.init) ?? text
            let matches = context.people(withLastName: last)
            if matches.count == 1 { return (context.entities[matches[0]].name, matches[0]) }
            return (text, nil)
        case .nominal:
            let text = context.document.string(candidate.span)
            if let e = roleHolder(text) { return (context.entities[e].name, e) }
            return (text, nil)
        }
    }

    /// The organisation mentioned last within the two sentences before `offset`.
    func organizationBefore(_ offset: Int) -> Int? {
        guard let s = context.sentenceIndex(at: offset) else { return nil }
        let floor = context.document.sentences[max(0, s - 2)].start
        let mentions = context.mentions
        // A mention ending by `offset` starts before it.
        return context.mentionIndices(startingIn: floor..<max(floor, offset))
            .last(where: { mentions[$0].kind == .organization && mentions[$0].span.end <= offset && mentions[$0].entity >= 0 })
            .map { mentions[$0].entity }
    }

    /// The person a `he`/`she` at `offset` most likely refers to.
    func antecedent(of offset: Int, gender: Gender) -> Int? {
        guard let s = context.sentenceIndex(at: offset) else { return nil }
        let mentions = context.mentions
        /// Whether mention `k` may be the antecedent. (Asked by index and read in place: a
        /// mention passed by value was copied, its four strings retained and released, 776
        /// times on the 168 PolNeAR dev+test texts.)
        func eligible(_ k: Int) -> Bool {
            guard mentions[k].kind == .person, mentions[k].entity >= 0, !mentions[k].isModifier else { return false }
            let tokenIndex = context.token(atOrAfter: mentions[k].span.start)
            if tokenIndex < context.insideQuote.count && context.insideQuote[tokenIndex] { return false }
            return gender.agrees(with: context.entities[mentions[k].entity].gender)
        }
        // Previous sentences, nearest first; within a sentence, the first eligible mention (its subject).
        var sentence = s - 1
        while sentence >= 0 && sentence >= s - 6 {
            let span = context.document.sentences[sentence]
            let inSentence = context.mentionIndices(startingIn: span.start..<span.end)
            if let m = inSentence.first(where: { eligible($0) && !mentions[$0].isPossessive }) ?? inSentence.first(where: { eligible($0) }) {
                return mentions[m].entity
            }
            sentence -= 1
        }
        // The same sentence before the pronoun.
        let span = context.document.sentences[s]
        if let m = context.mentionIndices(startingIn: span.start..<span.end).first(where: { mentions[$0].span.end <= offset && eligible($0) }) {
            return mentions[m].entity
        }
        return nil
    }

    /// Whether `phrase` may start with "the " once lowercased: false when its first four bytes are
    /// not t, h, e (either case) and a space.
    static func mayOpenWithThe(_ phrase: String) -> Bool {
        var bytes = phrase.utf8.makeIterator()
        guard let t = bytes.next(), let h = bytes.next(), let e = bytes.next(), let space = bytes.next() else { return false }
        return t | 0x20 == 0x74 && h | 0x20 == 0x68 && e | 0x20 == 0x65 && space == 0x20
    }

    /// The person introduced with the role in `phrase` ("the defence secretary" -> Jim Mattis).
    func roleHolder(_ phrase: String) -> Int? {
        // Most phrases ("a spokesman") do not open with "the": their bytes tell before any lowercasing
        // (only T, H and E lowercase to t, h and e).
        guard Self.mayOpenWithThe(phrase), let role = Self.role(in: phrase) else { return nil }
        let holders = context.people(withRole: role)
        return holders.count == 1 ? holders[0] : nil
    }

    /// Words a role phrase opens with that are not part of the role.
    static let roleOpeners = ["the", "a", "an", "us", "russian", "british", "american", "former"]
    /// `roleOpeners` as bytes, for `asciiRole`.
    static let roleOpenerBytes = roleOpeners.map { Array($0.utf8) }

    /// The role `phrase` names: its words in lowercase after the openers of `roleOpeners`, one
    /// space apart ("The  former Defence Secretary" -> "defence secretary"); nil unless the
    /// lowercase phrase opens with "the " or when no word is left.
    static func role(in phrase: String) -> String? {
        // An ASCII phrase (most) is read byte by byte: lowercasing it, splitting its words out
        // and joining them again as strings was three quarters of `roleHolder` (callgrind,
        // about 3,500 instructions a phrase).
        let ascii = phrase.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            for b in bytes where b >= 0x80 { return String??.none }
            return .some(asciiRole(bytes))
        }
        if let ascii, let role = ascii { return role }
        let lowercased = phrase.lowercased()
        // Only "the …" names a role holder: tested first, before the words are split out.
        guard lowercased.hasPrefix("the ") else { return nil }
        var words = lowercased.spaceSeparatedWords().map(String.init)
        while let first = words.first, roleOpeners.contains(first) { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        return words.joined(separator: " ")
    }

    /// `role(in:)` of an ASCII phrase's bytes, whose lowercase form is A–Z made a–z.
    static func asciiRole(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 4, NameKeySet.lowercaseByte(bytes[0]) == 0x74, NameKeySet.lowercaseByte(bytes[1]) == 0x68,
              NameKeySet.lowercaseByte(bytes[2]) == 0x65, bytes[3] == 0x20 else {
            return nil
        }
        var role: [UInt8] = []
        role.reserveCapacity(bytes.count)
        var opening = true
        var start = 0
        for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x20 {
            defer { start = k + 1 }
            guard k > start else { continue }
            if opening, roleOpenerBytes.contains(where: { o in o.count == k - start && o.indices.allSatisfy { o[$0] == NameKeySet.lowercaseByte(bytes[start + $0]) } }) {
                continue
            }
            opening = false
            if !role.isEmpty { role.append(0x20) }
            for b in bytes[start..<k] { role.append(NameKeySet.lowercaseByte(b)) }
        }
        return role.isEmpty ? nil : String(decoding: role, as: UTF8.self)
    }
}
