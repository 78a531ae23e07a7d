extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isBefore` is false, by binary search: the
    /// collection must hold every element for which it is true first (a sorted array searched
    /// for a lower bound). `endIndex` when there is none.
    func partitionPoint(where isBefore: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = low + (high - low) / 2
            if isBefore(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
