/// Reported speech without quotation marks, as quotes of kind `indirect` with their speaker
/// (only when the indirect option is on): `X said (that) …`, `X told reporters that …`,
/// `X vowed to …`, `…, X said.`, `A, X said, B.`, `…, according to X.`
///
/// As in PolNeAR, what is reported is the paraphrased content, quoted fragments included: a
/// clause with its `that`, an infinitive with its `to`, and for content the attribution
/// interrupts (`A, X said, B`) the whole sentence.
struct IndirectSpeechFinder {
    /// Verbs whose reported content can be an infinitive (`vowed to repeal the law`).
    static let infinitiveLemmas: Set<String> = [
        "pledge", "vow", "promise", "urge", "ask", "warn", "decline", "refuse", "plan", "want", "threaten", "seek", "hope",
        "expect", "agree", "offer", "decide", "intend", "call", "demand", "press", "beg", "plead", "tell", "remind", "advise",
    ]
    /// Verbs that name the addressee before the content (`told reporters he …`).
    static let addresseeLemmas: Set<String> = ["tell", "ask", "inform", "assure", "remind", "warn", "urge", "advise", "promise", "press", "beg"]
    /// Addressees that are no recognised mention.
    static let addressees: Set<String> = [
        "him", "her", "them", "us", "me", "you", "reporters", "supporters", "voters", "journalists", "donors", "lawmakers",
        "members", "students", "listeners", "viewers", "fans", "congress", "colleagues", "officials", "followers", "everyone",
    ]
    /// Words right after the cue that open an adverbial, not the content.
    static let adverbials: Set<String> = [
        "on", "in", "at", "during", "after", "before", "last", "today", "yesterday", "tonight", "earlier", "later", "recently",
        "again", "repeatedly", "privately", "publicly", "also", "then", "now", "still", "late", "early", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "for", "with", "from", "by", "of", "about", "as", "over",
        "into", "through", "while", "when", "and", "or", "but", "so", "nothing", "little", "something", "anything", "much",
        "outside", "inside", "near", "behind", "among", "alongside", "ahead", "afterward", "afterwards", "onstage", "via",
        "off", "up", "out", "down", "back", "away",
    ]
    /// Words that, after a comma, open a clause outside the reported content.
    static let clauseBreaks: Set<String> = ["according", "but", "as", "who", "whose", "whom", "where", "while", "although", "though"]
    /// Words that open a new clause's subject after ", and".
    static let clauseSubjects: Set<String> = ["he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its",
                                              "when", "then", "many", "some", "most", "others", "this", "that", "there"]
    /// Verbs that only begin or go on with speaking; the content belongs to another verb.
    static let aspectLemmas: Set<String> = ["begin", "start", "continue", "interrupt", "clarify", "interject"]
    /// Verbs whose base and present forms are more often nouns ("the state", "his emails").
    static let nounLikeLemmas: Set<String> = ["state", "question", "email", "message", "text", "post", "call", "comment",
                                              "report", "answer", "tweet", "quote", "hit", "charge", "attack", "object",
                                              "challenge", "note", "remark", "promise", "demand", "request", "reply", "blog"]
    /// Fewest words a mixed quotation needs to be reported beside indirect speech.
    static let minimumMixedWords = 6
    /// Most tokens after a trailing attribution's cue and speaker before the clause ends ("said in
    /// an interview on Monday").
    static let attributionTail = 9
    /// Fewest words of content to report ("said tolls rose").
    static let minimumWords = 2
    /// Fewest words of an infinitive's content, its `to` included.
    static let minimumInfinitiveWords = 2

    func find(_ context: AttributionContext) -> [Quote] {
        let t = context.t
        let resolver = SpeakerResolver(context: context)
        let phrases = SpeakerPhrases(context: context)
        var found: [Quote] = []
        // Where the direct quotes lie (asked of each content found, so not a scan of the quotes).
        let outerSpans = context.quotes.lazy.filter { $0.depth == 0 }
        let directCover = SpanCover(outerSpans.filter { $0.kind == .direct }.map(\.outer))
        let quotedCover = SpanCover(outerSpans.map(\.outer))
        for s in context.document.sentences.indices {
            let range = context.tokenRange(ofSentence: s)
            guard !range.isEmpty else { continue }
            if isHeadline(range, context), let quote = headlineSpeech(range, context) {
                found.append(quote)
                continue
            }
            var claimed = range.lowerBound
            // The speaker of the last content and the token after that content.
            var previous: (speaker: SpeakerCandidate, next: Int)?
            for c in range where c >= claimed && !context.insideQuote[c] {
                var cue = context.cueAt[c] ?? afterContractedPronoun(c, context) ?? thatComplementCue(at: c, range, context)
                let thatFollows = c + 1 < range.upperBound && t.lowercased[c + 1] == "that"
                if let found = cue {
                    // Phrasal cues ("shot back", "went on") introduce quotations, not reported content; a
                    // manner verb reports a clause only with "that" ("joked that …").
                    if (found.type == "manner" && !thatFollows) || Self.aspectLemmas.contains(found.lemma) || found.lemma.utf8.contains(0x20) { cue = nil }
                    // "the state", "questions": a form shared with a noun reports only before "that".
                    else if Self.nounLikeLemmas.contains(found.lemma), found.form == .base || found.form == .present,
                            c + 1 >= range.upperBound || t.lowercased[c + 1] != "that" { cue = nil }
                }
                let verb = contentVerb(at: c, context)
                guard cue != nil || verb != nil, !Self.excludedForms.contains(t.lowercased[c]) else { continue }
                var content: (Int, Int)?
                var candidate: SpeakerCandidate?
                // Forward: "X said (that) CONTENT", "X told reporters that CONTENT", "X vowed to CONTENT",
                // "X called for CONTENT".
                // "X called A “crazy” and said B", "X praised A, and said B": a cue right after the
                // previous content and "and" or "but" (a comma between them) shares that content's speaker.
                let coordinated = previous.flatMap { p in
                    cue != nil && (p.next == c - 1 || (p.next == c - 2 && t.isText(c - 2, ",")))
                        && ["and", "but"].contains(t.lowercased[c - 1]) ? p.speaker : nil }
                if let left = coordinated ?? detachedSubject(of: c, range, context) ?? progressiveSubject(of: c, range, context)
                    ?? phrases.left(of: c, in: range.lowerBound..<c)
                    ?? (cue != nil ? shareSubject(of: c, range, context) : nil) ?? (cue?.lemma ?? verb?.lemma).flatMap({ subjectPhrase(of: c, lemma: $0, range, context) })
                    ?? cue.flatMap({ fallbackSubject(of: c, cue: $0, range, context) }) ?? participleSubject(of: c, range, context),
                   let start = cue.flatMap({ complementStart(after: c, lemma: $0.lemma, range, context) })
                    ?? verb.flatMap({ contentStart(after: c, $0, range, context) }),
                   !(cue.map { addresseeAfterQuotation(cue: c, lemma: $0.lemma, start: start, speaker: left, range, context) } ?? false) {
                    var end = contentEnd(from: start, range, context)
                    // "While X says A, B": the content of a cue in a subordinate clause that opens the
                    // sentence ends at the clause's comma.
                    if end > start + 1, subordinateOpening(range, before: c, context),
                       let comma = ((start + 1)..<end).first(where: { t.isText($0, ",") && !context.insideQuote[$0]
                           && !(t.kinds[$0 - 1] == .number && $0 + 1 < range.upperBound && t.kinds[$0 + 1] == .number) }) {
                        end = comma - 1
                    }
                    content = (start, end)
                    candidate = left
                }
                // Backward: "CONTENT, X said." / "CONTENT, said X." / "A, X said, B."
                else if cue != nil, c > range.lowerBound + 2 {
                    let comma = (claimed..<c).last(where: { t.isText($0, ",") })
                    if let comma, comma > claimed + 1,
                       let who = (c == comma + 1 ? phrases.right(of: c, in: range) : phrases.left(of: c, in: (comma + 1)..<c)) {
                        var end = comma - 1
                        let last = max(c, context.token(atOrAfter: who.span.end) - 1)
                        // The attribution interrupts the content: PolNeAR spans the whole sentence.
                        if let resumes = resumption(after: last, range, context, inverted: c == comma + 1) { end = resumes; content = (claimed, end); candidate = who }
                        // Otherwise it closes the clause ("…, X said in an interview."): a cue with an
                        // object of its own ("In the past five years, we have added 1 million jobs") reports nothing.
                        else if clauseEnd(after: last, range, context) - last <= Self.attributionTail, closesAttribution(after: last, range, context),
                                Self.trailingLemmas.contains(cue?.lemma ?? "") {
                            content = (claimed, end)
                            candidate = who
                        }
                    }
                }
                guard var (a, b) = content, let speaker = candidate else { continue }
                while b > a, t.kinds[b] == .punctuation, !context.insideQuote[b] { b -= 1 }
                while a < b, t.kinds[a] == .punctuation, !context.insideQuote[a] { a += 1 }
                let words = (a...b).filter { t.kinds[$0] != .punctuation }.count
                // An infinitive may be two words ("declined to comment").
                // An object right after its content verb or its preposition may be one name ("endorsed Cole", "called for Cole").
                let object = cue == nil && verb != nil && a > c && a <= c + 2
                guard words >= (object ? 1 : t.lowercased[a] == "to" ? Self.minimumInfinitiveWords : Self.minimumWords) else { continue }
                // Content that is one direct quotation is already reported as such, and so is content
                // before a trailing cue that opens with one ("“…,” she said, …").
                if directCover.contains(start: t.spans[a].start, end: t.spans[b].end - 1) { continue }
                if a < c, context.insideQuote[a], context.quoteAt[a] >= 0, context.quotes[context.quoteAt[a]].kind == .direct { continue }
                guard let (name, entity) = resolver.resolve(speaker) else { continue }
                let span = Span(t.spans[a].start, t.spans[b].end)
                found.append(indirectQuote(span, speaker: name, mention: speaker.span, entity: entity, cue: t.spans[c], lemma: cue?.lemma ?? verb?.lemma, confidence: 0.7, context))
                claimed = max(b + 1, c + 1)
                if b + 1 > c { previous = (speaker, b + 1) }
            }
            // "his claim that …", "Trump's promise to …": a possessor and a noun of saying.
            for k in range where k > range.lowerBound && k + 2 < range.upperBound && k >= claimed && !context.insideQuote[k] {
                guard let opener = Self.speechNouns[t.lowercased[k]], opener.contains(t.lowercased[k + 1]),
                      let who = possessor(before: k, range, context), t.kinds[k + 2] == .word else { continue }
                // The content keeps "that" and "to" but not a preposition ("his attacks on [Khan]").
                let start = ["that", "to"].contains(t.lowercased[k + 1]) ? k + 1 : k + 2
                var b = contentEnd(from: start, range, context)
                while b > start, t.kinds[b] == .punctuation, !context.insideQuote[b] { b -= 1 }
                guard (start...b).filter({ t.kinds[$0] == .word }).count >= Self.minimumWords + 1,
                      let (name, entity) = resolver.resolve(who) else { continue }
                let span = Span(t.spans[start].start, t.spans[b].end)
                found.append(indirectQuote(span, speaker: name, mention: who.span, entity: entity, cue: t.spans[k], lemma: t.lowercased[k], confidence: 0.6, context))
                claimed = b + 1
            }
            // "Cole renewed her calls for …", "The engineers were critical of …": a stance word and its preposition.
            for k in range where k >= claimed {
                guard let (a, b, who) = stanceContent(at: k, range, context), let (name, entity) = resolver.resolve(who) else { continue }
                let span = Span(t.spans[a].start, t.spans[b].end)
                found.append(indirectQuote(span, speaker: name, mention: who.span, entity: entity, cue: t.spans[k], lemma: t.lowercased[k], confidence: 0.6, context))
                claimed = b + 1
            }
            // "Clinton: Trump's view of the world is dangerously wrong": a name and a colon open the sentence.
            if let colon = (range.lowerBound..<min(range.upperBound, range.lowerBound + 6)).first(where: { t.isText($0, ":") }),
               colon > range.lowerBound, colon + 1 < range.upperBound, !context.insideQuote[colon + 1], claimed == range.lowerBound,
               let who = Self.colonSpeaker(endingAt: colon - 1, from: range.lowerBound, context) {
                var b = range.upperBound - 1
                while b > colon + 1, t.kinds[b] == .punctuation, !context.insideQuote[b] { b -= 1 }
                if (colon + 1...b).filter({ t.kinds[$0] == .word }).count >= Self.minimumWords,
                   !quotedCover.contains(start: t.spans[colon + 1].start, end: t.spans[b].end - 1),
                   let (name, entity) = resolver.resolve(who) {
                    let span = Span(t.spans[colon + 1].start, t.spans[b].end)
                    found.append(indirectQuote(span, speaker: name, mention: who.span, entity: entity, cue: t.spans[colon], lemma: ":", confidence: 0.6, context))
                    continue
                }
            }
            // "According to X, CONTENT."
            if range.count > 6, t.lowercased[range.lowerBound] == "according", t.lowercased[range.lowerBound + 1] == "to",
               let who = phrases.right(of: range.lowerBound + 1, in: range) ?? sourcePhrase(after: range.lowerBound + 1, range, context),
               let comma = (context.token(atOrAfter: who.span.end)..<range.upperBound).first(where: { t.isText($0, ",") }),
               comma + 1 < range.upperBound, comma - range.lowerBound <= 12, let (name, entity) = resolver.resolve(who) {
                var b = contentEnd(from: comma + 1, range, context)
                while b > comma + 1, t.kinds[b] == .punctuation, !context.insideQuote[b] { b -= 1 }
                if (comma + 1...b).filter({ t.kinds[$0] == .word }).count >= Self.minimumWords {
                    let span = Span(t.spans[comma + 1].start, t.spans[b].end)
                    found.append(indirectQuote(span, speaker: name, mention: who.span, entity: entity, cue: Span(t.spans[range.lowerBound].start, t.spans[range.lowerBound + 1].end), lemma: "according to", confidence: 0.7, context))
                    continue
                }
            }
            // "CONTENT, according to X." / "A, according to X, B."
            if let k = (range.lowerBound..<max(range.lowerBound, range.upperBound - 1)).first(where: {
                t.lowercased[$0] == "according" && t.lowercased[$0 + 1] == "to" && !context.insideQuote[$0] }),
               k > range.lowerBound + 2, k >= claimed, let who = phrases.right(of: k + 1, in: range) ?? sourcePhrase(after: k + 1, range, context),
               let (name, entity) = resolver.resolve(who) {
                var b = k - 1
                if let resumes = resumption(after: context.token(atOrAfter: who.span.end) - 1, range, context) { b = resumes }
                while b > range.lowerBound, t.kinds[b] == .punctuation { b -= 1 }
                let span = Span(t.spans[claimed].start, t.spans[b].end)
                found.append(indirectQuote(span, speaker: name, mention: who.span, entity: entity, cue: Span(t.spans[k].start, t.spans[k + 1].end), lemma: "according to", confidence: 0.7, context))
            }
        }
        return found
    }

    /// The part of quotation `quoted` that indirect content must hold to hold its words: without
    /// the punctuation it ends with, which the content may leave out (`Cole "is safe," she said`:
    /// the comma).
    static func wordsPart(of quoted: Span, _ bytes: [UInt8]) -> Span {
        var end = quoted.end
        while end > quoted.start, [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F].contains(bytes[end - 1]) { end -= 1 }
        return Span(quoted.start, end)
    }

    /// A share of people as the speaker ("46 percent said", "Some 22 percent say"), as written.
    func shareSubject(of c: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        var j = c - 1
        while j > range.lowerBound, SpeakerPhrases.skippable.contains(t.lowercased[j]) { j -= 1 }
        guard j - 1 >= range.lowerBound, !context.insideQuote[j], ["percent", "%"].contains(t.lowercased[j]),
              t.kinds[j - 1] == .number else { return nil }
        var start = j - 1
        if start - 1 >= range.lowerBound, ["some", "only", "just", "about", "nearly", "almost"].contains(t.lowercased[start - 1]) { start -= 1 }
        return SpeakerCandidate(kind: .nominal, span: Span(t.spans[start].start, t.spans[j].end))
    }

    /// The speaker of a cue cut off from its subject: a participle after a comma ("Rendell
    /// recalled, suggesting …") takes the speaker of an earlier cue or the sentence's subject; a
    /// coordinated cue ("outlined his plan and vowed to …") takes the clause subject.
    func detachedSubject(of c: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        var before = c - 1
        while before > range.lowerBound, SpeakerPhrases.skippable.contains(t.lowercased[before]) { before -= 1 }
        guard before > range.lowerBound, !context.insideQuote[before] else { return nil }
        let phrases = SpeakerPhrases(context: context)
        let participle = t.lowercased[c].hasSuffix("ing")
        if t.isText(before, ",") && participle {
            var f = before - 1
            while f > range.lowerBound, !context.insideQuote[f] {
                if let earlier = context.cueAt[f], earlier.form != .participle {
                    return phrases.left(of: f, in: range.lowerBound..<before)
                        ?? (LeadingCueSieve.addresseeFirst.contains(earlier.lemma) ? nil : phrases.right(of: f, in: range.lowerBound..<before))
                }
                f -= 1
            }
        } else if ["and", "but"].contains(t.lowercased[before]) {
            // "Cole called it “a relic” and said …": with a quotation before the conjunction, the
            // subject that opens the sentence (after an adverbial opener) before the quotation.
            if let q = (range.lowerBound..<before).first(where: { context.insideQuote[$0] }) {
                guard q > range.lowerBound + 1 else { return nil }
                var start = range.lowerBound
                if ParticipleCueSieve.adverbialOpeners.contains(t.lowercased[start]),
                   let comma = (start..<min(q, start + 15)).first(where: { t.isText($0, ",") }) { start = comma + 1 }
                guard start < q - 1 else { return nil }
                return phrases.clauseSubject(from: start, before: q)
            }
            return phrases.coordinatedSubject(before: before, floor: range.lowerBound)
        } else {
            return nil
        }
        var start = range.lowerBound
        if ParticipleCueSieve.adverbialOpeners.contains(t.lowercased[start]),
           let comma = (start..<min(before, start + 15)).first(where: { t.isText($0, ",") && !context.insideQuote[$0] }) {
            start = comma + 1
        }
        guard !(start..<before).contains(where: { context.insideQuote[$0] }) else { return nil }
        return phrases.clauseSubject(from: start, before: before) ?? (participle ? describedSubject(from: start, before: before, context) : nil)
    }

    /// "The state senator praised the crews, saying …": a description (a determiner, up to two
    /// modifiers and a head) that opens the clause at `start`, followed by a lowercase word.
    func describedSubject(from start: Int, before limit: Int, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        guard start < limit, ["the", "a", "an"].contains(t.lowercased[start]) else { return nil }
        // The head ends before the word after it, which ends before `limit`.
        let end = min(limit - 1, start + 4)
        guard start + 1 < end else { return nil }
        let phrases = SpeakerPhrases(context: context)
        for j in (start + 1)..<end {
            guard t.kinds[j + 1] == .word, !t.capitalized[j + 1], !SpeakerPhrases.prepositions.contains(t.lowercased[j + 1]) else { continue }
            if let phrase = phrases.determinedPhrase(endingAt: j, in: start..<(j + 1)), context.token(atOrAfter: phrase.span.start) == start {
                return phrase
            }
        }
        return nil
    }

    /// Forms of "be" that make a participle progressive ("are urging", "He’s claiming").
    static let progressiveAuxiliaries: Set<String> = ["is", "are", "was", "were", "am", "be", "been", "’s", "'s", "’re", "'re"]

    /// The subject of a progressive cue ("Senators are urging …", "He’s claiming …", "Cole isn’t
    /// saying …"): the speaker phrase before its form of "be".
    func progressiveSubject(of c: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        // "are urging …"; "were convinced that …" (not a passive cue: "was told that").
        let thatFollows = c + 1 < range.upperBound && t.lowercased[c + 1] == "that"
        guard t.lowercased[c].hasSuffix("ing") || (thatFollows && !context.cueAt.hasCue(c)) else { return nil }
        var j = c - 1
        while j > range.lowerBound, ["also", "now", "still", "already", "not", "n’t", "n't", "increasingly", "repeatedly", "openly"].contains(t.lowercased[j]) { j -= 1 }
        guard j >= range.lowerBound, !context.insideQuote[j] else { return nil }
        let word = t.lowercased[j]
        let phrases = SpeakerPhrases(context: context)
        if Self.progressiveAuxiliaries.contains(word) || ["isn’t", "isn't", "aren’t", "aren't", "wasn’t", "wasn't"].contains(word) {
            return j > range.lowerBound ? phrases.left(of: j, in: range.lowerBound..<j) : nil
        }
        // "He’s claiming": the pronoun carries the auxiliary.
        let bare = Contraction.stripped(word)
        if bare != word, let pronoun = context.pronoun(word: bare), ["he", "she", "they", "i", "we", "it"].contains(bare) {
            let span = t.spans[j]
            return SpeakerCandidate(kind: .pronoun(pronoun), span: Span(span.start, span.start + bare.utf8.count))
        }
        return nil
    }

    /// The cue at `c` after a pronoun with a contracted "is" or "has" ("He’s claiming", "She’s
    /// said"), which the cue index reads as a possessive before a noun.
    func afterContractedPronoun(_ c: Int, _ context: AttributionContext) -> CueVerb? {
        let t = context.t
        guard c > 0, t.kinds[c] == .word, let cue = context.cueVerb(word: t.lowercased[c]),
              cue.form == .participle || cue.form == .past else { return nil }
        let previous = t.lowercased[c - 1]
        let bare = Contraction.stripped(previous)
        guard bare != previous, ["he", "she", "it", "they", "we"].contains(bare) else { return nil }
        return cue
    }

    /// Words that, after "that", show it is no complementizer ("ruled that out", "noted that is …").
    static let notClauseOpeners: Set<String> = ["out", "is", "was", "are", "were", "has", "have", "had", "would", "will", "can",
                                                "could", "should", "may", "might", "did", "does", "do", "in", "on", "at", "for",
                                                "with", "by", "of", "to", "and", "or", "but"]

    /// A verb or adjective in -ed that no lexicon lists, read as a verb of saying or thinking when
    /// a clause with "that" follows it ("Cole stressed that …", "Cole was convinced that …").
    func thatComplementCue(at c: Int, _ range: Range<Int>, _ context: AttributionContext) -> CueVerb? {
        let t = context.t
        let word = t.lowercased[c]
        guard c + 2 < range.upperBound, c > range.lowerBound, word.count > 4, word.hasSuffix("ed"), t.kinds[c] == .word,
              !t.capitalized[c], t.lowercased[c + 1] == "that", t.kinds[c + 2] == .word || context.insideQuote[c + 2],
              !Self.notClauseOpeners.contains(t.lowercased[c + 2]), context.lexicons.contentVerbs[word] == nil,
              !AttributionContext.nounMarkers.contains(t.lowercased[c - 1]) else { return nil }
        return CueVerb(lemma: word, form: .past, type: "speech")
    }

    /// "according to exit polling data", "according to his Facebook profile": the words after
    /// `according to` up to punctuation (at most eight), as a description.
    func sourcePhrase(after k: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        var end = k
        while end + 1 < range.upperBound, end - k < 8, t.kinds[end + 1] == .word || (t.isText(end + 1, ".") && end > k && t.texts[end].count <= 3),
              !context.insideQuote[end + 1] {
            end += 1
        }
        guard end > k, end + 1 >= range.upperBound || t.kinds[end + 1] == .punctuation else { return nil }
        return SpeakerCandidate(kind: .nominal, span: Span(t.spans[k + 1].start, t.spans[end].end))
    }

    /// Nouns of saying and the words that open their content ("claim that …", "promise to …").
    static let speechNouns: [String: Set<String>] = [
        "claim": ["that"], "claims": ["that"], "assertion": ["that"], "argument": ["that"], "belief": ["that"],
        "view": ["that"], "warning": ["that"], "insistence": ["that"], "suggestion": ["that"], "contention": ["that"],
        "charge": ["that"], "accusation": ["that"], "admission": ["that"], "announcement": ["that"], "statement": ["that"],
        "promise": ["that", "to"], "pledge": ["that", "to"], "vow": ["that", "to"], "plan": ["to"], "plans": ["to"],
        "threat": ["to"], "decision": ["to"], "call": ["for"], "calls": ["for"], "demand": ["that", "for"], "refusal": ["to"],
    ]

    /// The possessor right before token `k`: "his", "her", "their", or a name with 's.
    func possessor(before k: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        let j = k - 1
        guard j >= range.lowerBound, !context.insideQuote[j] else { return nil }
        if ["his", "her", "their"].contains(t.lowercased[j]), let pronoun = context.pronoun(word: t.lowercased[j]) {
            return SpeakerCandidate(kind: .pronoun(pronoun), span: t.spans[j])
        }
        let m = context.mentionAt[j]
        guard m >= 0, context.mentions[m].isPossessive, context.mentions[m].kind != .place else { return nil }
        return SpeakerCandidate(kind: .mention(m), span: context.mentions[m].fullSpan)
    }

    /// The person or organisation that is all of tokens `start...end`, before a colon.
    static func colonSpeaker(endingAt end: Int, from start: Int, _ context: AttributionContext) -> SpeakerCandidate? {
        let m = context.mentionAt[end]
        guard m >= 0, context.mentions[m].kind != .place, !context.mentions[m].isPossessive,
              context.token(atOrAfter: context.mentions[m].fullSpan.start) == start else { return nil }
        return SpeakerCandidate(kind: .mention(m), span: context.mentions[m].fullSpan)
    }

    /// Where the reported content starts after cue `c`: at `that` (kept, as PolNeAR does), at
    /// `to` of an infinitive, or at the first word of the clause, after an addressee
    /// ("told reporters he …") and a day ("said Monday he …").
    func complementStart(after c: Int, lemma: String, _ range: Range<Int>, _ context: AttributionContext) -> Int? {
        let t = context.t
        var next = c + 1
        guard next < range.upperBound else { return nil }
        // "pointed out that …": the particle belongs to the verb.
        if lemma == "point", t.lowercased[next] == "out" { next += 1 }
        guard next < range.upperBound else { return nil }
        if t.lowercased[next] == "that" { return next + 1 < range.upperBound ? next : nil }
        // "said he was sure that …": a subject pronoun opens the clause before any later "that".
        if Self.clauseOpeningPronouns.contains(t.lowercased[next]), !Self.addresseeLemmas.contains(lemma),
           next + 1 < range.upperBound, t.kinds[next + 1] == .word { return next }
        // "told CNN on Monday that": a short stretch without punctuation before "that".
        if let that = (next..<min(range.upperBound, next + 6)).first(where: { t.lowercased[$0] == "that" }),
           !(next..<that).contains(where: { t.kinds[$0] == .punctuation && t.texts[$0] != "’s" && !t.isText($0, ".") }) {
            return that + 1 < range.upperBound ? that : nil
        }
        if Self.addresseeLemmas.contains(lemma) {
            let addressee = next
            if context.mentionAt[next] >= 0 {
                let m = context.mentionAt[next]
                while next < range.upperBound, context.mentionAt[next] == m { next += 1 }
            } else if Self.addressees.contains(t.lowercased[next]) {
                next += 1
            }
            guard next < range.upperBound else { return nil }
            // "urged Cole to resign": what is asked of the addressee includes the addressee.
            if next > addressee, t.lowercased[next] == "to", next + 1 < range.upperBound, t.kinds[next + 1] == .word { return addressee }
        }
        // "said Monday he …": a weekday before the clause.
        if t.capitalized[next], ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(t.lowercased[next]) {
            next += 1
            guard next < range.upperBound else { return nil }
        }
        let word = t.lowercased[next]
        if word == "to" {
            return Self.infinitiveLemmas.contains(lemma) && next + 1 < range.upperBound && t.kinds[next + 1] == .word ? next : nil
        }
        if context.insideQuote[next] { return next }
        // "said praise from X would …": a base or present form there is the clause's subject noun.
        let verbNext = context.cueAt[next].map { $0.form == .past || $0.form == .participle } ?? false
        guard t.kinds[next] == .word, !Self.adverbials.contains(word), !verbNext else { return nil }
        return next
    }

    /// A content verb at token `k` read as a verb: not a capitalised name mid-sentence, not a
    /// noun after a determiner ("the findings", "his support").
    func contentVerb(at k: Int, _ context: AttributionContext) -> ContentVerb? {
        let t = context.t
        guard t.kinds[k] == .word, let verb = context.lexicons.contentVerbs[t.lowercased[k]] else { return nil }
        if t.capitalized[k] && !t.isSentenceInitial(k) { return nil }
        if k > 0, AttributionContext.nounMarkers.contains(t.lowercased[k - 1]) || Contraction.isPossessive(k - 1, t) {
            return nil
        }
        return verb
    }

    /// Where the content of content verb `c` starts: after its preposition ("called for …",
    /// "accused Trump of …"), at `to` of an infinitive, at a clause, or at its object.
    func contentStart(after c: Int, _ verb: ContentVerb, _ range: Range<Int>, _ context: AttributionContext) -> Int? {
        let t = context.t
        var next = c + 1
        guard next < range.upperBound else { return nil }
        let word = t.lowercased[next]
        if verb.complements.contains(word) { return next + 1 < range.upperBound && t.kinds[next + 1] == .word ? next + 1 : nil }
        // "accused Trump of …": an object before the preposition.
        if context.mentionAt[next] >= 0 || Self.addressees.contains(word) {
            let m = context.mentionAt[next]
            if m >= 0 { while next < range.upperBound, context.mentionAt[next] == m { next += 1 } } else { next += 1 }
            if next + 1 < range.upperBound, verb.complements.contains(t.lowercased[next]), t.kinds[next + 1] == .word { return next + 1 }
            next = c + 1
        }
        if verb.complements.contains("infinitive"), word == "to" {
            return next + 1 < range.upperBound && t.kinds[next + 1] == .word ? next : nil
        }
        if verb.complements.contains("clause"), let start = complementStart(after: c, lemma: verb.lemma, range, context) { return start }
        if verb.complements.contains("object"), word != "to", t.kinds[next] == .word || context.insideQuote[next],
           !Self.adverbials.contains(word), !context.cueAt.hasCue(next) {
            return next
        }
        return nil
    }

    /// The last token of content that starts at `start`: the sentence end, or before a comma
    /// that hands over to another clause (a participle cue, `according to`, `but`, `which`, `who`,
    /// `and` with a new subject), a `;` or dash, or `and` with a second cue ("said X and warned Y").
    func contentEnd(from start: Int, _ range: Range<Int>, _ context: AttributionContext) -> Int {
        let t = context.t
        for k in (start + 1)..<range.upperBound where !context.insideQuote[k] {
            let text = t.lowercased[k]
            let next = k + 1 < range.upperBound ? t.lowercased[k + 1] : ""
            if text == ",", k + 1 < range.upperBound, context.cueAt[k + 1]?.form == .participle { return k - 1 }
            guard k > start + 2 else { continue }
            if text == ",", k + 1 < range.upperBound, !context.insideQuote[k + 1] {
                // ", but that …", ", and that …": a second clause of the same content.
                if ["but", "and"].contains(next), k + 2 < range.upperBound, t.lowercased[k + 2] == "that" { continue }
                if Self.clauseBreaks.contains(next) { return k - 1 }
                // ", and three-quarters said": "and" with a new subject.
                if next == "and", k + 2 < range.upperBound, Self.clauseSubjects.contains(t.lowercased[k + 2]) || t.capitalized[k + 2] { return k - 1 }
            }
            if text == ";" || ["—", "--", "―", "–"].contains(text) { return k - 1 }
            // "said X and warned Y", "says X but adds Y": a second cue of the same speaker.
            if text == "and" || text == "but", k + 1 < range.upperBound,
               let form = context.cueAt[k + 1]?.form, form == .past || form == .present {
                return k - 1
            }
        }
        return range.upperBound - 1
    }

    /// Whether the words after a trailing attribution's last token `k` only say where, when or to
    /// whom ("said in an interview", "told reporters", "said Monday"), not what.
    func closesAttribution(after k: Int, _ range: Range<Int>, _ context: AttributionContext) -> Bool {
        let t = context.t
        let j = k + 1
        guard j < range.upperBound else { return true }
        if t.kinds[j] == .number { return false }
        guard t.kinds[j] == .word else { return true }
        let word = t.lowercased[j]
        return Self.adverbials.contains(word) || Self.addressees.contains(word) || context.mentionAt[j] >= 0 || t.capitalized[j]
            || word.hasSuffix("ly") || ["to", "that", "this", "last", "recently"].contains(word)
    }

    /// The first token after `k` that ends its clause: punctuation other than a hyphen, a
    /// full stop inside an abbreviation or a digit group's comma ("1,200"), or the sentence end.
    func clauseEnd(after k: Int, _ range: Range<Int>, _ context: AttributionContext) -> Int {
        let t = context.t
        var j = k + 1
        while j < range.upperBound {
            if t.kinds[j] == .punctuation, !t.isText(j, "-"), !t.isText(j, ".") {
                let digitGroup = t.isText(j, ",") && j + 1 < range.upperBound && t.kinds[j - 1] == .number && t.kinds[j + 1] == .number
                if !digitGroup { return j }
            }
            j += 1
        }
        return range.upperBound
    }

    /// For an attribution that ends at token `k` and sits between commas ("A, X said, B."),
    /// the last token of the sentence, where the interrupted content ends; nil otherwise.
    /// `inverted`: the speaker follows its cue ("A, said X, …"), where a comma more often opens
    /// the speaker's apposition.
    func resumption(after k: Int, _ range: Range<Int>, _ context: AttributionContext, inverted: Bool = false) -> Int? {
        let t = context.t
        var j = k + 1
        // "X said in an interview," / "X said Monday,": a short adverbial before the comma.
        while j < range.upperBound, j - k <= 6, !t.isText(j, ","), t.kinds[j] == .word, !context.cueAt.hasCue(j), !context.insideQuote[j] { j += 1 }
        guard j < range.upperBound, t.isText(j, ","), j + 1 < range.upperBound else { return nil }
        let after = j + 1
        // `X said, “…”` opens a direct quotation, not the rest of the content.
        if context.insideQuote[after] || context.cueAt[after]?.form == .participle || Self.clauseBreaks.contains(t.lowercased[after])
            || ["referring", "adding", "noting"].contains(t.lowercased[after]) { return nil }
        // "…, said Cole, a professor who …": after a speaker that follows its cue, an apposition.
        if inverted, Self.appositionOpeners.contains(t.lowercased[after]) || t.capitalized[after] { return nil }
        let words = (after..<range.upperBound).filter { t.kinds[$0] == .word }.count
        return words >= 3 ? range.upperBound - 1 : nil
    }

    /// Words that open an apposition to a speaker ("said Cole, a professor …").
    static let appositionOpeners: Set<String> = ["a", "an", "the", "who", "whose", "his", "her", "their", "its", "one", "chairman",
                                                 "director", "president", "head", "spokesman", "spokeswoman", "founder", "author"]
    /// Words that open a subordinate clause ("While X says …, …").
    static let subordinators: Set<String> = ["while", "when", "whenever", "although", "though", "if", "because", "since",
                                             "once", "until", "unless", "whereas", "after", "before"]

    /// Whether the clause holding cue `c` is a subordinate clause: a subordinator ("as" and
    /// "even as" too) first in the
    /// sentence (after "But", "And", "So" or "Yet") or right after its last comma before the cue,
    /// and no comma, semicolon or quotation between it and the cue.
    func subordinateOpening(_ range: Range<Int>, before c: Int, _ context: AttributionContext) -> Bool {
        let t = context.t
        var first = range.lowerBound
        if first < c, ["but", "and", "so", "yet"].contains(t.lowercased[first]) { first += 1 }
        // "…, while X says A, B": a subordinate clause after the sentence's last comma before the cue.
        if let comma = (range.lowerBound..<c).last(where: { t.isText($0, ",") && !context.insideQuote[$0] }),
           comma + 1 < c, Self.subordinators.contains(t.lowercased[comma + 1]) { first = comma + 1 }
        // "Even as X says A, B", "As X says A, B".
        if first + 1 < c, t.lowercased[first] == "even" { first += 1 }
        guard first < c, Self.subordinators.contains(t.lowercased[first]) || t.lowercased[first] == "as" else { return false }
        return !((first + 1)..<c).contains(where: { t.isText($0, ",") || t.isText($0, ";") || context.insideQuote[$0] })
    }

    /// An indirect quote over `span` in its paragraph, attributed to `name` (written as `mention`)
    /// through the cue at `cue`; every rule of this finder reports through it.
    func indirectQuote(_ span: Span, speaker name: String, mention: Span, entity: Int?, cue: Span, lemma: String?,
                       confidence: Double, _ context: AttributionContext) -> Quote {
        var quote = Quote(span: span, openMark: nil, closeMark: nil, kind: .indirect,
                          paragraph: context.document.paragraphIndex(at: span.start) ?? 0, group: -1)
        quote.attribution = Attribution(speaker: name, mention: mention, entity: entity, cue: cue,
                                        cueLemma: lemma, sieve: "indirect", confidence: confidence)
        return quote
    }
}
