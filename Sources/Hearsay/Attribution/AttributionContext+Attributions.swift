/// What the attributions made so far say of a quote, read in the quotes' buffer: reading
/// `quotes[q].attribution?.sieve`, or comparing `quotes[q].attribution` with nil, copied the
/// whole quote out of the array (its attribution's strings retained and released) at each ask.
extension AttributionContext {
    /// Whether quote `q` is attributed.
    @inline(__always)
    func isAttributed(_ q: Int) -> Bool {
        quotes.withUnsafeBufferPointer { quotes in
            if case .some = quotes[q].attribution { true } else { false }
        }
    }

    /// The name of the sieve that attributed quote `q`, or nil when it is not attributed.
    @inline(__always)
    func attributingSieve(of q: Int) -> String? {
        quotes.withUnsafeBufferPointer { $0[q].attribution?.sieve }
    }

    /// The cue of quote `q`'s attribution, or nil when it has none or the quote is not attributed.
    @inline(__always)
    func attributionCue(of q: Int) -> Span? {
        quotes.withUnsafeBufferPointer { $0[q].attribution?.cue }
    }

    /// The cue lemma of quote `q`'s attribution, or nil when it has none or the quote is not attributed.
    @inline(__always)
    func attributionCueLemma(of q: Int) -> String? {
        quotes.withUnsafeBufferPointer { $0[q].attribution?.cueLemma }
    }

    /// The words naming quote `q`'s speaker, or nil when the quote is not attributed.
    @inline(__always)
    func attributionMention(of q: Int) -> Span? {
        quotes.withUnsafeBufferPointer { $0[q].attribution?.mention }
    }

    /// The speaker of quote `q` and its entity, or nil when the quote is not attributed.
    @inline(__always)
    func attributedSpeaker(of q: Int) -> (name: String, entity: Int?)? {
        quotes.withUnsafeBufferPointer { quotes in
            guard let name = quotes[q].attribution?.speaker else { return nil }
            return (name, quotes[q].attribution?.entity ?? nil)
        }
    }
}
