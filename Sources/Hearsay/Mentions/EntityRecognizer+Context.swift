/// Names no lexicon knows, typed by the words around them: players in result lists
/// ("Jan Kroslak ( Slovakia )"), cricket scorecards ("c Vaas b Chandana"), role nouns
/// ("goalkeeper Rustu Recber"), ages ("Duran , 45 ,"), places after "in"/"town of".
extension EntityRecognizer {
    static let placeNouns: WordTable<Void> = ["town", "towns", "village", "villages", "city", "cities", "province", "region",
                                          "district", "island", "port", "capital", "state", "county", "suburb", "area"]
    static let scorecardWords: WordTable<Void> = ["c", "b", "st", "lbw"]
    /// Words before a run that make it a place: "in Tavildara", "near Berlin".
    static let placePrepositions: WordTable<Void> = ["in", "at", "near"]
    /// "of", as a table a question per word id can ask.
    static let ofWords: WordTable<Void> = ["of"]

    /// An unknown capitalised run at `i` with the context that types it, and its end.
    func contextualName(at i: Int, _ t: TokenFeatures, _ layout: DocumentLayout) -> (Int, Mention.Kind)? {
        let s = t.sentence[i]
        if layout.isDateline[s] || isTitle(t, i) { return nil }
        let (end, words) = capitalizedRun(t, i)
        let characters = t.characterCount(i)
        // "A. Dale": an initial and a surname.
        if characters == 1, words == 2, t.isText(i + 1, "."), !t.spaceBefore[i + 1], end == i + 3,
           !isCommonStripped(t, i + 2), !isPlaceStripped(t, i + 2),
           !isNameHeadStripped(t, i + 2), !isOrganization(t, i + 2) {
            return (end, .person)
        }
        guard end > i, words >= 1, words <= 4, characters > 1, !isPronoun(t, i),
              words > 1 || !isSourceNoun(t, i) else { return nil }
        // Every word unknown: no common word, demonym, organisation or head word; the whole no place.
        for k in i..<end where t.kinds[k] == .word && (t.capitalized[k] || t.allCaps[k]) {
            if isKnownWordStripped(t, k) { return nil }
            // "Lebed Chechnya", "Dynamo Moscow": a known place inside is no unknown name
            // (what the entry says remembered per word id, asked only for a word the gazetteer has).
            if isPlaceStripped(t, k), isMajorPlaceStripped(t, k) || k == i && isTownPlaceStripped(t, k) { return nil }
        }
        // "St Louis" for the gazetteer's "St. Louis": a town, or its club in a sports story.
        if words >= 2, case let phrase = t.phraseUTF8(i, end), mayBePlaceName(phrase, from: i, t), isPlaceName(utf8: phrase) {
            let locative = i > 0 && t.sentence[i - 1] == s && isLocative(t, i - 1)
            return (end, layout.isSports && !locative ? .organization : .place)
        }
        let previous = i > 0 && t.sentence[i - 1] == s ? i - 1 : -1
        // Places: "in Tavildara", "town of Mahala", "Velten near Berlin", "Lockerbie , Scotland".
        // (The words before are asked about once per word id.)
        if previous >= 0, isIn(Self.placePrepositions, .placePreposition, t, previous), !t.capitalized[previous], words <= 3 { return (end, .place) }
        if previous > 0, isIn(Self.ofWords, .ofWord, t, previous), isIn(Self.placeNouns, .placeNoun, t, previous - 1) { return (end, .place) }
        if end + 1 < t.count, t.sentence[end + 1] == s, t.isText(end, ","),
           isCountryOrState(t, end + 1),
           !(end + 2 < t.count && t.sentence[end + 2] == s && t.capitalized[end + 2]) { return (end, .place) }
        // People: not an acronym ("the KDP charges") and not a name after "the".
        if words == 1 && t.allCaps[i] || followsArticle(i, t) || isQuotedTitle(i, end, t) { return nil }
        if isPersonContext(i, end, words: words, t, layout) { return (end, .person) }
        return nil
    }

    /// `strippedText(t, k).hasSuffix("s")`, read on the bytes: a final "s" after an ASCII byte
    /// (or alone) is the last character; a word whose last byte is no "s" does not end in one.
    func endsInS(_ t: TokenFeatures, _ k: Int) -> Bool {
        let word = strippedText(t, k)
        let ascii: Bool? = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard let last = bytes.last, last == 0x73 else { return false }
            return bytes.count == 1 || bytes[bytes.count - 2] < 0x80 ? true : nil
        } ?? nil
        if let ascii { return ascii }
        return word.hasSuffix("s")
    }

    /// Whether tokens from `k` are a country or state in brackets: "( Slovakia )", "( South Africa )", "( U.S. )".
    func isBracketedCountry(_ k: Int, _ t: TokenFeatures) -> Bool {
        guard k < t.count, t.isText(k, "(") else { return false }
        var close = k + 1
        while close < t.count, close - k <= 5, t.sentence[close] == t.sentence[k], !t.isText(close, ")") { close += 1 }
        guard close < t.count, close > k + 1, t.isText(close, ")") else { return false }
        guard let place = lexicons.place(t.phrase(k + 1, close)) else { return false }
        return place.kind == "country" || place.kind == "state"
    }

    /// Whether the tokens written together from `k` are a bowler's figures: overs-maidens-runs-wickets.
    func isBowlingFigures(_ k: Int, _ t: TokenFeatures) -> Bool {
        guard k < t.count, t.spaceBefore[k], t.kinds[k] == .number else { return false }
        var glued = t.texts[k]
        var j = k + 1
        while j < t.count, !t.spaceBefore[j], glued.count < 16 { glued += t.texts[j]; j += 1 }
        let parts = glued.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } }
    }

    /// Whether the context around the unknown run `i..<end` says it is a person's name.
    func isPersonContext(_ i: Int, _ end: Int, words: Int, _ t: TokenFeatures, _ layout: DocumentLayout) -> Bool {
        let s = t.sentence[i]
        func text(_ k: Int) -> String { k >= 0 && k < t.count && t.sentence[k] == s ? t.texts[k] : "" }
        // (The two tests below are inlined: as calls, 24,000 of them, they cost 0.6 M instructions
        // more in callgrind of the 168 PolNeAR texts.)
        /// `text(k) == String(c)`, without building or comparing strings.
        @inline(__always) func textIs(_ k: Int, _ c: Unicode.Scalar) -> Bool { k >= 0 && k < t.count && t.sentence[k] == s && t.isText(k, c) }
        /// `scorecardWords.contains(text(k))`, asked once per word id.
        @inline(__always) func isScorecardWord(_ k: Int) -> Bool {
            k >= 0 && k < t.count && t.sentence[k] == s && t.lookups.answer(.scorecardWord, t.ids[k]) { Self.scorecardWords.contains(t.texts[k]) }
        }
        // "Jan Kroslak ( Slovakia )", "Retief Goosen ( South Africa )".
        // (Each rule's first token is tested here and the rest of the rule asked only where it
        // fits, most rules in functions of their own: the whole function was read for every
        // name, 25 instruction-cache misses a call in callgrind of the 168 PolNeAR texts.)
        if end < t.count, t.isText(end, "("), isBracketedCountry(end, t) { return true }
        // A goal scorer and the minute: "Cosmin Contra ( 31st )".
        if layout.isSports, textIs(end, "("), text(end + 1).first?.isNumber == true, textIs(end + 2, ")") { return true }
        // "( Adler Capelli , Cristiano Citto )" after a country.
        if words >= 2, textIs(i - 1, "(") || textIs(i - 1, ","), isListedAfterCountry(i, t) { return true }
        // Scorecards: "c Vaas b Chandana", "Inzamam-ul-Haq c Thorpe", "Knight st Moin Khan".
        if isScorecardWord(i - 1) && (i < 2 || t.kinds[i - 2] == .word || textIs(i - 2, ")")) { return true }
        if isScorecardWord(end), text(end + 1).first?.isUppercase == true { return true }
        // (Strings compared only after a first byte that can start "run" or "not".)
        if end < t.count, t.firstByte(end) == 0x72 || t.firstByte(end) == 0x6E,
           (text(end) == "run" || text(end) == "not") && text(end + 1) == "out" { return true }
        // A shirt number in a line-up: "4 - Pascal Renier", "( 14 - Sabri Lamouchi".
        if textIs(i - 1, "-"), followsShirtNumber(i, t) { return true }
        // Bowling figures: "Vass 7-0-29-0".
        if end < t.count, t.spaceBefore[end], t.kinds[end] == .number, isBowlingFigures(end, t) { return true }
        // A role noun: "goalkeeper Rustu Recber", "midfielder Donato".
        if i > 0, t.sentence[i - 1] == s, !t.capitalized[i - 1], isPersonCue(t, i - 1) { return true }
        // An age: "Duran , 45 ,".
        if textIs(end, ","), isAgeBetweenCommas(end, t) { return true }
        // A reporting verb after the name.
        if followedByCue(t, end) { return true }
        // Two or more unknown capitalised words inside running text, not in capitals ("HAS INVESTIGATED HIM")
        // and not ending in a plural ("Presidential Debates") unless the census knows the surname ("Jones").
        // A sentence may open with such a name when a comma or the line's end follows it ("Hen Vipheak , former editor").
        if words >= 2 && words <= 3 && !layout.isTableRow[s] && (!t.isSentenceInitial(i) || textIs(end, ",") || text(end).isEmpty),
           !(i..<end).contains(where: { t.allCaps[$0] }) {
            // "Division B", "Group C": a lone letter ends no name here. (Without a possessive
            // ending the token's own character count and bytes are the word's.)
            let stripped = t.possessiveBytes(end - 1) == 0
            if (stripped ? t.characterCount(end - 1) : strippedText(t, end - 1).count) < 2 { return false }
            return !endsInS(t, end - 1) || isSurnameStripped(t, end - 1)
        }
        return false
    }

    /// Whether the name at token `i`, after "(" or "," (token `i - 1`), stands in a bracketed
    /// list after a country: "( Adler Capelli , Cristiano Citto )" after "Italy". Reads back
    /// to the list's "(" within forty tokens of its sentence.
    ///
    /// Not inlined, as the tests of `isPersonContext` after the first token of each: few names
    /// get this far.
    @inline(never)
    func isListedAfterCountry(_ i: Int, _ t: TokenFeatures) -> Bool {
        let s = t.sentence[i]
        var k = i - 1
        while k >= 0, t.sentence[k] == s, !t.isText(k, "("), !t.isText(k, ")"), i - k < 40 { k -= 1 }
        return k > 0 && t.isText(k, "(") && t.sentence[k - 1] == s && isCountry(t, k - 1)
    }

    /// Whether the name at token `i`, after "-" (token `i - 1`), follows a shirt number in a
    /// line-up: "4 - Pascal Renier", "( 14 - Sabri Lamouchi": one or two digits before the
    /// hyphen, at the start of the sentence or after ",", ";", "(", "-" or ":".
    @inline(never)
    func followsShirtNumber(_ i: Int, _ t: TokenFeatures) -> Bool {
        let s = t.sentence[i]
        func text(_ k: Int) -> String { k >= 0 && k < t.count && t.sentence[k] == s ? t.texts[k] : "" }
        return isBareInteger(text(i - 2)) && text(i - 2).count <= 2
            && (i < 3 || t.sentence[i - 3] != s || [",", ";", "(", "-", ":"].contains(text(i - 3)))
    }

    /// Whether a comma (token `k`), an age and a comma follow a name: "Duran , 45 ,", an age
    /// being a whole number from 14 to 110, all in the comma's sentence.
    @inline(never)
    func isAgeBetweenCommas(_ k: Int, _ t: TokenFeatures) -> Bool {
        let s = t.sentence[k]
        guard k + 2 < t.count, t.sentence[k + 1] == s, t.sentence[k + 2] == s, t.isText(k + 2, ","),
              let age = Int(t.texts[k + 1]) else { return false }
        return (14...110).contains(age)
    }
}
