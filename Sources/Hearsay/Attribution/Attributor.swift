/// Runs the attribution sieves over a document's quotes in their fixed order and resolves the
/// speaker each proposes; quotes no sieve can attribute stay unattributed.
struct Attributor {
    let sieves: [any AttributionSieve]
    /// Each sieve's name and confidence, read once, not out of its existential at each quote.
    let names: [String], confidences: [Double]
    /// The sieves of each round, by index. The second round runs only the sieves that read other
    /// quotes' attributions: every other one already failed on each quote still unattributed, and
    /// would fail the same way again.
    let rounds: [[Int]]

    /// An attributor running `sieves` (made once per worker: its tables are the same for every document).
    init(sieves: [any AttributionSieve] = AttributionSieves.standard) {
        self.sieves = sieves
        self.names = sieves.map(\.name)
        self.confidences = sieves.map(\.confidence)
        self.rounds = [Array(sieves.indices), sieves.indices.filter { sieves[$0].readsOtherAttributions }]
    }

    /// Attributes `context.quotes` in place.
    func attribute(_ context: AttributionContext) {
        let resolver = SpeakerResolver(context: context)
        // Two rounds: continuation and floating quotes can use what the first round found.
        for round in rounds where !round.isEmpty {
            for q in context.quotes.indices {
                // (In the quotes' buffer: `case .none = context.quotes[q].attribution` copied the quote's attribution.)
                guard context.quotes[q].depth == 0, !context.isAttributed(q) else { continue }
                // Indexed, so that each sieve is called in place rather than copied out of the array.
                for i in round {
                    guard let (candidate, cue) = sieves[i].propose(for: q, in: context),
                          let (name, entity) = resolver.resolve(candidate) else { continue }
                    var confidence = confidences[i]
                    if case .pronoun = candidate.kind { confidence *= entity == nil ? 0.75 : 0.9 }
                    if case .name = candidate.kind { confidence *= 0.9 }
                    if context.quotes[q].unclosed { confidence *= 0.8 }
                    var cueSpan = cue.map { context.t.spans[$0] }
                    var lemma = cue.flatMap { context.cueAt[$0]?.lemma } ?? (cue.map { context.t.lowercased[$0] })
                    if case let .inherited(source) = candidate.kind, cue == nil, context.isAttributed(source) {
                        cueSpan = context.attributionCue(of: source)
                        lemma = context.attributionCueLemma(of: source)
                    }
                    context.quotes[q].attribution = Attribution(
                        speaker: name, mention: candidate.span, entity: entity, cue: cueSpan,
                        cueLemma: lemma,
                        sieve: names[i], confidence: (confidence * 100).rounded() / 100)
                    break
                }
            }
        }
    }
}
