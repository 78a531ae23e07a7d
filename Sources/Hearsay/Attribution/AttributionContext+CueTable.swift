extension AttributionContext {
    /// The cue verb each token reads as, if any, read as `cueAt[k]` like an array of optionals.
    ///
    /// Few tokens are cues, so each token keeps only a small index into the list of cues found:
    /// filling one optional `CueVerb` (two strings) per token cost more than the whole lookup.
    struct CueTable {
        /// Per token, the position of its cue in `cues`, or -1.
        private var slots: [Int32]
        private var cues: [CueVerb] = []

        /// A table of `count` tokens, none of them a cue.
        init(count: Int) { slots = [Int32](repeating: -1, count: count) }

        /// Adds `cue` to the list without giving it to a token yet; returns its slot for `assign`.
        mutating func add(_ cue: CueVerb) -> Int32 {
            cues.append(cue)
            return Int32(cues.count - 1)
        }

        /// Gives token `k` the cue at `slot` (from `add`), so that tokens of one verb share it.
        mutating func assign(_ slot: Int32, to k: Int) { slots[k] = slot }

        /// Whether token `k` has a cue verb (without copying the cue out).
        @inline(__always)
        func hasCue(_ k: Int) -> Bool { slots[k] >= 0 }

        /// The cue verb token `k` reads as, or nil.
        subscript(k: Int) -> CueVerb? {
            get {
                let slot = slots[k]
                return slot < 0 ? nil : cues[Int(slot)]
            }
            set {
                guard let newValue else { slots[k] = -1; return }
                slots[k] = Int32(cues.count)
                cues.append(newValue)
            }
        }
    }

    /// The cue verbs of `t`'s tokens outside quotes (`inside`): single words from the lexicon,
    /// then the phrasal cues no single word gives ("as X put it", "Trump shot back").
    static func cueTable(_ t: TokenFeatures, inside: [Bool], lexicons: Lexicons) -> CueTable {
        let n = t.count
        let kinds = t.kinds, ids = t.ids, capitalized = t.capitalized, lowercased = t.lowercased, texts = t.texts
        var table = CueTable(count: n)
        // Each distinct word is looked up once: per word id, the slot of its cue verb in
        // `table`, `none`, or `unknown`; and whether the cue is a base form.
        let unknown: Int32 = -2, none: Int32 = -1
        var cueSlot = [Int32](repeating: unknown, count: t.distinctCount)
        var isBase = [Bool](repeating: false, count: t.distinctCount)
        // Per word id: 1 when a cue form after it is a noun, 0 when not, -1 unknown.
        var marksNoun = [Int8](repeating: -1, count: t.distinctCount)
        // Per word id: 1 when a phrasal verb's particle may follow, 0 when not, -1 unknown;
        // the particles themselves are remembered for the few that may.
        var mayBePhrasal = [Int8](repeating: -1, count: t.distinctCount)
        var particlesOf = WordMemo<Set<String>>(count: t.distinctCount)
        // One pass: a token that is no single-word cue may still begin a phrasal one.
        for k in 0..<n where kinds[k] == .word && !inside[k] {
            let id = Int(ids[k])
            singleWord: do {
                // "United States", "Tweets" mid-sentence: a capitalised word is a name, not a verb
                // (tested first, as it is cheaper than the lookup).
                if capitalized[k] && !t.isSentenceInitial(k) { break singleWord }
                var slot = cueSlot[id]
                if slot == unknown {
                    // The shape filter rules out most words before the lookup (nil when the
                    // lexicons were changed by hand, which leaves every word to the lookup).
                    if lexicons.cueVerbShapes?.mayContain(lowercased[k]) != false, let cue = lexicons.cueVerb(lowercased[k]) {
                        slot = table.add(cue)
                        isBase[id] = cue.form == .base
                    } else {
                        slot = none
                    }
                    cueSlot[id] = slot
                }
                if slot == none { break singleWord }
                if k > 0 {
                    // "an email", "his remarks", "the tweets": after a determiner the form is a noun.
                    let previous = Int(ids[k - 1])
                    if marksNoun[previous] < 0 {
                        let marks = nounMarkers.contains(lowercased[k - 1]) || Contraction.isPossessive(texts[k - 1])
                        marksNoun[previous] = marks ? 1 : 0
                    }
                    if marksNoun[previous] == 1 { break singleWord }
                    // "secretary of state": a base form after "of" is a noun.
                    if isBase[id] && lowercased[k - 1] == "of" { break singleWord }
                }
                table.assign(slot, to: k)
                continue
            }
            // The phrasal cues no single word gives ("as X put it", "Trump shot back").
            guard k + 1 < n else { continue }
            if mayBePhrasal[id] < 0 { mayBePhrasal[id] = phrasalCueShapes.mayContain(lowercased[k]) ? 1 : 0 }
            guard mayBePhrasal[id] == 1,
                  let particles = particlesOf.value(for: ids[k], { phrasalCues[lowercased[k]] }),
                  particles.contains(lowercased[k + 1]) else { continue }
            table[k] = CueVerb(lemma: lowercased[k] + " " + lowercased[k + 1], form: .past, type: "speech")
        }
        return table
    }
}
