/// Names read as people that the story elsewhere shows to be organisations: "newspaper Granma",
/// "Deportivo chairman …", "40 percent of Ruch", "Cofinec , the first foreign company to list".
/// One such context anywhere in the story retypes every mention of the name.
extension EntityRecognizer {
    /// Nouns that, right before a name or as the head of its appositive, make it an organisation.
    static let organizationNouns: WordTable<Void> = [
        "agency", "airline", "bank", "broadcaster", "carrier", "chain", "club", "company", "conglomerate", "daily",
        "distributor", "firm", "group", "insurer", "magazine", "maker", "manufacturer", "newspaper", "operator",
        "paper", "publisher", "retailer", "side", "team", "weekly",
    ]
    /// Lowercase words right after a name that make it an organisation ("Deportivo chairman", "Granma newspaper").
    static let organizationFollowers: WordTable<Void> = [
        "agency", "chairman", "coach", "daily", "newspaper", "newspapers", "shareholders", "shares", "subsidiary", "weekly",
    ]
    /// Words after a possessive name that make it an organisation ("Ruch 's shares").
    static let organizationPossessions: WordTable<Void> = ["chairman", "output", "profit", "shares", "shareholders", "stake", "subsidiary"]

    /// Nouns of a share in a firm, two words before its name ("40 percent of Ruch").
    static let stakeNouns: WordTable<Void> = ["percent", "stake", "shares"]
    /// Articles that open an appositive (", the first foreign company").
    static let articles: WordTable<Void> = ["the", "a", "an"]
    /// Words that end an appositive's noun phrase before its head could be reached.
    static let appositiveStops: WordTable<Void> = ["of", "for", "at", "in", "to", "with", "and"]
    /// Words after an organisation noun that keep it the head of its phrase ("the team that …").
    static let headFollowers: WordTable<Void> = ["to", "that", "which", "based", "in", "of", "for", "with", "and"]

    /// Retypes as organisations the untitled people whose name has organisation evidence in the story.
    /// `firstTokens[m]` is the token mention `m` starts at (when given for every mention; else
    /// each is found by its span).
    func retypeOrganizationsByEvidence(_ mentions: inout [Mention], firstTokens: [Int] = [], _ t: TokenFeatures) {
        var evidenced: Set<String> = []
        let known = firstTokens.count == mentions.count
        // By index: a loop over the mentions themselves would copy each one.
        for m in mentions.indices where mentions[m].kind == .person && mentions[m].title == nil {
            let span = mentions[m].span
            guard let a = known ? firstTokens[m] : t.token(startingAt: span.start) else { continue }
            var b = a
            while b < t.count, t.spans[b].start < span.end { b += 1 }
            if hasOrganizationContext(a, b, possessive: mentions[m].isPossessive, t) { evidenced.insert(mentions[m].name) }
        }
        guard !evidenced.isEmpty else { return }
        let evidencedFirstWords = Set(evidenced.compactMap { $0.spaceSeparatedWords().first.map(String.init) })
        for m in mentions.indices where mentions[m].kind == .person && mentions[m].title == nil {
            let name = mentions[m].name
            let words = name.spaceSeparatedWords()
            let byFirstWord = words.count == 1 ? evidencedFirstWords.contains(name) : evidenced.contains(String(words[0]))
            if evidenced.contains(name) || byFirstWord {
                mentions[m].kind = .organization
                mentions[m].role = nil
            }
        }
    }

    /// Whether the name at tokens `a..<b` stands in an organisation's context.
    ///
    /// Each word list is asked once per word id (see `TokenLookups`), never with a string built here.
    func hasOrganizationContext(_ a: Int, _ b: Int, possessive: Bool, _ t: TokenFeatures) -> Bool {
        let s = t.sentence[a]
        /// Whether token `k` is a lowercase word of the name's sentence (the words the lists are asked about).
        /// (Inlined: called, it cost 13,126 calls and 0.29 M instructions on the 168 PolNeAR dev+test texts.)
        @inline(__always) func isLower(_ k: Int) -> Bool { k >= 0 && k < t.count && t.sentence[k] == s && !t.capitalized[k] }
        func lower(_ k: Int) -> String { isLower(k) ? t.lowercased[k] : "" }
        if isLower(a - 1) && isIn(Self.organizationNouns, .organizationNoun, t, a - 1) { return true }
        if isLower(a - 2) && isIn(Self.stakeNouns, .stakeNoun, t, a - 2), lower(a - 1) == "of" || lower(a - 1) == "in" { return true }
        if possessive { return isLower(b) && isIn(Self.organizationPossessions, .organizationPossession, t, b) }
        if b + 1 < t.count, isBarePossessive(t, b) {
            return isLower(b + 1) && isIn(Self.organizationPossessions, .organizationPossession, t, b + 1)
        }
        if isLower(b) && isIn(Self.organizationFollowers, .organizationFollower, t, b) { return true }
        // An appositive headed by an organisation noun: ", the first foreign company to list".
        if b + 1 < t.count, t.isText(b, ","), isLower(b + 1) && isArticle(t, b + 1) {
            var k = b + 2
            while k < t.count, k - b <= 5, t.sentence[k] == s, t.kinds[k] == .word, !t.capitalized[k],
                  !isIn(Self.appositiveStops, .appositiveStop, t, k) {
                // The noun heads the phrase: "a club member" or "the team 's captain" is a person.
                if isIn(Self.organizationNouns, .organizationNoun, t, k), k + 1 < t.count,
                   !(isBarePossessive(t, k + 1) || t.isText(k + 1, "'")),
                   t.kinds[k + 1] != .word || isIn(Self.headFollowers, .headFollower, t, k + 1) {
                    return true
                }
                k += 1
            }
        }
        return false
    }

    /// Whether token `k` is a possessive ending on its own, "'s" or "’s" (its bytes are the
    /// ending: neither text has another canonically equivalent spelling).
    @inline(__always)
    func isBarePossessive(_ t: TokenFeatures, _ k: Int) -> Bool {
        let ending = t.possessiveBytes(k)
        return ending > 0 && t.spans[k].end - t.spans[k].start == ending
    }
}
