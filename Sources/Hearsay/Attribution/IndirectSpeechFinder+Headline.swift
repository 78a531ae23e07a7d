/// Reported speech in a headline, where verbs are in the present and often capitalised:
/// `Mayor Vows To Rebuild Old Bridge`, `Mayor calls bridge plan ‘a mess’`,
/// `Old Bridge Will Reopen In May, Mayor Says`.
///
/// A headline is a sentence in title case, or the first paragraph when it is one short
/// sentence. In a headline a present form such as "calls" or "questions" is a verb, and one
/// word of content is enough ("Union endorses Cole").
extension IndirectSpeechFinder {
    /// Most tokens a first paragraph may have to be read as a headline.
    static let headlineLength = 25
    /// Most tokens of a headline's speaker phrase.
    static let headlineSpeakerLength = 6
    /// Short words a title-case headline leaves in lower case.
    static let headlineFunctionWords: Set<String> = ["a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "and", "or",
                                                     "but", "with", "as", "from", "vs", "is", "are", "be", "if", "into", "over"]

    /// Whether sentence tokens `range` read as a headline: title case, or the first paragraph made
    /// of this one short sentence (before a longer body).
    func isHeadline(_ range: Range<Int>, _ context: AttributionContext) -> Bool {
        let t = context.t
        let words = range.filter { t.kinds[$0] == .word && !Self.headlineFunctionWords.contains(t.lowercased[$0]) }
        guard words.count >= 3 else { return false }
        if words.allSatisfy({ t.capitalized[$0] || t.texts[$0].first?.isNumber == true || context.insideQuote[$0] }) { return true }
        let document = context.document
        guard range.count <= Self.headlineLength, document.paragraphs.count > 1,
              let p = document.paragraphIndex(at: t.spans[range.lowerBound].start), p == 0 else { return false }
        let paragraph = document.paragraphs[0].span
        return paragraph.start >= t.spans[range.lowerBound].start - 1 && paragraph.end <= t.spans[range.upperBound - 1].end + 1
    }

    /// The reported speech of headline tokens `range`: `SPEAKER VERB CONTENT` or `CONTENT, SPEAKER says`.
    func headlineSpeech(_ range: Range<Int>, _ context: AttributionContext) -> Quote? {
        let t = context.t
        var last = range.upperBound - 1
        while last > range.lowerBound, t.kinds[last] == .punctuation, !context.insideQuote[last] { last -= 1 }
        // "CONTENT, SPEAKER Says."
        if let cue = context.cueVerb(word: t.lowercased[last]), cue.lemma == "say", cue.form == .present || cue.form == .past,
           let comma = (range.lowerBound..<last).last(where: { t.isText($0, ",") && !context.insideQuote[$0] }),
           comma > range.lowerBound, let speaker = headlineSpeaker(comma + 1, last, context) {
            return headlineQuote(range.lowerBound, comma - 1, speaker: speaker, cue: last, lemma: cue.lemma, context)
        }
        // "SPEAKER VERB CONTENT": the first verb with a speaker phrase before it.
        for v in (range.lowerBound + 1)..<last where t.kinds[v] == .word && !context.insideQuote[v] {
            guard let lemma = headlineVerb(at: v, context) else { continue }
            let from = (range.lowerBound..<v).last(where: { [",", ":"].contains(t.texts[$0]) }).map { $0 + 1 } ?? range.lowerBound
            guard from < v, let speaker = headlineSpeaker(from, v, context) else { continue }
            var start = v + 1
            // "Calls For …": the preposition that opens a content verb's object is no part of it.
            if let verb = context.lexicons.contentVerbs[t.lowercased[v]], verb.complements.contains(t.lowercased[start]), start < last { start += 1 }
            guard start <= last else { return nil }
            let end = min(last, contentEnd(from: start, range, context))
            return headlineQuote(start, end, speaker: speaker, cue: v, lemma: lemma, context)
        }
        return nil
    }

    /// The lemma of a reporting or content verb at `v` as a headline uses it: a present or past
    /// form, or a base form after a plural subject ("Lawmakers Urge …").
    func headlineVerb(at v: Int, _ context: AttributionContext) -> String? {
        let t = context.t
        let word = t.lowercased[v]
        if let cue = context.cueVerb(word: word), cue.type != "manner", !Self.aspectLemmas.contains(cue.lemma) {
            if cue.form == .present || cue.form == .past { return cue.lemma }
            if cue.form == .base, t.lowercased[v - 1].hasSuffix("s"), t.capitalized[v - 1] { return cue.lemma }
        }
        if let verb = context.lexicons.contentVerbs[word], word != verb.lemma, !word.hasSuffix("ing") { return verb.lemma }
        return nil
    }

    /// The speaker phrase that is all of tokens `from..<to`: a recognised mention, or a short
    /// run of words that opens with a capital ("New Poll", "House panel").
    func headlineSpeaker(_ from: Int, _ to: Int, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        guard from < to, to - from <= Self.headlineSpeakerLength, t.capitalized[from],
              !(from..<to).contains(where: { context.insideQuote[$0] || (t.kinds[$0] == .punctuation && !["’s", "'s", ".", "’", "'"].contains(t.texts[$0])) })
        else { return nil }
        let m = context.mentionAt[from]
        if m >= 0, context.mentions[m].kind != .place, context.token(atOrAfter: context.mentions[m].fullSpan.end) == to {
            return SpeakerCandidate(kind: .mention(m), span: context.mentions[m].fullSpan)
        }
        return SpeakerCandidate(kind: .nominal, span: Span(t.spans[from].start, t.spans[to - 1].end))
    }

    /// An indirect quote over tokens `a...b` (end punctuation trimmed) with its speaker.
    func headlineQuote(_ a: Int, _ b: Int, speaker: SpeakerCandidate, cue: Int, lemma: String, _ context: AttributionContext) -> Quote? {
        let t = context.t
        var a = a, b = b
        while b > a, t.kinds[b] == .punctuation, !context.insideQuote[b] { b -= 1 }
        while a < b, t.kinds[a] == .punctuation, !context.insideQuote[a] { a += 1 }
        guard a <= b, (a...b).contains(where: { t.kinds[$0] == .word }),
              let (name, entity) = SpeakerResolver(context: context).resolve(speaker) else { return nil }
        let span = Span(t.spans[a].start, t.spans[b].end)
        return indirectQuote(span, speaker: name, mention: speaker.span, entity: entity, cue: t.spans[cue], lemma: lemma, confidence: 0.6, context)
    }
}
