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
}
