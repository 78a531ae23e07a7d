/// The last four answers of a pure function of an integer, kept so that the same question is
/// answered again without the work: the sieves ask for the first token at one quote's marks and
/// sentence bounds over and over, each a binary search over the document's tokens.
///
/// Keys are never `Int.min`, which marks an empty slot (byte offsets are not negative).
struct RecentAnswers {
    private var keys: (Int, Int, Int, Int) = (.min, .min, .min, .min)
    private var values: (Int, Int, Int, Int) = (0, 0, 0, 0)
    /// The slot the next answer replaces (the oldest).
    private var next = 0

    /// The remembered answer for `key`, if it is one of the last four.
    func answer(for key: Int) -> Int? {
        if keys.0 == key { return values.0 }
        if keys.1 == key { return values.1 }
        if keys.2 == key { return values.2 }
        if keys.3 == key { return values.3 }
        return nil
    }

    /// Remembers `value` as the answer for `key`, forgetting the oldest answer.
    mutating func remember(_ value: Int, for key: Int) {
        assert(key != .min, "Int.min marks an empty slot")
        switch next {
        case 0: keys.0 = key; values.0 = value
        case 1: keys.1 = key; values.1 = value
        case 2: keys.2 = key; values.2 = value
        default: keys.3 = key; values.3 = value
        }
        next = (next + 1) & 3
    }
}
