extension Array {
    /// Moves each element to its new place: the element at `i` goes to `destinations[i]`
    /// (`destinations` a permutation of the indices, used up as scratch). Elements are swapped in
    /// place, each at most once per place, never copied (no retain or release of what they hold).
    mutating func move(to destinations: inout [Int]) {
        precondition(destinations.count == count, "one destination per element")
        withUnsafeMutableBufferPointer { elements in
            for i in elements.indices {
                // The element now at `i` goes to `j`, whose element then comes to `i`: one more
                // element is home after each swap.
                while destinations[i] != i {
                    let j = destinations[i]
                    elements.swapAt(i, j)
                    destinations.swapAt(i, j)
                }
            }
        }
    }
}
