/// Place names from the gazetteer with their ambiguity rules, and shared lexicon matching.
extension EntityRecognizer {
    /// The longest gazetteer match at `i` that survives the ambiguity rules.
    func place(at i: Int, _ t: TokenFeatures) -> (end: Int, entry: PlaceEntry)? {
        var k = min(t.count, i + (canStartPhrase(t, i) ? lexicons.maxPlaceWords * 2 : 1))
        while k > i {
            defer { k -= 1 }
            guard t.kinds[k - 1] == .word || t.texts[k - 1] == "." else { continue }
            guard (i..<k).allSatisfy({ t.sentence[$0] == t.sentence[i] }) else { continue }
            // Every word capitalised except connectors ("Bosnia and Herzegovina", "Isle of Man").
            guard (i..<k).allSatisfy({ t.capitalized[$0] || t.allCaps[$0] || t.kinds[$0] != .word || Self.placeConnectors.contains(t.lowercased[$0]) }),
                  t.capitalized[k - 1] || t.allCaps[k - 1] || t.texts[k - 1] == "." else { continue }
            var phrase = t.phrase(i, k)
            var stripped = strippedPossessive(phrase)
            var entry = lexicons.places[stripped]
            if entry == nil, k < t.count, t.texts[k] == ".", !t.spaceBefore[k] {
                phrase += "."
                stripped = phrase
                entry = lexicons.places[phrase]
            }
            if entry == nil, t.allCaps[i], k > i + 1 || t.texts[i].count > 3 {
                entry = lexicons.places[titleCasedPhrase(stripped)]
            }
            guard let entry else { continue }
            var end = k
            if phrase.hasSuffix("."), lexicons.places[t.phrase(i, k)] == nil, end < t.count, t.texts[end] == "." { end += 1 }
            if acceptsPlace(entry, name: stripped, at: i, end: end, t) { return (end, entry) }
        }
        return nil
    }

    /// Ambiguity rules: common words, small places that are also names, sentence openers.
    func acceptsPlace(_ entry: PlaceEntry, name: String, at i: Int, end: Int, _ t: TokenFeatures) -> Bool {
        let previous = i > 0 && t.sentence[i - 1] == t.sentence[i] ? t.lowercased[i - 1] : ""
        let locative = Self.locatives.contains(previous)
        let followedByRegion = end + 1 < t.count && t.texts[end] == "," && lexicons.places[t.texts[end + 1]].map {
            $0.kind == "country" || $0.kind == "state" } == true
        if lexicons.commonWords.contains(name) { return locative && entry.kind != "city" || followedByRegion }
        if entry.kind != "city" { return true }
        if entry.population >= 100_000 && !(lexicons.firstNames[name.lowercased()] != nil && entry.population < 1_000_000 && !locative) {
            return true
        }
        return locative || followedByRegion
    }

    /// Longest run of tokens from `i` whose phrase is a key of `table`.
    func longestMatch(_ t: TokenFeatures, _ i: Int, maxWords: Int, table: (String) -> String?) -> (Int, String)? {
        var k = min(t.count, i + (canStartPhrase(t, i) ? maxWords * 2 : 1))
        while k > i {
            if t.sentence[k - 1] == t.sentence[i] {
                let phrase = t.phrase(i, k)
                if let hit = table(phrase) ?? table(strippedPossessive(phrase)) {
                    var end = k
                    if end < t.count, t.texts[end] == ".", !t.spaceBefore[end], table(phrase + ".") != nil { end += 1 }
                    return (end, hit)
                }
                if k < t.count, t.texts[k] == ".", !t.spaceBefore[k], let hit = table(phrase + ".") { return (k + 1, hit) }
            }
            k -= 1
        }
        return nil
    }

    /// Whether a multi-word lexicon name can start at token `i` (otherwise only one word is tried).
    func canStartPhrase(_ t: TokenFeatures, _ i: Int) -> Bool {
        lexicons.multiWordStarts.contains(t.texts[i]) || lexicons.multiWordStarts.contains(strippedPossessive(t.texts[i]))
    }

    /// The span of tokens `a..<b` without a trailing possessive ending.
    func nameSpan(_ t: TokenFeatures, _ a: Int, _ b: Int) -> (Span, Bool) {
        var end = t.spans[b - 1].end
        let last = t.texts[b - 1]
        if last.hasSuffix("’s") || last.hasSuffix("'s") {
            end -= last.hasSuffix("’s") ? 4 : 2
            return (Span(t.spans[a].start, end), true)
        }
        // The period of "Acme Inc." or "Smith Corp." belongs to the name.
        if last == "." && b - 1 > a && t.texts[b - 2].count > 1 && lexicons.places[t.phrase(a, b)] == nil
            && lexicons.organizations[t.phrase(a, b)] == nil && lexicons.nameHeads[t.texts[b - 2] + "."] == nil {
            end = t.spans[b - 2].end
        }
        return (Span(t.spans[a].start, end), false)
    }

    func strippedPossessive(_ word: String) -> String {
        if word.hasSuffix("’s") { return String(word.dropLast(2)) }
        if word.hasSuffix("'s") { return String(word.dropLast(2)) }
        return word
    }

    func titleCased(_ word: String) -> String {
        guard let first = word.first else { return word }
        return String(first) + word.dropFirst().lowercased()
    }
}

extension EntityRecognizer {
    /// The places of a dateline from token `i` to the date: each comma-separated part
    /// ("FARMINGTON HILLS , Mich . 1996-08-30" gives two), known to the gazetteer or not.
    func datelinePlaces(from i: Int, _ t: TokenFeatures, _ layout: DocumentLayout) -> [(start: Int, end: Int, canonical: String)] {
        let s = t.sentence[i]
        let stop = layout.sentenceStart[s + 1]
        var out: [(start: Int, end: Int, canonical: String)] = []
        var a = i
        var k = i
        while k <= stop {
            let boundary = k == stop || t.texts[k] == "," || t.texts[k].unicodeScalars.first!.properties.numericType != nil
            if boundary {
                var b = k
                while b > a, t.kinds[b - 1] != .word { b -= 1 }
                if b > a, t.capitalized[a] || t.allCaps[a] {
                    let phrase = t.phrase(a, b)
                    let entry = lexicons.places[phrase] ?? lexicons.places[titleCasedPhrase(phrase)]
                    let canonical = entry?.canonical ?? titleCasedPhrase(phrase)
                    // "Mich ." keeps its period when the abbreviation is known with it.
                    var end = b
                    if b < stop, t.texts[b] == ".", lexicons.places[phrase + "."] != nil { end = b + 1 }
                    out.append((a, end, lexicons.places[phrase + "."]?.canonical ?? canonical))
                }
                if k == stop || t.texts[k] != "," { break }
                a = k + 1
            }
            k += 1
        }
        return out
    }

    /// "NEW YORK" as "New York": each word capitalised, the rest lowercased.
    func titleCasedPhrase(_ phrase: String) -> String {
        phrase.split(separator: " ", omittingEmptySubsequences: false).map { titleCased(String($0)) }.joined(separator: " ")
    }
}
