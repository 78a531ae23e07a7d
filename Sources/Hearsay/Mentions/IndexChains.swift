/// Lists of numbers by key, kept in flat buffers instead of an array per key: each number
/// (`0..<values`) is in at most one list, numbers are appended in ascending order, and each list
/// is read front to back (ascending) by following `next(after:)`.
///
/// The clusterer files person entities by the class of a word of their name this way, without
/// allocating an array per word. A class holding its buffers, reused for every document of a
/// thread: as a struct of three arrays, emptying and refilling them with -1 per document and
/// the appends' uniqueness checks took 0.5 M instructions on the 168 PolNeAR dev+test texts.
final class IndexChains {
    /// The first and last number of each key's list, or -1: `keyCount` of each, room for `keyRoom`.
    @exclusivity(unchecked) private var heads: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var tails: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var keyCount = 0, keyRoom: Int
    /// The number after each number in its list, or -1: `linkCount` of them, room for `linkRoom`.
    @exclusivity(unchecked) private var links: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var linkCount = 0, linkRoom: Int

    /// Empty lists for `keys` keys, with room for numbers below `values` (more grow the room).
    init(keys: Int, values: Int = 0) {
        keyRoom = max(keys, 16)
        linkRoom = max(values, 16)
        heads = .allocate(capacity: keyRoom)
        tails = .allocate(capacity: keyRoom)
        links = .allocate(capacity: linkRoom)
        reset(keys: keys, values: values)
    }

    deinit {
        heads.deallocate()
        tails.deallocate()
        links.deallocate()
    }

    /// Empties every list, as `init(keys:values:)` would, keeping the room the buffers have
    /// (a thread's clusterer reuses its chains for every document).
    func reset(keys: Int, values: Int = 0) {
        precondition(keys >= 0 && values >= 0, "negative counts")
        if keys > keyRoom {
            keyRoom = max(keys, 2 * keyRoom)
            heads.deallocate()
            tails.deallocate()
            heads = .allocate(capacity: keyRoom)
            tails = .allocate(capacity: keyRoom)
        }
        heads.update(repeating: -1, count: keys)
        tails.update(repeating: -1, count: keys)
        keyCount = keys
        linkCount = 0
        extendLinks(to: values)
    }

    /// Makes `count` links (the new ones -1), growing their room if need be.
    private func extendLinks(to count: Int) {
        guard count > linkCount else { return }
        if count > linkRoom {
            let room = max(count, 2 * linkRoom)
            let grown = UnsafeMutablePointer<Int32>.allocate(capacity: room)
            grown.update(from: links, count: linkCount)
            links.deallocate()
            links = grown
            linkRoom = room
        }
        (links + linkCount).update(repeating: -1, count: count - linkCount)
        linkCount = count
    }

    /// Appends `value` (above every number appended before) to the list of `key`.
    func append(_ value: Int, to key: Int) {
        precondition(key >= 0 && key < keyCount && value >= 0, "key or value out of range")
        if linkCount <= value { extendLinks(to: value + 1) }
        let v = Int32(truncatingIfNeeded: value)
        if tails[key] >= 0 { links[Int(tails[key])] = v } else { heads[key] = v }
        tails[key] = v
    }

    /// The first number of the list of `key`, or -1 when it is empty.
    func first(_ key: Int) -> Int {
        precondition(key >= 0 && key < keyCount, "key out of range")
        return Int(heads[key])
    }

    /// The number after `value` in its list, or -1 at the end.
    func next(after value: Int) -> Int {
        precondition(value >= 0 && value < linkCount, "value out of range")
        return Int(links[value])
    }

    /// The numbers of `key`'s list in order (tests and diagnostics).
    func list(_ key: Int) -> [Int] {
        var out: [Int] = []
        var v = first(key)
        while v >= 0 { out.append(v); v = next(after: v) }
        return out
    }
}
