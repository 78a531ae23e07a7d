/// The contracted endings of words ("he’s", "they're", "the minister’s") read on bytes:
/// `String.hasSuffix` compares characters, and a dozen such calls per word cost more than the
/// rest of a speaker-phrase lookup.
///
/// The answers are `hasSuffix`'s: the endings are ASCII letters after ’ or ', which no
/// preceding character can join (only a prepended mark could, so a non-ASCII byte before the
/// apostrophe is left to `hasSuffix`).
enum Contraction {
    /// The bytes of the contraction ending `word` (’s 's ’re 're ’ve 've ’d 'd ’ll 'll ’m 'm), or 0.
    static func suffixLength(_ word: String) -> Int {
        if let length = word.utf8.withContiguousStorageIfAvailable({ suffixLength($0, word, possessiveOnly: false) }) { return length }
        return Array(word.utf8).withUnsafeBufferPointer { suffixLength($0, word, possessiveOnly: false) }
    }

    /// "he’s" -> "he", "they're" -> "they"; any other word as it is.
    static func stripped(_ word: String) -> String {
        let length = suffixLength(word)
        guard length > 0 else { return word }
        let utf8 = word.utf8
        return String(word[..<utf8.index(utf8.endIndex, offsetBy: -length)])
    }

    /// Whether `word` ends with ’s or 's (`hasSuffix("’s") || hasSuffix("'s")`).
    static func isPossessive(_ word: String) -> Bool {
        if let length = word.utf8.withContiguousStorageIfAvailable({ suffixLength($0, word, possessiveOnly: true) }) { return length > 0 }
        return Array(word.utf8).withUnsafeBufferPointer { suffixLength($0, word, possessiveOnly: true) } > 0
    }

    /// `isPossessive(t.texts[k])`, ruled out without reading the string when the facts of token
    /// `k`'s word hold no possessive ending (`TokenFeatures.possessiveBytes`, 's or ’s in its
    /// bytes, which every possessive has): most tokens the speaker rules ask about (callgrind,
    /// the 168 PolNeAR dev+test texts: 2,700 string tests of 85 instructions each).
    static func isPossessive(_ k: Int, _ t: TokenFeatures) -> Bool {
        t.possessiveBytes(k) != 0 && isPossessive(t.texts[k])
    }

    /// The length of the ending of `bytes` (the UTF-8 of `word`), only ’s and 's when `possessiveOnly`.
    private static func suffixLength(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String, possessiveOnly: Bool) -> Int {
        let n = bytes.count
        guard n >= 2 else { return 0 }
        let last = bytes[n - 1]
        var letters: Int
        switch last {
        case 0x73: letters = 1 // s
        case 0x64, 0x6D: letters = possessiveOnly ? 0 : 1 // d, m
        case 0x65: letters = !possessiveOnly && (bytes[n - 2] == 0x72 || bytes[n - 2] == 0x76) ? 2 : 0 // re, ve
        case 0x6C: letters = !possessiveOnly && bytes[n - 2] == 0x6C ? 2 : 0 // ll
        default: letters = 0
        }
        guard letters > 0 else { return 0 }
        let p = n - letters
        var apostrophe = 0
        if p >= 1 && bytes[p - 1] == 0x27 { apostrophe = 1 }
        else if p >= 3 && bytes[p - 3] == 0xE2 && bytes[p - 2] == 0x80 && bytes[p - 1] == 0x99 { apostrophe = 3 }
        guard apostrophe > 0 else { return 0 }
        let before = p - apostrophe
        if before > 0 && bytes[before - 1] >= 0x80 {
            // A character before the apostrophe that is not ASCII: ask `hasSuffix`.
            let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[before...]), as: UTF8.self)
            return word.hasSuffix(suffix) ? n - before : 0
        }
        return n - before
    }
}
