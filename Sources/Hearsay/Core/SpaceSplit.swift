/// Space-separated words (all, the first, the last) and the space test on names, read on the bytes
/// when the text is ASCII.
///
/// `String.split(separator:)` and Foundation's `contains(_:)` compare `Character`s (grapheme
/// clusters, canonical equivalence) and cost thousands of instructions on a short name; for
/// ASCII text a space byte is a space character, so the bytes give the same answer. The bytes
/// are read from the string's contiguous storage: iterating a `UTF8View` costs several times more.
extension String {
    /// `split(separator: " ")`: the words between spaces, empty ones omitted.
    ///
    /// On ASCII text the words are counted in the pass that checks the bytes and the array is
    /// reserved at that size: appended to an empty array it grew up to three times a name
    /// (callgrind, 168 PolNeAR texts: 0.43 -> 0.33 M est).
    func spaceSeparatedWords() -> [Substring] {
        let found: [Substring]?? = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            var count = 0
            var previous: UInt8 = 0x20
            for b in bytes {
                if b >= 0x80 { return nil }
                // A word starts at a non-space byte after a space (or at the start).
                if previous == 0x20 && b != 0x20 { count += 1 }
                previous = b
            }
            // Reserved rather than made by `init(unsafeUninitializedCapacity:)`, whose allocation
            // looks up the array's metadata in the runtime (about 570 instructions a call).
            var words: [Substring] = []
            words.reserveCapacity(count)
            let base = utf8.startIndex
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x20 {
                if k > start {
                    words.append(self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: k)])
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
        let found = utf8.withContiguousStorageIfAvailable { bytes -> (ascii: Bool, start: Int, end: Int) in
            for b in bytes where b >= 0x80 { return (false, 0, 0) }
            var start = 0
            while start < bytes.count && bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < bytes.count && bytes[end] != 0x20 { end += 1 }
            return (true, start, end)
        }
        guard let found, found.ascii else { return split(separator: " ").first }
        return substring(bytes: found.start, found.end)
    }

    /// The last space-separated word (`split(separator: " ").last`), without building the list
    /// of words.
    var lastSpaceSeparatedWord: Substring? {
        // ASCII without carriage returns: one character per byte, so the bytes give the answer.
        let found = utf8.withContiguousStorageIfAvailable { bytes -> (ascii: Bool, start: Int, end: Int) in
            for b in bytes where b >= 0x80 || b == 0x0D { return (false, 0, 0) }
            var end = bytes.count
            while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
            return (true, start, end)
        }
        if let found, found.ascii { return substring(bytes: found.start, found.end) }
        guard let end = lastIndex(where: { $0 != " " }) else { return nil }
        let start = self[...end].lastIndex(of: " ").map { index(after: $0) } ?? startIndex
        return self[start...end]
    }

    /// The text between UTF-8 offsets `start` and `end` (both on character boundaries), or nil
    /// when they are equal: a word found on the bytes.
    private func substring(bytes start: Int, _ end: Int) -> Substring? {
        guard end > start else { return nil }
        let base = utf8.startIndex
        return self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: end)]
    }
}
