/// Finds the phrase that names a speaker next to a cue verb: to its left (`X said`, `X, a
/// doctor, said`, `X, who …, said`) or to its right (`said X`, `said a spokesman`).
struct SpeakerPhrases {
    let context: AttributionContext

    static let skippable: Set<String> = [
        "also", "later", "then", "has", "had", "have", "was", "would", "will", "previously", "again", "repeatedly", "once",
        "recently", "further", "publicly", "privately", "reportedly", "separately", "earlier", "today", "yesterday", "tonight",
        "simply", "just", "only", "first", "last", "flatly", "angrily", "quietly", "bluntly", "frequently", "often",
        "has", "is", "did", "does", "do", "not", "never", "had", "himself", "herself", "might", "may", "could", "can",
        "once", "even", "still", "always", "repeatedly", "emphatically", "told", "recently", "subsequently", "finally",
        "however", "long", "too", "instead", "now",
    ]
    /// Indefinite pronouns that can speak for unnamed people ("another said", "others shouted").
    static let indefinites: Set<String> = ["another", "others", "one", "some", "many", "several", "both"]
    /// Pronouns that can be a cue's subject.
    static let subjectPronouns: Set<String> = ["he", "she", "they", "i", "we", "it"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let determiners: Set<String> = ["the", "a", "an", "one", "another", "two", "three", "some", "many", "several",
                                           "its", "his", "her", "their", "our", "other", "senior", "top", "most", "few"]
    /// Function words that show a capitalised run is a headline, not a name.
    static let headlineWords: Set<String> = ["has", "have", "had", "is", "was", "are", "were", "him", "her", "his", "the", "a", "an",
                                             "of", "to", "and", "for", "with", "on", "in", "it", "be", "will", "says", "said"]

    /// Words that open a role before a name ("former secretary of state X").
    static let titleModifiers: Set<String> = ["former", "then", "ex", "late", "acting", "outgoing", "incoming", "deputy", "senior",
                                              "chief", "interim", "longtime", "veteran", "retired"]
    static let prepositions: Set<String> = ["to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "into", "after",
                                            "before", "during", "over", "under", "that", "and", "or", "but"]
    static let relativeOpeners: Set<String> = ["who", "whose", "which", "a", "an", "the", "one", "himself", "herself", "now",
                                               "then", "also", "like", "as", "speaking", "in", "at", "on", "after", "before"]

    /// The speaker phrase that ends just before token `p`, within sentence tokens `range`.
    func left(of p: Int, in range: Range<Int>) -> SpeakerCandidate? {
        let t = context.t
        var j = p - 1
        while j >= range.lowerBound {
            if context.insideQuote[j] { return nil }
            let word = context.words(j)
            if word.contains(.skippable) || (word.contains(.lyAdverb) && !t.capitalized[j]) { j -= 1; continue }
            // "on Thursday", "in a statement"
            if t.capitalized[j], context.isCommonWord(j), j - 1 >= range.lowerBound, context.words(j - 1).contains(.onOrLast) { j -= 2; continue }
            // "Priebus later Thursday told": a bare weekday.
            if t.capitalized[j], word.contains(.weekday) { j -= 1; continue }
            break
        }
        guard j >= range.lowerBound else { return nil }
        // "Jane Hill, the chief of Ora Media -- the company that owns the show -- told me": skip the dashed aside.
        j = skippingDashedAside(endingAt: j, floor: range.lowerBound)
        // "Mike Lee, who declared …": the relative pronoun stands for the name before the comma.
        if context.words(j).contains(.whoOrWhich), j - 1 > range.lowerBound, t.isText(j - 1, ",") {
            let antecedent = phrase(endingAt: skippingParenthetical(endingAt: j - 2, floor: range.lowerBound), in: range)
            // The mention as written is the pronoun; the speaker is the name it stands for.
            if let antecedent, case .mention = antecedent.kind { return SpeakerCandidate(kind: antecedent.kind, span: t.spans[j]) }
            return antecedent
        }
        j = skippingParenthetical(endingAt: j, floor: range.lowerBound)
        // An appositive or relative clause between the name and the cue: "X, a doctor, said", "X, who …, said".
        // Up to two comma-delimited asides are skipped ("Quina Jones, 25, said", "McConnell, R-Ky., said").
        if t.isText(j, ",") {
            var comma = j
            var fallback: SpeakerCandidate?
            // "Gov. John Kasich (R-OH), said": a party-and-state tag right before the comma.
            if j - 1 > range.lowerBound, t.isText(j - 1, ")"),
               let direct = phrase(endingAt: skippingParenthetical(endingAt: j - 1, floor: range.lowerBound), in: range) {
                if case let .mention(m) = direct.kind, context.mentions[m].kind == .person { return direct }
                if case .name = direct.kind { return direct }
            }
            for _ in 0..<5 {
                var k = comma - 1
                while k >= range.lowerBound, !t.isText(k, ","), !context.insideQuote[k], comma - k <= 25 { k -= 1 }
                guard k > range.lowerBound, t.isText(k, ",") else { break }
                // "the presumptive nominee, Donald Trump, tweeted": the aside itself is the name.
                if let inner = phrase(endingAt: comma - 1, in: (k + 1)..<comma), context.token(atOrAfter: inner.span.start) == k + 1 {
                    if case let .mention(m) = inner.kind, context.mentions[m].kind == .person {
                        // "the assailant, John McGraw,": the mention as written includes the description.
                        if k - 1 >= range.lowerBound, let description = determinedPhrase(endingAt: k - 1, in: range.lowerBound..<k) ?? nominal(endingAt: k - 1, in: range.lowerBound..<k),
                           case .nominal = description.kind {
                            return SpeakerCandidate(kind: inner.kind, span: Span(description.span.start, inner.span.end))
                        }
                        return inner
                    }
                }
                let opensAside = context.words(k + 1).contains(.relativeOpener) || context.mentionAt[k + 1] >= 0
                    || t.kinds[k + 1] == .number || t.capitalized[k + 1] || context.words(k + 1).contains(.yearOld)
                if let candidate = phrase(endingAt: skippingAbbreviationPoint(skippingParenthetical(endingAt: k - 1, floor: range.lowerBound),
                                                                             floor: range.lowerBound), in: range) {
                    switch candidate.kind {
                    case let .mention(m) where context.mentions[m].kind == .place:
                        break // "of Raleigh, N.C.," is where the speaker is from: keep going back.
                    case .mention, .name: return candidate
                    case .nominal, .pronoun, .inherited: if opensAside && fallback == nil { fallback = candidate }
                    }
                }
                comma = k
            }
            return fallback
        }
        guard let candidate = phrase(endingAt: j, in: range) else { return nil }
        if let named = appositiveName(of: candidate, in: range) { return named }
        // "Another source speaking to Fox News said": the name ends a prepositional phrase; the subject is before it.
        var startToken = context.token(atOrAfter: candidate.span.start)
        // "for the Green Party": the article before the name.
        if startToken - 2 >= range.lowerBound, context.words(startToken - 1).contains(.article) { startToken -= 1 }
        if startToken - 1 >= range.lowerBound, context.words(startToken - 1).contains(.preposition),
           !context.words(startToken - 1).contains(.thatOrConjunction) {
            var k = startToken - 2
            while k >= range.lowerBound, k >= startToken - 5, t.kinds[k] == .word, context.mentionAt[k] < 0 {
                if context.words(k).contains(.ingOrEd) { k -= 1; continue }
                if let earlier = phrase(endingAt: k, in: range.lowerBound..<(k + 1)), case .nominal = earlier.kind {
                    // "Jane Hill, the communications director for the party said": the name the description stands beside.
                    return appositiveName(of: earlier, in: range) ?? earlier
                }
                k -= 1
            }
        }
        return candidate
    }

    /// The person named just before a description set off by a comma ("Nate Silver, the polling
    /// guru who founded the site tweeted"), or nil.
    func appositiveName(of candidate: SpeakerCandidate, in range: Range<Int>) -> SpeakerCandidate? {
        guard case .nominal = candidate.kind else { return nil }
        let t = context.t
        let start = context.token(atOrAfter: candidate.span.start)
        guard start - 2 >= range.lowerBound, t.isText(start - 1, ","), let named = phrase(endingAt: start - 2, in: range) else { return nil }
        if case let .mention(m) = named.kind, context.mentions[m].kind == .person { return named }
        if case .name = named.kind { return named }
        return nil
    }

    /// The token before an aside set off by dashes (" -- … -- ", "—…—") that ends at `j`, or `j`.
    func skippingDashedAside(endingAt j: Int, floor: Int) -> Int {
        let t = context.t
        func isDash(_ k: Int) -> Bool {
            // (The dashes' UTF-8 opens with 0xE2: other tokens skip the string comparisons.)
            (t.firstByte(k) == 0xE2 && (t.texts[k] == "—" || t.texts[k] == "–"))
                || (t.isText(k, "-") && (t.spaceBefore[k] || (k > floor && t.isText(k - 1, "-"))))
        }
        guard j > floor, isDash(j) else { return j }
        var close = j
        while close > floor, t.isText(close - 1, "-") { close -= 1 }
        var k = close - 1
        while k > floor, close - k < 40, !context.insideQuote[k], !isDash(k) { k -= 1 }
        guard k > floor, isDash(k), !context.insideQuote[k] else { return j }
        while k > floor, t.isText(k - 1, "-") { k -= 1 }
        // An aside that opens the range has no name before it.
        return k > floor ? k - 1 : j
    }

    /// The last token of a name that ends with an abbreviation's point at `j` ("James Hill Jr.,"), or `j`.
    func skippingAbbreviationPoint(_ j: Int, floor: Int) -> Int {
        guard j > floor, context.t.isText(j, "."), context.mentionAt[j] < 0, context.mentionAt[j - 1] >= 0 else { return j }
        return j - 1
    }

    /// The token before a parenthetical that ends at `j` ("Rep. Jason Chaffetz (R-Utah)"), or `j`.
    func skippingParenthetical(endingAt j: Int, floor: Int) -> Int {
        let t = context.t
        guard j > floor, t.isText(j, ")") else { return j }
        var k = j - 1
        while k > floor, !t.isText(k, "("), j - k < 12 { k -= 1 }
        return k > floor && t.isText(k, "(") ? k - 1 : j
    }

    /// The speaker phrase that ends at token `j`: a name, a pronoun or a nominal ("a spokesman").
    func phrase(endingAt j: Int, in range: Range<Int>) -> SpeakerCandidate? {
        guard j >= range.lowerBound, j < context.t.count else { return nil }
        let t = context.t
        if context.mentionAt[j] >= 0 {
            let m = context.mentionAt[j]
            // The mention's fields are read in place: a copy of the mention retained and released
            // its four strings (628 copies on the 168 PolNeAR dev+test texts, in callgrind).
            let mentions = context.mentions
            if mentions[m].kind == .place && !mentions[m].isPossessive {
                // A place can speak only as its government ("Russia said"): keep it as a nominal speaker.
                return SpeakerCandidate(kind: .mention(m), span: mentions[m].span)
            }
            if !mentions[m].isPossessive && !mentions[m].isModifier { return SpeakerCandidate(kind: .mention(m), span: mentions[m].fullSpan) }
        }
        // (Most words are neither a subject pronoun nor an indefinite one, as their id tells at once.)
        if context.mayBeStrippedSubject(j) {
            let lowercased = t.lowercased[j]
            let word = Contraction.stripped(lowercased)
            // The lists holding the word, as bits: the token's own when nothing was stripped
            // (found once per word id), else the stripped word's. (Asked of the `Set<String>`s,
            // 1,053 look-ups on the 168 PolNeAR dev+test texts cost 310 instructions each.)
            let lists = word.utf8.count == lowercased.utf8.count ? context.words(j) : SpeakerWords.of(word)
            if lists.contains(.subjectPronoun), let pronoun = context.pronoun(word: word) {
                let span = t.spans[j]
                return SpeakerCandidate(kind: .pronoun(pronoun), span: Span(span.start, span.start + word.utf8.count))
            }
            // "Another tweeted", "Others shouted": an indefinite pronoun opening the clause.
            if lists.contains(.indefinite), j == range.lowerBound || t.kinds[j - 1] == .punctuation || context.words(j - 1).contains(.andOrBut) {
                return SpeakerCandidate(kind: .nominal, span: t.spans[j])
            }
        }
        if let name = nameRun(endingAt: j, floor: range.lowerBound) { return name }
        return nominal(endingAt: j, in: range)
    }

    /// A run of capitalised words no lexicon knew ("Ellis", "Rakeyia Scott") used as a name.
    func nameRun(startingAt j: Int, limit: Int) -> SpeakerCandidate? {
        let t = context.t
        var end = j
        while end < limit, end < t.count,
              (t.kinds[end] == .word && t.capitalized[end]) || (end > j && t.isText(end, ".") && t.texts[end - 1].count == 1),
              !context.insideQuote[end], !context.cueAt.hasCue(end),
              !context.isCommonWord(end), !context.isPronoun(end) {
            end += 1
        }
        guard end > j, end - j <= 6 else { return nil }
        // Headline text in capitals ("HAS INVESTIGATED HIM") is not a name.
        if (j..<end).contains(where: { t.allCaps[$0] && context.words($0).contains(.headlineWord) }) { return nil }
        return SpeakerCandidate(kind: .name, span: Span(t.spans[j].start, t.spans[end - 1].end))
    }

    /// The same, ending at token `j`.
    func nameRun(endingAt j: Int, floor: Int) -> SpeakerCandidate? {
        let t = context.t
        var start = j
        if Contraction.isPossessive(j, t) { return nil }
        while start >= floor, t.kinds[start] == .word, t.capitalized[start], !context.insideQuote[start], !context.cueAt.hasCue(start),
              !context.isCommonWord(start), !context.isPronoun(start), !context.isSourceNounAsWritten(start) {
            start -= 1
        }
        start += 1
        guard start <= j else { return nil }
        // Inside a longer capitalised run ("Senate Majority Leader Mitch McConnell") the name starts at a first name.
        if let first = (start...j).first(where: { context.isFirstName($0) }) { start = first }
        start = max(start, j - 2)
        return SpeakerCandidate(kind: .name, span: Span(t.spans[start].start, t.spans[j].end))
    }

    /// "a spokesman", "the defence secretary", "officials", "a spokesman for the ministry".
    func nominal(endingAt j: Int, in range: Range<Int>) -> SpeakerCandidate? {
        let t = context.t
        guard t.kinds[j] == .word, !context.insideQuote[j] else { return nil }
        var head = j
        // "a spokesman for the ministry", "a narrator in the ad": the head is before the preposition.
        var k = j
        var steps = 0
        while k > range.lowerBound, steps < 6, t.kinds[k - 1] == .word, !context.insideQuote[k - 1] {
            if context.words(k - 1).contains(.headPreposition), k - 2 >= range.lowerBound,
               isSourceHead(k - 2) { head = k - 2; break }
            // "a source familiar with the talks", "officials close to the campaign".
            if context.words(k - 1).contains(.familiarPreposition), k - 3 >= range.lowerBound,
               context.words(k - 2).contains(.familiar), isSourceHead(k - 3) { head = k - 3; break }
            k -= 1
            steps += 1
        }
        // (A two-word role is looked up only when some role ends with the head word.)
        guard isSourceHead(head) || context.isRole(head)
            || (head > range.lowerBound && context.mayEndRole(head) && context.role(phrase: t.lowercased[head - 1] + " " + t.lowercased[head]) != nil) else {
            return determinedPhrase(endingAt: j, in: range)
        }
        // Walk back to the determiner over adjectives and noun modifiers.
        var start = head
        var walked = 0
        while start > range.lowerBound, walked < 4 {
            // "the 71-year-old diplomat": a hyphenated modifier is one word.
            if start - 2 >= range.lowerBound, t.isText(start - 1, "-"), !t.spaceBefore[start - 1], !t.spaceBefore[start],
               t.kinds[start - 2] != .punctuation, !context.insideQuote[start - 2] {
                start -= 2
                continue
            }
            guard t.kinds[start - 1] == .word, !context.insideQuote[start - 1],
              context.mentionAt[start - 1] < 0 || context.mentions[context.mentionAt[start - 1]].kind != .person else { break }
            let word = context.words(start - 1)
            if context.cueAt.hasCue(start - 1) || word.contains(.walkStop) { break }
            start -= 1
            walked += 1
            if word.contains(.determiner) && !word.contains(.openDeterminer) { break }
        }
        return SpeakerCandidate(kind: .nominal, span: Span(t.spans[start].start, t.spans[j].end))
    }

    /// "The commission", "the new report": a determiner, up to two modifiers and a lowercase head
    /// at the start of a clause, right before the cue.
    func determinedPhrase(endingAt j: Int, in range: Range<Int>) -> SpeakerCandidate? {
        let t = context.t
        guard !t.capitalized[j] || context.mentionAt[j] < 0, t.kinds[j] == .word else { return nil }
        var k = j - 1
        while k >= range.lowerBound, j - k <= 5, t.kinds[k] == .word || t.isText(k, "-"), !context.insideQuote[k] {
            let possessive = Contraction.isPossessive(k, t)
            if context.words(k).contains(.phraseDeterminer) || possessive {
                let before = k - 1
                let clauseStart = before < range.lowerBound || t.kinds[before] == .punctuation
                    || context.words(before).contains(.clauseStarter)
                guard clauseStart else { return nil }
                return SpeakerCandidate(kind: .nominal, span: Span(t.spans[k].start, t.spans[j].end))
            }
            if context.cueAt.hasCue(k) || context.isPronoun(k) { return nil }
            k -= 1
        }
        return nil
    }

    func isSourceHead(_ k: Int) -> Bool {
        context.isSourceHead(k)
    }

    /// The speaker phrase that starts just after token `p` (inverted order: `said X`).
    func right(of p: Int, in range: Range<Int>) -> SpeakerCandidate? {
        let t = context.t
        // "put it": a phrasal cue's particle is no speaker (a phrasal lemma has a space; bytes
        // are searched, not characters through Foundation's `contains`).
        var j = context.cueAt[p]?.lemma.utf8.contains(0x20) == true ? p + 2 : p + 1
        while j < range.upperBound, context.words(j).contains(.skippable) { j += 1 }
        guard j < range.upperBound, !context.insideQuote[j] else { return nil }
        if context.mentionAt[j] >= 0 {
            let m = context.mentionAt[j]
            return SpeakerCandidate(kind: .mention(m), span: context.mentions[m].fullSpan)
        }
        if context.words(j).contains(.subjectPronoun), let pronoun = context.pronoun(word: t.lowercased[j]) {
            return SpeakerCandidate(kind: .pronoun(pronoun), span: t.spans[j])
        }
        if let name = nameRun(startingAt: j, limit: range.upperBound) { return name }
        // "said the Rev. Peter Wherry", "said 9/11 widow Terry Strada": a name a few words on.
        if !context.words(j).contains(.preposition) {
            // "said former secretary of state Hillary Clinton", "said master of ceremonies Jane Hill": a role may contain "of".
            let roleLead = context.words(j).contains(.titleModifier)
            var k = j + 1
            while k < range.upperBound, k - j <= 6, !context.insideQuote[k], t.kinds[k] != .punctuation || t.isText(k, ".") || t.isText(k, "/"),
                  roleLead || !context.words(k).contains(.preposition) || t.lowercased[k] == "of" {
                let m = context.mentionAt[k]
                if m >= 0, context.mentions[m].kind == .person { return SpeakerCandidate(kind: .mention(m), span: context.mentions[m].fullSpan) }
                if context.cueAt.hasCue(k) { break }
                k += 1
            }
        }
        // "said a New Hampshire Republican", "reads a Wednesday editorial": the noun phrase up to punctuation.
        if context.words(j).contains(.nounPhraseStart) {
            var end = j
            while end + 1 < range.upperBound, end - j < 8, t.kinds[end + 1] != .punctuation || t.isText(end + 1, "-"),
                  !context.insideQuote[end + 1],
                  !context.cueAt.hasCue(end + 1), !context.words(end + 1).contains(.preposition),
                  !context.words(end + 1).contains(.relativePronoun) {
                end += 1
            }
            if end > j { return nominalCandidate(j, end) }
        }
        // "tweeted another.": an indefinite pronoun alone.
        if context.words(j).contains(.indefinite), j + 1 >= range.upperBound || t.kinds[j + 1] == .punctuation {
            return SpeakerCandidate(kind: .nominal, span: t.spans[j])
        }
        // "said a spokesman for the ministry", "said the defence secretary"
        guard context.words(j).contains(.determiner) || isSourceHead(j) else { return nil }
        var end = j
        while end + 1 < range.upperBound, end - j < 5, t.kinds[end + 1] == .word, !context.insideQuote[end + 1],
              !context.cueAt.hasCue(end + 1), !context.words(end + 1).contains(.nominalStop) {
            end += 1
            if isSourceHead(end) || context.isRole(end) { return nominalCandidate(j, end) }
        }
        return isSourceHead(j) ? nominalCandidate(j, j) : nil
    }

    private func nominalCandidate(_ a: Int, _ b: Int) -> SpeakerCandidate {
        let t = context.t
        // Extend over "for the ministry".
        var end = b
        if end + 3 < context.t.count, context.words(end + 1).contains(.nominalExtender) {
            var k = end + 2
            while k < t.count, k - end < 5, t.kinds[k] == .word, !context.insideQuote[k], !context.cueAt.hasCue(k) { k += 1 }
            if context.mentionAt[k - 1] >= 0 || isSourceHead(k - 1) { end = k - 1 }
        }
        return SpeakerCandidate(kind: .nominal, span: Span(t.spans[a].start, t.spans[end].end))
    }
}
