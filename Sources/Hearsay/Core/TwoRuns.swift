/// Sorting an array that holds one or two ascending runs (a list found left to right, then a
/// few items added after it), without a general sort: the recogniser's mentions by span
/// (`EntityRecognizer.sortBySpan`) and the starts of the mentions (`sortAscending`).
extension Array {
    /// Where the second of two ascending runs starts (by `areInIncreasingOrder`): 0 when the
    /// array is in order already, nil when it holds more than two runs.
    @inline(__always)
    func secondRunStart(by areInIncreasingOrder: (Element, Element) -> Bool) -> Int? {
        var split = 0
        for k in indices.dropFirst() where areInIncreasingOrder(self[k], self[k - 1]) { split = k; break }
        guard split > 0 else { return 0 }
        for k in (split + 1)..<Swift.max(split + 1, count) where areInIncreasingOrder(self[k], self[k - 1]) { return nil }
        return split
    }

    /// Merges the ascending runs `self[..<split]` and `self[split...]` in place, the first run's
    /// elements first among equals (the order a stable sort gives).
    ///
    /// The second run (the few items added last) is moved aside, and the merge fills the array
    /// from its end: each element of the first run that sorts after one of the second is moved
    /// up once, with its neighbours in one block. (For the mentions, swapping each into the
    /// place a permutation gave it copied it three times and took 1.9 M instructions on the 168
    /// PolNeAR dev+test texts; for the starts, `sort()` of two runs of more than 20 cost 7,000
    /// instructions a document, its buffer allocated through run-time metadata.)
    @inline(__always)
    mutating func mergeRuns(at split: Int, by areInIncreasingOrder: (Element, Element) -> Bool) {
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, split > 0, split < buffer.count else { return }
            let count = buffer.count - split
            let aside = UnsafeMutablePointer<Element>.allocate(capacity: count)
            defer { aside.deallocate() }
            aside.moveInitialize(from: base + split, count: count)
            // Elements 0...i of the first run and 0...j of the second are still to be placed;
            // every place above w is filled.
            var i = split - 1, j = count - 1, w = buffer.count - 1
            while j >= 0 {
                var start = i
                while start >= 0 && areInIncreasingOrder(aside[j], base[start]) { start -= 1 }
                let block = i - start
                if block > 0 {
                    (base + w - block + 1).moveInitialize(from: base + start + 1, count: block)
                    w -= block
                    i = start
                }
                (base + w).moveInitialize(from: aside + j, count: 1)
                w -= 1
                j -= 1
            }
        }
    }
}
