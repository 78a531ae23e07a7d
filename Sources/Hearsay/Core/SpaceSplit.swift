/// Space-separated words and the space test on names, read on the bytes when the text is ASCII.
///
/// `String.split(separator:)` and Foundation's `contains(_:)` compare `Character`s (grapheme
/// clusters, canonical equivalence) and cost thousands of instructions on a short name; for
/// ASCII text a space byte is a space character, so the bytes give the same answer. The bytes
/// are read from the string's contiguous storage: iterating a `UTF8View` costs several times more.
extension String {
    /// `split(separator: " ")`: the words between spaces, empty ones omitted.
    func spaceSeparatedWords() -> [Substring] {
        let found: [Substring]?? = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            for b in bytes where b >= 0x80 { return nil }
            var words: [Substring] = []
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x20 {
                if k > start {
                    words.append(self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: k)])
                }
                start = k + 1
            }
            return words
        }
        if let found, let words = found { return words }
        return split(separator: " ")
    }

    /// Whether the text holds a space character (`contains(" ")`).
    var containsSpace: Bool {
        let found: Bool?? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var space = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b == 0x20 { space = true }
            }
            return space
        }
        if let found, let space = found { return space }
        return contains(" ")
    }
}
