/// Counts keys and keeps only the most frequent, so per-speaker tallies stay small on any corpus.
///
/// When it holds more than `capacity` keys it drops the less frequent half; a key that was
/// dropped and comes back starts again from zero, so on long-tailed data the counts of the top
/// keys are exact and the rest approximate.
public struct TopCounter: Sendable, Equatable {
    public private(set) var counts: [String: Int] = [:]
    public let capacity: Int

    public init(capacity: Int = 256) { self.capacity = max(2, capacity) }

    /// Adds `amount` to `key`.
    public mutating func add(_ key: String, _ amount: Int = 1) {
        counts[key, default: 0] += amount
        if counts.count > capacity {
            let keep = top(capacity / 2)
            counts = Dictionary(uniqueKeysWithValues: keep.map { ($0.key, $0.count) })
        }
    }

    /// The `limit` most frequent keys, most frequent first (ties in key order).
    public func top(_ limit: Int) -> [(key: String, count: Int)] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map { (key: $0.key, count: $0.value) }
    }
}
