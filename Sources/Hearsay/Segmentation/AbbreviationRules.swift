/// Decides whether an ICU sentence break after an abbreviation ("Dr.", "Gen.", "U.S.") is false.
///
/// ICU's `en@ss=standard` already suppresses many; the rest are post-filtered here from the
/// `abbreviations.tsv` lexicon, with a look at the word that follows.
public struct AbbreviationRules: Sendable {
    /// Titles ("Dr.", "Gen.") and other abbreviations ("U.S.", "Inc."), looked up on bytes.
    let titles: WordTable<Void>
    let others: WordTable<Void>

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
        titles = WordTable(Set<String>())
        others = WordTable(Set<String>())
    }

    /// Builds the rules from `abbreviation<TAB>class` rows.
    public init(table: TSVTable) {
        var titles: Set<String> = [], others: Set<String> = []
        for row in table.rows where row.count >= 2 {
            if row[1] == "title" { titles.insert(String(row[0])) } else { others.insert(String(row[0])) }
        }
        self.titles = WordTable(titles)
        self.others = WordTable(others)
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
}
