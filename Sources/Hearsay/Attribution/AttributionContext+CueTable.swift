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
        scanWords(t, inside: inside, lexicons: lexicons).cues
    }

    /// What one distinct word can be, found once per word id (`scanWords`): bits of `known`,
    /// `cue`, `base`, `phrasal`, `according`.
    enum WordFact {
        /// Looked up (a word with only this bit is nothing the scan wants: most words).
        static let known: UInt8 = 1
        /// A cue verb form in the lexicon (its slot in the table is kept apart).
        static let cue: UInt8 = 2
        /// A cue verb's base form ("say", "tell").
        static let base: UInt8 = 4
        /// A verb of `phrasalCues` ("put", "shot").
        static let phrasal: UInt8 = 8
        /// The word "according".
        static let according: UInt8 = 16
    }

    /// One scan of the tokens outside quotes (`inside`) gives the cue table (see `cueTable`) and
    /// the tokens "according" followed by "to", ascending. What a word can be is looked up once
    /// per word id, so that most tokens cost a read of their id's facts.
    static func scanWords(_ t: TokenFeatures, inside: [Bool], lexicons: Lexicons) -> (cues: CueTable, accordingTo: [Int]) {
        let n = t.count
        let kinds = t.kinds, ids = t.ids, capitalized = t.capitalized, lowercased = t.lowercased, texts = t.texts
        var table = CueTable(count: n)
        var accordingTo: [Int] = []
        // Per word id: its `WordFact` bits (0 before it is looked up), and the slot of its cue verb in `table`.
        var facts = [UInt8](repeating: 0, count: t.distinctCount)
        var cueSlot = [Int32](repeating: -1, count: t.distinctCount)
        // Per word id: 1 when a cue form after it is a noun, 0 when not, -1 unknown.
        var marksNoun = [Int8](repeating: -1, count: t.distinctCount)
        // The particles of the phrasal verbs met.
        var particlesOf = WordMemo<Set<String>>(count: t.distinctCount)
        let cueShapes = lexicons.cueVerbShapes, phrasalShapes = phrasalCueShapes
        // The byte-indexed cue table read directly (`lexicons.cueVerb` copies the tables out of
        // `lexicons` at each call); nil when the lexicons were changed by hand.
        let cueWords = lexicons.tables?.cueVerbs
        let accordingShape = WordShapeFilter.shape(of: "according")
        let distinctLower = lowercased.distinct
        // Whether a word is anything the scan wants is kept with the thread's other answers about
        // it when they are for these lexicons (most words are not: no lookup for a word met before).
        let memo: TokenLookups? = if let tables = lexicons.tables, t.lookups.isShared(for: tables) { t.lookups } else { nil }
        /// The facts and cue verb of lowercase word `word`, looked up now (nothing written from
        /// here: a nested function that wrote the tables would pay an access check at each write).
        func lookUp(_ word: String) -> (facts: UInt8, cue: CueVerb?) {
            var f = WordFact.known
            var found: CueVerb? = nil
            // One shape serves both filters, which rule out most words before a lookup (no cue
            // filter when the lexicons were changed by hand: every word goes to the lookup).
            let shape = WordShapeFilter.shape(of: word)
            if cueShapes?.mayContain(shape: shape) != false {
                let cue: CueVerb? = if let cueWords { cueWords[word] } else { lexicons.cueVerb(word) }
                if let cue {
                    found = cue
                    f |= cue.form == .base ? WordFact.cue | WordFact.base : WordFact.cue
                }
            }
            if phrasalShapes.mayContain(shape: shape), phrasalCues[word] != nil { f |= WordFact.phrasal }
            if shape == accordingShape, word == "according" { f |= WordFact.according }
            return (f, found)
        }
        inside.withUnsafeBufferPointer { inside in
            ids.withUnsafeBufferPointer { ids in
                for k in 0..<n where !inside[k] {
                    let id = Int(ids[k])
                    var f = facts[id]
                    if f == 0 {
                        if let memo, !memo.answer(.attributionWord, ids[k], { lookUp(distinctLower[id]).facts != WordFact.known }) {
                            f = WordFact.known
                        } else {
                            let cue: CueVerb?
                            (f, cue) = lookUp(distinctLower[id])
                            if let cue { cueSlot[id] = table.add(cue) }
                        }
                        facts[id] = f
                    }
                    if f == WordFact.known { continue }
                    if f & WordFact.according != 0, k + 1 < n, lowercased[k + 1] == "to" { accordingTo.append(k) }
                    guard kinds[k] == .word else { continue }
                    singleWord: if f & WordFact.cue != 0 {
                        // "United States", "Tweets" mid-sentence: a capitalised word is a name, not a verb.
                        if capitalized[k] && !t.isSentenceInitial(k) { break singleWord }
                        if k > 0 {
                            // "an email", "his remarks", "the tweets": after a determiner the form is a noun.
                            let previous = Int(ids[k - 1])
                            if marksNoun[previous] < 0 {
                                let marks = nounMarkers.contains(lowercased[k - 1]) || Contraction.isPossessive(texts[k - 1])
                                marksNoun[previous] = marks ? 1 : 0
                            }
                            if marksNoun[previous] == 1 { break singleWord }
                            // "secretary of state": a base form after "of" is a noun.
                            if f & WordFact.base != 0 && lowercased[k - 1] == "of" { break singleWord }
                        }
                        table.assign(cueSlot[id], to: k)
                        continue
                    }
                    // The phrasal cues no single word gives ("as X put it", "Trump shot back").
                    guard f & WordFact.phrasal != 0, k + 1 < n,
                          let particles = particlesOf.value(for: ids[k], { phrasalCues[lowercased[k]] }),
                          particles.contains(lowercased[k + 1]) else { continue }
                    table[k] = CueVerb(lemma: lowercased[k] + " " + lowercased[k + 1], form: .past, type: "speech")
                }
            }
        }
        return (table, accordingTo)
    }
}
