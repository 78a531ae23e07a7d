extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them, without its cost for a
    /// small array: that initializer allocates through a standard-library function the compiler
    /// does not specialize, which looks up the storage class's generic metadata in the runtime's
    /// hash table on every call, whereas `reserveCapacity` allocates through specialized code that
    /// keeps the metadata in a per-call-site cache. (Tens of such arrays per document made a
    /// noticeable share of the time of a one-sentence text.)
    static func filled(with value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        array.append(contentsOf: RepeatedFill(value, count: count))
        return array
    }
}
