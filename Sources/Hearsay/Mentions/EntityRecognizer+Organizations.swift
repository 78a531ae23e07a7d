/// Organisation names found by their form: a head word ("… Party", "… Inc", "Ministry of …"),
/// an acronym in running text, or a town's club in a sports story.
extension EntityRecognizer {
    /// Connectors that may sit inside a headed name ("Ministry of Defence", "Douglas & Lomason Co").
    static let headConnectors: WordTable<Void> = ["of", "for", "and", "&", "de", "du", "des", "la"]

    /// How many tokens from its start `headedName` reads for a head word (the recogniser's
    /// `HeadWordCursor` looks no further).
    static let headedNameReach = 16

    /// A name typed by its head word, starting at token `i`: an organisation, a place ("Ellis Park"),
    /// or a thing that is neither (`kind == nil`, reported as nothing).
    ///
    /// The run is capitalised words with connectors between them. Its last head word ends the
    /// name ("Kurdistan Democratic Party"); a head that opens the run takes the whole run
    /// ("Organisation for Security and Cooperation"). A lone head word is not a name.
    func headedName(at i: Int, _ t: TokenFeatures) -> (start: Int, end: Int, kind: Mention.Kind?)? {
        // Inside a stretch an earlier scan read without a head word: none here either.
        if t.lookups.headless.covers(i) { return nil }
        let sentence = t.sentence[i]
        var j = i
        var lastHead = -1, lastWord = i
        while j < t.count, t.sentence[j] == sentence, j - i < Self.headedNameReach {
            if t.kinds[j] == .word, t.capitalized[j] || t.allCaps[j] {
                // "Co-Premiers" is no company: a head word joined by a hyphen to the next is none.
                if mayHeadName(t, j) { lastHead = j }
                lastWord = j
                if t.possessiveBytes(j) > 0 { j += 1; break }
                j += 1
                continue
            }
            if t.isText(j, "."), !t.spaceBefore[j], j > i, t.characterCount(j - 1) <= 3 { j += 1; continue }
            if isHeadConnector(t, j) || t.isText(j, "-") && !t.spaceBefore[j],
               j + 1 < t.count, t.sentence[j + 1] == sentence, t.capitalized[j + 1] || t.allCaps[j + 1] { j += 1; continue }
            break
        }
        // Most runs hold no head word: that settles it before the tests of the opening word.
        guard lastHead >= 0 else {
            if j - i < Self.headedNameReach { t.lookups.headless.remember(from: i, until: j) }
            return nil
        }
        // (The scan has no effects: it may come first.) A common word may open the name only as
        // part of a place: "New York Stock Exchange" (the two-word phrase looked up only for a
        // common word; a spaced two-word place starts with a word that starts a multi-word name,
        // remembered per word, so most common words are ruled out without the lookup).
        let common = isCommon(t, i) && !isNameHead(t, i)
        if common && !(i + 1 < t.count && t.sentence[i + 1] == t.sentence[i] && (!t.spaceBefore[i + 1] || canStartPhrase(t, i))
                        && lexicons.place(utf8: t.phraseUTF8(i, i + 2)) != nil)
            || isTitle(t, i) { return nil }
        var start = i
        // A leading demonym is its own word ("Russian Foreign Ministry").
        if isDemonym(t, i) && lastHead > i { start = i + 1 }
        // "Shares of Acme Widgets Inc": a sentence opener joined by a connector is not part of the name.
        if lastHead > start, t.isSentenceInitial(start), !isNameHead(t, start),
           let link = (start + 1..<lastHead).first(where: { isHeadConnector(t, $0) }) {
            start = link + 1
        }
        // "John Casesa of Schroder Wertheim & Co": a first-named person before "of" is no part of the firm.
        if lastHead > start, isFirstName(t, start),
           let link = (start + 1..<lastHead).first(where: { t.lowercased[$0] == "of" }),
           !(start..<link).contains(where: { isNameHeadStripped(t, $0) }) {
            return nil
        }
        var end = lastHead + 1
        if lastHead == start {
            // "Ministry of Defence": a head first takes the whole run; alone it names nothing.
            guard lastWord > lastHead else { return nil }
            end = lastWord + 1
        } else if lastWord > lastHead, t.lowercased[lastHead + 1] == "of" {
            // "National Bank of Poland", "Chicago Board of Trade": "of" after the head keeps the name going.
            end = lastWord + 1
        }
        if end < t.count, t.isText(end, "."), !t.spaceBefore[end], t.characterCount(end - 1) <= 3 { end += 1 }
        // What the head word makes the name, remembered per word id (`nameHeads`: org, loc or misc).
        let kind: Mention.Kind? = isOrganizationHeadStripped(t, lastHead) ? .organization : isPlaceHeadStripped(t, lastHead) ? .place : nil
        // "United States", "United Arab Emirates": the gazetteer knows the whole name.
        // (One word is asked per word id; a longer phrase only when a place may start with it.)
        if end - start == 1 { if isPlace(t, start) { return nil } }
        else if case let phrase = t.phraseUTF8(start, end), mayBePlaceName(phrase, from: start, t), lexicons.place(utf8: phrase) != nil { return nil }
        // A venue or street takes its words from the gazetteer only when it has more than one.
        if kind == .place && end - start < 2 { return nil }
        return (start, end, kind)
    }

    /// Whether token `k` is a word `headedName` takes as its head: capitalised or in capitals,
    /// a name head without its possessive ending, and not joined by a hyphen to the next token.
    @inline(__always)
    func mayHeadName(_ t: TokenFeatures, _ k: Int) -> Bool {
        guard t.kinds[k] == .word, t.capitalized[k] || t.allCaps[k], isNameHeadStripped(t, k) else { return false }
        return !(k + 1 < t.count && t.isText(k + 1, "-") && !t.spaceBefore[k + 1])
    }

    /// An all-capitals word of 2–6 letters in running text that is no place, title or common word.
    func isAcronymOrganization(_ i: Int, _ t: TokenFeatures, _ layout: DocumentLayout) -> Bool {
        let s = t.sentence[i]
        guard t.allCaps[i], !layout.isHeadline[s], !layout.isTableRow[s], !layout.isDateline[s] else { return false }
        let text = t.texts[i]
        guard (2...6).contains(t.characterCount(i)), Self.isUppercaseOrAmpersand(text) else { return false }
        // Only in running text: a line mostly in capitals ("COMELF H1 PROFIT RISE", "PAYING AGENT :") is a heading.
        var lower = 0, caps = 0
        for k in layout.sentenceStart[s]..<layout.sentenceStart[s + 1] where t.kinds[k] == .word {
            if t.allCaps[k] { caps += 1 } else if !t.capitalized[k] { lower += 1 }
        }
        guard lower >= 2, lower > caps else { return false }
        // (The lexicons' answers are the word's, remembered per word id.)
        return !isPlace(t, i) && !isTitle(t, i) && !isCommon(t, i) && !isDemonym(t, i) && !Self.romanNumerals.contains(text)
    }

    /// Whether every scalar of `word` is uppercase or "&": an ASCII word is read on its bytes
    /// (only "A" to "Z" are uppercase in ASCII), as the scalars' Unicode properties cost over a
    /// thousand instructions a word in callgrind.
    static func isUppercaseOrAmpersand(_ word: String) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes where byte >= 0x80 { return nil }
            return bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 == 0x26 }
        } ?? nil
        if let ascii { return ascii }
        return word.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "&" }
    }

    static let romanNumerals: WordTable<Void> = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX"]

    /// Whether token `k` is one of `romanNumerals`: only a word starting with "I", "V" or "X"
    /// is looked up.
    func isRomanNumeral(_ t: TokenFeatures, _ k: Int) -> Bool {
        let first = t.firstByte(k)
        return (first == 0x49 || first == 0x56 || first == 0x58) && Self.romanNumerals.contains(t.texts[k])
    }

    /// Whether a place name at `i..<end` of a sports story stands for its club: a town or region
    /// (not a country) outside a locative phrase, or any town in a results row.
    func isClub(_ entry: PlaceEntry, _ i: Int, _ end: Int, _ t: TokenFeatures, _ layout: DocumentLayout) -> Bool {
        // Countries and home nations (England, Scotland) field national teams: CoNLL and news keep them places.
        guard layout.isSports, entry.kind == "city" || entry.kind == "state" else { return false }
        let s = t.sentence[i]
        if layout.isDateline[s] { return false }
        let previous = i > 0 && t.sentence[i - 1] == s ? t.lowercased[i - 1] : ""
        if ["in", "at", "near", "outside", "around", "across", "throughout"].contains(previous) { return false }
        // "Lockerbie , Scotland": a place placed in a region is a place.
        if end + 1 < t.count, t.isText(end, ","), t.sentence[end + 1] == s, isPlace(t, end + 1) { return false }
        // "Leicester : Leicestershire beat …", "( at Edgbaston , Birmingham )": a venue heading or a town after a comma.
        if end < t.count, t.isText(end, ":"), t.sentence[end] == s { return false }
        if i > 0, t.isText(i - 1, ","), t.sentence[i - 1] == s { return false }
        // "( Nottingham )" after a venue, "Brown ( Chicago )" of a player's home.
        if i > 0, t.isText(i - 1, "(") { return false }
        return true
    }
}
