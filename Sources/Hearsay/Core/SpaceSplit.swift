/// Space-separated words (all, the first, the last) and the space test on names, read on the bytes
/// when the text is ASCII.
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

    /// The first space-separated word (`split(separator: " ").first`), found on the bytes when
    /// the text is ASCII.
    var firstSpaceSeparatedWord: Substring? {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ").first }
        guard let start = utf8.firstIndex(where: { $0 != 0x20 }) else { return nil }
        let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
        return self[start..<end]
    }

    /// The last space-separated word (`split(separator: " ").last`), without building the list
    /// of words.
    var lastSpaceSeparatedWord: Substring? {
        let utf8 = self.utf8
        // ASCII without carriage returns: one character per byte, so the bytes give the answer.
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            guard let end = utf8.lastIndex(where: { $0 != 0x20 }) else { return nil }
            let start = utf8[...end].lastIndex(of: 0x20).map { utf8.index(after: $0) } ?? utf8.startIndex
            return self[start..<utf8.index(after: end)]
        }
        guard let end = lastIndex(where: { $0 != " " }) else { return nil }
        let start = self[...end].lastIndex(of: " ").map { index(after: $0) } ?? startIndex
        return self[start...end]
    }
}
