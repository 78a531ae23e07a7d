/// Remembers one lexicon answer per distinct token text of a document (per `TokenFeatures.ids`
/// entry), so that a word met many times is looked up once.
///
///     var memo = WordMemo<CueVerb>(count: t.distinctCount)
///     let cue = memo.value(for: t.ids[k]) { lexicons.cueVerb(t.lowercased[k]) }
///
/// The answer must depend on the token's text alone (its bytes, as the id does).
struct WordMemo<Value> {
    /// Per id: `unknown`, `absent`, or the index of the answer in `values`.
    private var slots: [Int32]
    private var values: [Value] = []
    private static var unknown: Int32 { -2 }
    private static var absent: Int32 { -1 }

    /// A memo for ids `0..<count`, all unknown.
    init(count: Int) { slots = [Int32].filled(with: Self.unknown, count: count) }

    /// The answer for `id`: remembered, or computed by `lookup` now and remembered.
    mutating func value(for id: Int32, _ lookup: () -> Value?) -> Value? {
        let slot = slots[Int(id)]
        if slot >= 0 { return values[Int(slot)] }
        if slot == Self.absent { return nil }
        guard let found = lookup() else { slots[Int(id)] = Self.absent; return nil }
        values.append(found)
        slots[Int(id)] = Int32(values.count - 1)
        return found
    }
}
