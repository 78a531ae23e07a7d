/// Decides whether an ICU sentence break after an abbreviation ("Dr.", "Gen.", "U.S.") is false.
///
/// ICU's `en@ss=standard` already suppresses many; the rest are post-filtered here from the
/// `abbreviations.tsv` lexicon, with a look at the word that follows.
public struct AbbreviationRules: Sendable {
    /// Titles ("Dr.", "Gen.") and other abbreviations ("U.S.", "Inc."), looked up on bytes.
    let titles: WordTable<Void>
    let others: WordTable<Void>
    /// For every ASCII word the tables hold, a mark at `endingIndex` of its length and its byte
    /// before the last; nil when a word is not ASCII (`mayBeListed` then answers yes).
    let endings: [Bool]?

    /// Words that usually open a new sentence; after "U.S." or "Inc." they keep the break.
    static let sentenceOpeners: WordTable<Void> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "If", "When", "While",
        "After", "Before", "As", "Since", "Although", "However", "Meanwhile", "Still", "Now", "Then", "Also", "For", "With",
        "What", "Who", "Why", "How", "Where", "Some", "Many", "Most", "One", "Two", "No", "Not", "Mr", "Mrs", "Ms", "Asked",
    ]

    /// The rules from the bundled lexicon, loaded once.
    public static let shared: AbbreviationRules = {
        (try? AbbreviationRules(table: TSVTable.resource("Lexicons/abbreviations.tsv"))) ?? AbbreviationRules()
    }()

    init() {
        self.init(titles: [], others: [])
    }

    /// The rules for these title and other abbreviations.
    init(titles: Set<String>, others: Set<String>) {
        self.titles = WordTable(titles)
        self.others = WordTable(others)
        var endings: [Bool]? = [Bool](repeating: false, count: 32 << 7)
        for word in titles.union(others) {
            let bytes = Array(word.utf8)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { endings = nil; break }
            endings![Self.endingIndex(length: bytes.count, beforeLast: bytes.count >= 2 ? bytes[bytes.count - 2] : 0)] = true
        }
        self.endings = endings
    }

    /// Where `endings` marks an ASCII word of `length` bytes whose byte before the last is
    /// `beforeLast` (0 for a word of fewer than two bytes); lengths past 31 share a place.
    @inline(__always) static func endingIndex(length: Int, beforeLast: UInt8) -> Int {
        min(length, 31) << 7 | Int(beforeLast & 0x7F)
    }

    /// Whether the ASCII word `before` may be one of the abbreviations or initials: false only
    /// when no word of the tables has its length and byte before the last, and that byte is no
    /// capital (which initials end with), so that `suppressesBreak` would say no whatever follows.
    func mayBeListed(asciiBefore before: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let endings else { return true }
        let beforeLast = before.count >= 2 ? before[before.count - 2] : 0
        if beforeLast >= 0x41 && beforeLast <= 0x5A { return true }
        return endings[Self.endingIndex(length: before.count, beforeLast: beforeLast)]
    }

    /// Builds the rules from `abbreviation<TAB>class` rows.
    public init(table: TSVTable) {
        var titles: Set<String> = [], others: Set<String> = []
        for row in table.rows where row.count >= 2 {
            if row[1] == "title" { titles.insert(String(row[0])) } else { others.insert(String(row[0])) }
        }
        self.init(titles: titles, others: others)
    }

    /// Whether a break between `before` (the last word of the sentence so far, with its period)
    /// and `next` (the first word after the break) should be removed.
    public func suppressesBreak(before: String, next: String) -> Bool {
        guard before.hasSuffix("."), let first = next.unicodeScalars.first else { return false }
        let nextIsUpper = first.properties.isUppercase
        if titles.contains(before) { return nextIsUpper || first.properties.numericType != nil }
        if others.contains(before) {
            if !nextIsUpper { return first.properties.isLowercase || first.properties.numericType != nil }
            return !Self.sentenceOpeners.contains(next)
        }
        // Initials: "George W. Bush", "Rep. G.K. Butterfield".
        let scalars = Array(before.unicodeScalars)
        let initials = scalars.count >= 2 && scalars.count % 2 == 0 && stride(from: 0, to: scalars.count, by: 2).allSatisfy {
            scalars[$0].properties.isUppercase && scalars[$0 + 1] == "."
        }
        if initials, nextIsUpper, !Self.sentenceOpeners.contains(next) { return true }
        return false
    }

    /// `suppressesBreak(before:next:)` for words whose UTF-8 is all ASCII, on their bytes: the
    /// same answers (for ASCII, upper case is A-Z, lower case a-z and numbers 0-9) without
    /// building strings.
    func suppressesBreak(asciiBefore before: UnsafeBufferPointer<UInt8>, next: UnsafeBufferPointer<UInt8>) -> Bool {
        guard before.last == 0x2E, let first = next.first else { return false }
        let nextIsUpper = first >= 0x41 && first <= 0x5A
        let nextIsDigit = first >= 0x30 && first <= 0x39
        if titles[utf8: before] != nil { return nextIsUpper || nextIsDigit }
        if others[utf8: before] != nil {
            if !nextIsUpper { return (first >= 0x61 && first <= 0x7A) || nextIsDigit }
            return Self.sentenceOpeners[utf8: next] == nil
        }
        // Initials: "George W. Bush", "Rep. G.K. Butterfield".
        let initials = before.count >= 2 && before.count % 2 == 0 && stride(from: 0, to: before.count, by: 2).allSatisfy {
            before[$0] >= 0x41 && before[$0] <= 0x5A && before[$0 + 1] == 0x2E
        }
        return initials && nextIsUpper && Self.sentenceOpeners[utf8: next] == nil
    }
}
