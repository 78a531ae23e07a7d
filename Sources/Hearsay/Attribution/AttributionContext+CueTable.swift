extension AttributionContext {
    /// The cue verb each token reads as, if any, read as `cueAt[k]` like an array of optionals,
    /// and found the first time a token is asked about: the sieves read only the few sentences
    /// around quotes, so most tokens of a document never are (no pass over the whole text).
    ///
    /// A token is a cue when it stands outside quotes and its word is a cue verb of the lexicon,
    /// unless it is capitalised mid-sentence ("Said Khan") or a noun after a determiner ("his
    /// remarks") or "of" ("secretary of state"); or when it is a phrasal cue with its particle
    /// ("as X put it", "Trump shot back"). Each token keeps only a small index into the list of
    /// cues found: filling one optional `CueVerb` (two strings) per token cost more than the lookup.
    final class CueTable {
        private let t: TokenFeatures
        /// Per token, >= 0 when it lies inside a quotation (see `AttributionContext.quoteAt`).
        private let cover: TokenIndexMap
        /// The lexicons when they were changed by hand (no tables), for `cueVerb`; else nil, so
        /// that the table does not hold (and retain) a second copy of all of them.
        private let handMade: Lexicons?
        /// The byte-indexed cue table read directly (`lexicons.cueVerb` copies the tables out of
        /// `lexicons` at each call); nil when the lexicons were changed by hand.
        private let cueWords: WordTable<CueVerb>?
        /// The shapes of the cue verbs, which rule out most words before a lookup (nil: no filter).
        private let cueShapes: WordShapeFilter?
        /// Whether a word is anything the table wants, kept with the thread's other answers about
        /// it when they are for these lexicons (most words are not: no lookup for a word met before).
        private let memo: TokenLookups?
        /// Per token: `unknown`, `none`, or the position of its cue in `cues`.
        private let slots: UnsafeMutableBufferPointer<Int32>
        /// Per word id: the slot of its cue verb in `cues` once looked up, or -1.
        private let cueSlot: UnsafeMutableBufferPointer<Int32>
        /// Per word id: its `WordFact` bits (0 before it is looked up).
        private let facts: UnsafeMutableBufferPointer<UInt8>
        /// Per word id: 1 when a cue form after it is a noun, 0 when not, -1 unknown.
        private let marksNoun: UnsafeMutableBufferPointer<Int8>
        @exclusivity(unchecked) private var cues: [CueVerb] = []
        /// `phrasalCueShapes`, `phrasalCues` and `nounMarkers`, read once per document: each
        /// read of a static ran its one-time-initialisation check, a call (callgrind, the 168
        /// PolNeAR dev+test texts: 5,600 calls of 35 instructions).
        private let phrasalShapes = AttributionContext.phrasalCueShapes
        private let phrasal = AttributionContext.phrasalCues
        private let nounWords = AttributionContext.nounMarkers
        private static let unknown: Int32 = -2
        private static let none: Int32 = -1

        /// The cue table of `t`'s tokens, those covered in `cover` (>= 0) being inside quotes.
        convenience init(_ t: TokenFeatures, cover: TokenIndexMap, lexicons: Lexicons) {
            self.init(t, cover: cover, box: LexiconsBox(lexicons))
        }

        /// The same, reading the lexicons in a worker's box (their fields one by one: no copy
        /// of them all unless they were changed by hand).
        init(_ t: TokenFeatures, cover: TokenIndexMap, box: LexiconsBox) {
            self.t = t
            self.cover = cover
            let tables = box.lexicons.tables
            handMade = tables == nil ? box.lexicons : nil
            cueWords = tables?.cueVerbs
            cueShapes = box.lexicons.cueVerbShapes
            memo = if let tables, t.lookups.isShared(for: tables) { t.lookups } else { nil }
            // The four tables in one allocation (slots, cue slots, facts, noun marks, in that
            // order): made and freed for every document, four of them cost four trips through
            // malloc and free (callgrind, the 168 PolNeAR dev+test texts: this init 543,000 ->
            // 440,000 instructions, the deinit 286,000 -> 223,000).
            let n = max(1, t.count), d = max(1, t.distinctCount)
            let memory = UnsafeMutableRawPointer.allocate(byteCount: 4 * n + 6 * d, alignment: MemoryLayout<Int32>.alignment)
            slots = UnsafeMutableBufferPointer(start: memory.bindMemory(to: Int32.self, capacity: n), count: n)
            slots.initialize(repeating: Self.unknown)
            cueSlot = UnsafeMutableBufferPointer(start: (memory + 4 * n).bindMemory(to: Int32.self, capacity: d), count: d)
            cueSlot.initialize(repeating: -1)
            facts = UnsafeMutableBufferPointer(start: (memory + 4 * n + 4 * d).bindMemory(to: UInt8.self, capacity: d), count: d)
            facts.initialize(repeating: 0)
            marksNoun = UnsafeMutableBufferPointer(start: (memory + 4 * n + 5 * d).bindMemory(to: Int8.self, capacity: d), count: d)
            marksNoun.initialize(repeating: -1)
            // Room for a typical document's cue words at once (PolNeAR: 26 on average): the
            // list grew from empty five times a document, each growth a copy of the cues.
            cues.reserveCapacity(32)
        }

        deinit {
            // The one allocation all four tables lie in, `slots` first.
            UnsafeMutableRawPointer(slots.baseAddress!).deallocate()
        }

        /// Whether token `k` has a cue verb (without copying the cue out).
        @inline(__always)
        func hasCue(_ k: Int) -> Bool { slot(k) >= 0 }

        /// The cue verb token `k` reads as, or nil.
        subscript(k: Int) -> CueVerb? {
            let slot = slot(k)
            return slot < 0 ? nil : cues[Int(slot)]
        }

        /// Token `k`'s position in `cues`, or `none`, found now if not yet asked.
        @inline(__always)
        private func slot(_ k: Int) -> Int32 {
            let known = slots[k]
            if known != Self.unknown { return known }
            let found = find(k)
            slots[k] = found
            return found
        }

        /// What one distinct word can be (`find`): bits of `known`, `cue`, `base`, `phrasal`.
        enum WordFact {
            /// Looked up (a word with only this bit is nothing the table wants: most words).
            static let known: UInt8 = 1
            /// A cue verb form in the lexicon (its slot in `cues` is kept apart).
            static let cue: UInt8 = 2
            /// A cue verb's base form ("say", "tell").
            static let base: UInt8 = 4
            /// A verb of `phrasalCues` ("put", "shot").
            static let phrasal: UInt8 = 8
        }

        /// The facts and cue verb of lowercase word `word`, looked up now.
        private func lookUp(_ word: String) -> (facts: UInt8, cue: CueVerb?) {
            var f = WordFact.known
            var found: CueVerb? = nil
            // One shape serves both filters, which rule out most words before a lookup (no cue
            // filter when the lexicons were changed by hand: every word goes to the lookup).
            let shape = WordShapeFilter.shape(of: word)
            if cueShapes?.mayContain(shape: shape) != false {
                let cue: CueVerb? = if let cueWords { cueWords[word] } else { handMade?.cueVerb(word) }
                if let cue {
                    found = cue
                    f |= cue.form == .base ? WordFact.cue | WordFact.base : WordFact.cue
                }
            }
            if phrasalShapes.mayContain(shape: shape), phrasal[word] != nil { f |= WordFact.phrasal }
            return (f, found)
        }

        /// The facts of token `k`'s word, looked up the first time its id is met.
        private func wordFacts(_ k: Int) -> UInt8 {
            let id32 = t.ids[k]
            let id = Int(id32)
            let f = facts[id]
            if f != 0 { return f }
            var found = WordFact.known
            var cue: CueVerb? = nil
            // The word's string is read only for a lookup: it lies in the thread's array of all
            // words, seldom in the processor's cache, and most words are answered by `memo`.
            if let memo, !memo.answer(.attributionWord, id32, { lookUp(t.lowercased.distinct[id]).facts != WordFact.known }) {
                found = WordFact.known
            } else {
                (found, cue) = lookUp(t.lowercased.distinct[id])
            }
            if let cue {
                cues.append(cue)
                cueSlot[id] = Int32(cues.count - 1)
            }
            facts[id] = found
            return found
        }

        /// Token `k`'s position in `cues` (a phrasal cue is added to it now), or `none`.
        private func find(_ k: Int) -> Int32 {
            guard cover[k] < 0 else { return Self.none }
            let f = wordFacts(k)
            if f == WordFact.known || t.kinds[k] != .word { return Self.none }
            // `t.lowercased` is read where a string is wanted, not copied to a local first: the
            // copy retained and released its three references at every cue word asked about
            // (4,959 of each on the 168 PolNeAR dev+test texts, in callgrind), most of which
            // read no string.
            singleWord: if f & WordFact.cue != 0 {
                // "United States", "Tweets" mid-sentence: a capitalised word is a name, not a verb.
                if t.capitalized[k] && !t.isSentenceInitial(k) { break singleWord }
                if k > 0 {
                    // "an email", "his remarks", "the tweets": after a determiner the form is a noun.
                    let previous = Int(t.ids[k - 1])
                    if marksNoun[previous] < 0 {
                        let marks = nounWords.contains(t.lowercased[k - 1]) || Contraction.isPossessive(k - 1, t)
                        marksNoun[previous] = marks ? 1 : 0
                    }
                    if marksNoun[previous] == 1 { break singleWord }
                    // "secretary of state": a base form after "of" is a noun.
                    if f & WordFact.base != 0 && t.lowercased[k - 1] == "of" { break singleWord }
                }
                return cueSlot[Int(t.ids[k])]
            }
            // The phrasal cues no single word gives ("as X put it", "Trump shot back").
            guard f & WordFact.phrasal != 0, k + 1 < t.count,
                  let particles = phrasal[t.lowercased[k]], particles.contains(t.lowercased[k + 1]) else { return Self.none }
            cues.append(CueVerb(lemma: t.lowercased[k] + " " + t.lowercased[k + 1], form: .past, type: "speech"))
            return Int32(cues.count - 1)
        }
    }

    /// The cue verbs of `t`'s tokens outside quotes (`inside`): single words from the lexicon,
    /// then the phrasal cues no single word gives ("as X put it", "Trump shot back").
    static func cueTable(_ t: TokenFeatures, inside: [Bool], lexicons: Lexicons) -> CueTable {
        var cover = TokenIndexMap(count: t.count)
        for k in inside.indices where inside[k] { cover.assign(0, to: k..<(k + 1)) }
        return CueTable(t, cover: cover, lexicons: lexicons)
    }
}
