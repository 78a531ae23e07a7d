/// Space-separated words and the space test on names, read on the bytes when the text is ASCII.
///
/// `String.split(separator:)` and Foundation's `contains(_:)` compare `Character`s (grapheme
/// clusters, canonical equivalence) and cost thousands of instructions on a short name; for
/// ASCII text a space byte is a space character, so the bytes give the same answer.
extension String {
    /// `split(separator: " ")`: the words between spaces, empty ones omitted.
    func spaceSeparatedWords() -> [Substring] {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
        var words: [Substring] = []
        var start = utf8.startIndex
        var k = start
        while k != utf8.endIndex {
            if utf8[k] == 0x20 {
                if start != k { words.append(self[start..<k]) }
                start = utf8.index(after: k)
            }
            k = utf8.index(after: k)
        }
        if start != k { words.append(self[start..<k]) }
        return words
    }

    /// Whether the text holds a space character (`contains(" ")`).
    var containsSpace: Bool {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return contains(" ") }
        return utf8.contains(0x20)
    }
}
