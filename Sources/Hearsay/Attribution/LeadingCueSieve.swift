/// `X said: “…”`, `X said, “…”`, `Political leaders, X said, will seek “…”`, `He repeated … that Russia “…”`:
/// the nearest cue before the quote in its sentence, and the speaker before that cue.
struct LeadingCueSieve: AttributionSieve {
    let name = "leading-cue"
    let confidence = 0.9
    let examples = [
        SieveExample(text: "Hugh Hill, a doctor, said: “The ward is full.”", quote: "The ward is full", speaker: "Hugh Hill"),
        SieveExample(text: "Sir Vince Cable, who replaced Tim Farron as leader in July, said “we are ready”.", quote: "we are ready", speaker: "Vince Cable"),
        SieveExample(text: "Political leaders, Mr Jim Mattis said, will seek “a way forward”.", quote: "a way forward", speaker: "Jim Mattis"),
        SieveExample(text: "Anna Berg shook her head and said, “Not this year.”", quote: "Not this year", speaker: "Anna Berg"),
        SieveExample(text: "As Anna Berg, the mayor, put it: “We are broke.”", quote: "We are broke", speaker: "Anna Berg"),
        SieveExample(text: "Anna Berg spoke first, but when Tom Reed took the stage he thanked the crews and later said, “We are done.”",
                     quote: "We are done", speaker: "Tom Reed"),
        SieveExample(text: "Asked whether she would run again, Anna Berg shook her head and said, “Not this year.”",
                     quote: "Not this year", speaker: "Anna Berg"),
        SieveExample(text: "Some fans cheered. Others shouted, “Go home!”", quote: "Go home", speaker: "Others"),
        SieveExample(text: "Another source familiar with the talks said, “Nothing is agreed yet.”", quote: "Nothing is agreed",
                     speaker: "Another source familiar with the talks"),
    ]

    /// Cues whose object is the person spoken to. A byte-indexed table: asked as a
    /// `Set<String>`, each question hashed the lemma (callgrind, the 168 PolNeAR dev+test
    /// texts: about 320 instructions a question).
    static let addresseeFirst: WordTable<Void> = ["tell", "ask", "inform", "remind", "assure", "urge", "warn", "advise"]

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let quote = context.quotes[q].place
        let site = context.site(q)
        let open = site.open, range = site.openSentence
        guard range.contains(open) || open == range.upperBound else { return nil }
        let phrases = SpeakerPhrases(context: context)
        var c = open - 1
        while c >= range.lowerBound {
            if context.insideQuote[c] {
                // `to “A” and then “B”`: a quote earlier in the sentence, already attributed, speaks for both.
                if context.quoteAt[c] >= 0, let inherited = SpeakerCandidate.inherited(from: context.quoteAt[c], context) {
                    return (inherited, nil)
                }
                break
            }
            if let cue = context.cueAt[c] {
                // "…, saying there is “…”", "an email to supporters stating “…”": the participle sieve finds the clause subject.
                if cue.form == .participle { return nil }
                if cue.type == "belief" && quote.kind != .direct { c -= 1; continue }
                let local = range.lowerBound..<open
                if let candidate = phrases.left(of: c, in: local) { return (candidate, c) }
                // "told his supporters, “…”": after tell and ask comes the addressee, not the speaker.
                if !Self.addresseeFirst.contains(cue.lemma), let candidate = phrases.right(of: c, in: local),
                   candidate.span.end <= quote.outer.start { return (candidate, c) }
                // "Mrs. Clinton shook her head and said, “…”": a coordinated cue takes the clause subject.
                var before = c - 1
                while before > range.lowerBound, context.words(before).contains(.skippable) { before -= 1 }
                // Only the clause that holds the conjunction counts ("Asked about it, Ms. Hill shook her head and said").
                if before > range.lowerBound, context.words(before).contains(.andOrBut),
                   !(phrases.clauseStart(before: before, floor: range.lowerBound)..<before).contains(where: { context.insideQuote[$0] || context.cueAt.hasCue($0) }),
                   let subject = phrases.coordinatedSubject(before: before, floor: range.lowerBound) {
                    return (subject, c)
                }
                // A cue form used as a noun ("late-night tweets"): keep looking further back.
            }
            c -= 1
        }
        return nil
    }
}
