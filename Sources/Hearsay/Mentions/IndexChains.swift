/// Lists of numbers by key, kept in two flat arrays instead of an array per key: each number
/// (`0..<values`) is in at most one list, numbers are appended in ascending order, and each list
/// is read front to back (ascending) by following `next(after:)`.
///
/// The clusterer files person entities by the class of a word of their name this way, without
/// allocating an array per word.
struct IndexChains {
    /// The first and last number of each key's list, or -1.
    private var heads: [Int32], tails: [Int32]
    /// The number after each number in its list, or -1.
    private var links: [Int32] = []

    /// Empty lists for `keys` keys, with room for numbers below `values` (more grow the room).
    init(keys: Int, values: Int = 0) {
        heads = [Int32].filled(with: -1, count: keys)
        tails = heads
        links = [Int32].filled(with: -1, count: values)
    }

    /// Empties every list, as `init(keys:values:)` would, keeping the room the arrays have (a
    /// thread's clusterer reuses its chains for every document).
    mutating func reset(keys: Int, values: Int = 0) {
        heads.removeAll(keepingCapacity: true)
        heads.append(contentsOf: repeatElement(-1, count: keys))
        tails.removeAll(keepingCapacity: true)
        tails.append(contentsOf: repeatElement(-1, count: keys))
        links.removeAll(keepingCapacity: true)
        links.append(contentsOf: repeatElement(-1, count: values))
    }

    /// Appends `value` (above every number appended before) to the list of `key`.
    mutating func append(_ value: Int, to key: Int) {
        if links.count <= value { links.append(contentsOf: repeatElement(-1, count: value + 1 - links.count)) }
        let v = Int32(truncatingIfNeeded: value)
        if tails[key] >= 0 { links[Int(tails[key])] = v } else { heads[key] = v }
        tails[key] = v
    }

    /// The first number of the list of `key`, or -1 when it is empty.
    func first(_ key: Int) -> Int { Int(heads[key]) }

    /// The number after `value` in its list, or -1 at the end.
    func next(after value: Int) -> Int { Int(links[value]) }

    /// The numbers of `key`'s list in order (tests and diagnostics).
    func list(_ key: Int) -> [Int] {
        var out: [Int] = []
        var v = first(key)
        while v >= 0 { out.append(v); v = next(after: v) }
        return out
    }
}
