import Foundation

/// Finds person, place and organisation names with lexicons and context rules, then clusters
/// the people of a document ("Jim Mattis", "Mr Mattis", "Mattis" are one person).
///
/// Order of decisions at each capitalised token: organisation lexicon (longest match), a person
/// name with a title or a known first name, the place gazetteer (longest match, with ambiguity
/// rules), then single capitalised words that only context can settle.
public struct EntityRecognizer: Sendable {
    let lexicons: Lexicons

    static let particles: Set<String> = ["de", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "da", "di", "du",
                                         "del", "della", "dos", "das", "ter", "ten", "al-", "el", "bint", "abu", "st", "mac"]
    static let locatives: Set<String> = ["in", "at", "near", "from", "outside", "to", "into", "across", "around", "toward",
                                         "towards", "via", "throughout", "inside", "visit", "visited", "visiting", "of"]
    static let placeConnectors: Set<String> = ["of", "and", "the", "de", "upon", "on", "du", "la", "del", "da"]

    public init(lexicons: Lexicons = .shared) { self.lexicons = lexicons }

    /// Mentions in text order and the entities they form.
    public func recognize(_ document: Document) -> (mentions: [Mention], entities: [Entity]) {
        let tokens = TokenFeatures(document)
        return recognize(document, tokens)
    }

    func recognize(_ document: Document, _ t: TokenFeatures) -> (mentions: [Mention], entities: [Entity]) {
        var mentions: [Mention] = []
        var pendingSingles: [(index: Int, possessive: Bool, modifier: Bool, evidence: Bool, role: String?)] = []
        var i = 0
        let n = t.count
        while i < n {
            guard t.kinds[i] == .word, t.capitalized[i] || t.allCaps[i] else { i += 1; continue }
            // 1. Organisations from the lexicon.
            if let (end, canonical) = longestMatch(t, i, maxWords: lexicons.maxOrganizationWords, table: { lexicons.organizations[$0] }),
               !(end - i == 1 && t.isSentenceInitial(i) && lexicons.commonWords.contains(t.texts[i])) {
                let (span, possessive) = nameSpan(t, i, end)
                mentions.append(Mention(kind: .organization, span: span, fullSpan: span, name: document.string(span),
                                        canonical: canonical, isPossessive: possessive, sentence: t.sentence[i]))
                i = end
                continue
            }
            // 2. A titled or first-named person.
            if let person = person(at: i, t, document) {
                mentions.append(person.mention)
                i = person.end
                continue
            }
            // 3. Places.
            if let (end, entry) = place(at: i, t) {
                let (span, possessive) = nameSpan(t, i, end)
                mentions.append(Mention(kind: .place, span: span, fullSpan: span, name: document.string(span),
                                        canonical: entry.canonical, isPossessive: possessive, sentence: t.sentence[i]))
                i = end
                continue
            }
            // 4. A lone capitalised word: a surname, or nothing.
            let word = strippedPossessive(t.texts[i])
            if lexicons.pronouns[t.lowercased[i]] == nil && !lexicons.commonWords.contains(word) && !lexicons.commonWords.contains(t.texts[i])
                && lexicons.demonyms[word] == nil && t.kinds[i] == .word && !t.allCaps[i] {
                let (end, _) = capitalizedRun(t, i)
                if end == i + 1 {
                    let modifier = isModifier(t, end)
                    let evidence = followedByCue(t, end) || role(before: i, t) != nil
                        || (i > 0 && lexicons.cueVerbs[t.lowercased[i - 1]] != nil && t.sentence[i - 1] == t.sentence[i] && !t.capitalized[i - 1] || i > 0 && t.lowercased[i - 1] == "said")
                    pendingSingles.append((i, t.texts[i] != word, modifier, evidence, role(before: i, t)))
                }
                i = end
                continue
            }
            i += 1
        }
        // Lone words that name a person already introduced, or that context marks as a person.
        var people = mentions.filter { $0.kind == .person }
        for single in pendingSingles {
            let word = strippedPossessive(t.texts[single.index])
            let known = people.contains { m in
                let parts = m.name.split(separator: " ")
                return parts.last.map { strippedPossessive(String($0)) } == word
            }
            guard known || single.evidence else { continue }
            let (span, possessive) = nameSpan(t, single.index, single.index + 1)
            let mention = Mention(kind: .person, span: span, fullSpan: span, name: word, role: single.role,
                                  canonical: word, isPossessive: possessive, isModifier: single.modifier,
                                  sentence: t.sentence[single.index])
            mentions.append(mention)
            people.append(mention)
        }
        mentions.sort { $0.span < $1.span }
        let entities = EntityClusterer(lexicons: lexicons).cluster(&mentions)
        return (mentions, entities)
    }

    // MARK: - People

    /// A person starting at token `i`: [Title] Name… with a title, honorific or known first name.
    func person(at i: Int, _ t: TokenFeatures, _ document: Document) -> (mention: Mention, end: Int)? {
        var start = i
        // Sentence-initial function word or a demonym ("Russian President Vladimir Putin").
        if lexicons.demonyms[t.texts[start]] != nil || (lexicons.commonWords.contains(t.texts[start]) && lexicons.titles[t.texts[start]] == nil) {
            guard start + 1 < t.count, t.capitalized[start + 1], t.sentence[start + 1] == t.sentence[i] else { return nil }
            if lexicons.demonyms[t.texts[start]] == nil && !t.isSentenceInitial(start) { return nil }
            start += 1
        }
        var title: String?
        var titleEnd = start
        // Longest title at `start` (titles may include a trailing period token: "Sen." "Gen.").
        var k = min(t.count, start + lexicons.maxTitleWords * 2 + 1)
        while k > start {
            let phrase = t.phrase(start, k)
            if let entry = lexicons.titles[phrase], entry.kind != "role", k < t.count, t.capitalized[k] || t.texts[k] == "." {
                title = phrase
                titleEnd = k
                break
            }
            k -= 1
        }
        if title != nil, titleEnd < t.count, t.texts[titleEnd] == ".", !t.spaceBefore[titleEnd] {
            title! += "."
            titleEnd += 1
        }
        guard titleEnd < t.count, t.capitalized[titleEnd] || t.allCaps[titleEnd] else { return nil }
        let (end, _) = capitalizedRun(t, titleEnd)
        guard end > titleEnd else { return nil }
        var nameEnd = end
        // A trailing organisation or place word set ends the name: "Mattis Pentagon" is rare; keep simple.
        let firstWord = strippedPossessive(t.texts[titleEnd]).lowercased()
        let firstName = lexicons.firstNames[firstWord] ?? lexicons.firstNames[firstWord.folding(options: .diacriticInsensitive, locale: nil)]
        let wordCount = (titleEnd..<nameEnd).filter { t.kinds[$0] == .word && t.texts[$0] != "." }.count
        if title == nil {
            // A known first name, or an unknown one before a known surname ("Rakeyia Scott").
            let lastKey = strippedPossessive(t.texts[nameEnd - 1]).lowercased()
            let knownSurname = wordCount >= 2 && wordCount <= 3 && lexicons.surnames.contains(lastKey)
                && !lexicons.commonWords.contains(t.texts[titleEnd]) && lexicons.places[t.texts[titleEnd]] == nil
                && lexicons.demonyms[t.texts[titleEnd]] == nil && !t.allCaps[titleEnd]
                && lexicons.organizations[t.texts[titleEnd]] == nil
            guard (firstName != nil || knownSurname), wordCount >= 2 else { return nil }
            // "Jordan Peterson" is a person, but "Georgia Tech" or "Washington Post" are not: last word must not be an org head.
            let lastWord = strippedPossessive(t.texts[nameEnd - 1])
            if lexicons.commonWords.contains(lastWord) || lexicons.places[t.phrase(titleEnd, nameEnd)] != nil
                || lexicons.organizations[t.phrase(titleEnd, nameEnd)] != nil { return nil }
        } else if let whole = lexicons.places[t.phrase(titleEnd, nameEnd)], whole.kind == "country" {
            return nil
        }
        // Drop a capitalised word that starts a new clause after the name ("… Trump Thursday").
        while nameEnd - 1 > titleEnd, lexicons.commonWords.contains(strippedPossessive(t.texts[nameEnd - 1])) { nameEnd -= 1 }
        let (span, possessive) = nameSpan(t, titleEnd, nameEnd)
        let fullSpan = Span(t.spans[start].start, span.end)
        var gender: Gender = title.flatMap { lexicons.titles[$0]?.gender } ?? .unknown
        if gender == .unknown, let firstName { gender = firstName }
        let role = role(before: start, t) ?? appositiveRole(after: nameEnd, t)
        if gender == .unknown, let role, let g = lexicons.roles[role]?.gender { gender = g }
        let name = document.string(span)
        return (Mention(kind: .person, span: span, fullSpan: fullSpan, name: name, title: title, role: role, gender: gender,
                        canonical: name, isPossessive: possessive, isModifier: isModifier(t, nameEnd), sentence: t.sentence[i]),
                nameEnd)
    }

    /// Longest run of name tokens looked at: no name is longer, and the bound keeps a sentence of
    /// thousands of capitalised words linear (each token starts a run).
    static let maxRunTokens = 16

    /// End of the run of name tokens starting at `i`: capitalised words, particles between them,
    /// hyphens and initials' periods written without spaces (at most `maxRunTokens` tokens).
    func capitalizedRun(_ t: TokenFeatures, _ i: Int) -> (end: Int, words: Int) {
        var j = i
        var words = 0
        let sentence = t.sentence[i]
        while j < t.count, j - i < Self.maxRunTokens, t.sentence[j] == sentence {
            if t.kinds[j] == .word && (t.capitalized[j] || t.allCaps[j]) {
                if j > i && lexicons.organizations[t.texts[j]] != nil && words >= 2 { break }
                words += 1
                // A possessive ends the name.
                if t.texts[j] != strippedPossessive(t.texts[j]) { j += 1; break }
                j += 1
                continue
            }
            if j > i, t.texts[j] == ".", !t.spaceBefore[j], t.texts[j - 1].count == 1 { j += 1; continue }
            if j > i, t.texts[j] == "-", !t.spaceBefore[j], j + 1 < t.count, !t.spaceBefore[j + 1], t.capitalized[j + 1] { j += 1; continue }
            if j > i, t.kinds[j] == .word, Self.particles.contains(t.lowercased[j]), !t.capitalized[j],
               j + 1 < t.count, t.capitalized[j + 1], t.sentence[j + 1] == sentence { j += 1; continue }
            break
        }
        return (j, words)
    }

    /// A lowercase role phrase ending just before token `i` ("defence secretary" Jim Mattis).
    func role(before i: Int, _ t: TokenFeatures) -> String? {
        var best: String?
        for length in 1...4 where i - length >= 0 {
            let a = i - length
            guard t.sentence[a] == t.sentence[i], (a..<i).allSatisfy({ t.kinds[$0] == .word }) else { break }
            let phrase = t.lowercased[a..<i].joined(separator: " ")
            if lexicons.roles[phrase] != nil, !t.capitalized[a] || a == 0 || t.isSentenceInitial(a) || lexicons.titles[t.texts[a]] == nil {
                best = phrase
            }
        }
        return best
    }

    /// ", the defence secretary," after a name.
    func appositiveRole(after i: Int, _ t: TokenFeatures) -> String? {
        guard i + 2 < t.count, t.texts[i] == ",", ["the", "a", "an"].contains(t.lowercased[i + 1]) else { return nil }
        var best: String?
        for length in 1...4 where i + 2 + length <= t.count {
            let phrase = t.lowercased[(i + 2)..<(i + 2 + length)].joined(separator: " ")
            if lexicons.roles[phrase] != nil { best = phrase }
        }
        return best
    }

    func isModifier(_ t: TokenFeatures, _ next: Int) -> Bool {
        guard next < t.count, t.kinds[next] == .word, !t.capitalized[next], t.sentence[next] == t.sentence[next - 1] else { return false }
        return lexicons.modifierHeads.contains(t.lowercased[next])
    }

    func followedByCue(_ t: TokenFeatures, _ next: Int) -> Bool {
        var j = next
        if j < t.count, ["has", "had", "have", "also", "later", "then", "once", "previously", "has", "would", "will"].contains(t.lowercased[j]) { j += 1 }
        return j < t.count && t.sentence[j] == t.sentence[next - 1] && lexicons.cueVerbs[t.lowercased[j]] != nil
    }

    // MARK: - Places and lexicon matching

    /// The longest gazetteer match at `i` that survives the ambiguity rules.
    func place(at i: Int, _ t: TokenFeatures) -> (end: Int, entry: PlaceEntry)? {
        var k = min(t.count, i + lexicons.maxPlaceWords * 2)
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
            if entry == nil, t.allCaps[i], k == i + 1, t.texts[i].count > 3 {
                entry = lexicons.places[titleCased(stripped)]
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
        var k = min(t.count, i + maxWords * 2)
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

    /// The span of tokens `a..<b` without a trailing possessive ending.
    func nameSpan(_ t: TokenFeatures, _ a: Int, _ b: Int) -> (Span, Bool) {
        var end = t.spans[b - 1].end
        let last = t.texts[b - 1]
        if last.hasSuffix("’s") || last.hasSuffix("'s") {
            end -= last.hasSuffix("’s") ? 4 : 2
            return (Span(t.spans[a].start, end), true)
        }
        if last == "." && b - 1 > a && t.texts[b - 2].count > 1 && lexicons.places[t.phrase(a, b)] == nil
            && lexicons.organizations[t.phrase(a, b)] == nil {
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
