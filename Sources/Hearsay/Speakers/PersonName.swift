import Foundation

/// A person's name taken apart for matching across articles: honorific gender, given name,
/// middle names, surname and suffix, with keys folded for case and accents.
///
/// ```swift
/// let name = PersonName("Mr. Donald J. Trump Jr.'s")!
/// name.given     // "Donald"
/// name.surname   // "Trump"
/// name.suffix    // "Jr."
/// name.honorificGender  // .male
/// PersonName("Mrs. Clinton")!.isLone  // true: a surname alone
/// ```
///
/// Titles (President, Sen.) and honorifics (Mr., Mrs.) are stripped; only honorifics carry a
/// gender. Words that cannot start a name ("Maybe Trump", "Billionaire Donald Trump") and
/// headline verbs after a full name ("Hillary Clinton Calls") are dropped.
public struct PersonName: Sendable, Hashable {
    /// The given name ("Donald"); nil for a surname alone.
    public var given: String?
    /// Middle names and initials ("J.", "Rodham").
    public var middles: [String]
    /// The surname, or the one word of a lone name.
    public var surname: String
    /// "Jr.", "Sr.", "II", "III" or "IV".
    public var suffix: String?
    /// The gender an honorific gave (Mr.: male; Mrs., Ms., Miss: female), else unknown.
    public var honorificGender: Gender

    /// True for a surname alone ("Trump", "Mr. Trump", "President Obama").
    public var isLone: Bool { given == nil }

    /// The name without titles and honorifics ("Donald J. Trump Jr.").
    public var display: String {
        ([given].compactMap { $0 } + middles + [surname] + [suffix].compactMap { $0 }).joined(separator: " ")
    }

    /// Case- and accent-folded surname.
    public var surnameKey: String { Self.fold(surname) }

    /// Case- and accent-folded given name, surname and suffix ("donald|trump|jr").
    public var fullKey: String {
        [given.map(Self.fold) ?? "", surnameKey, suffix.map(Self.fold) ?? ""].joined(separator: "|")
    }

    /// The initials of the middle names ("J." and "John" both give "j"; "H. W." gives "hw").
    public var middleInitials: String {
        String(middles.compactMap { Self.fold($0).first })
    }

    /// Lowercase words that belong inside a name ("Ludwig van Beethoven").
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al", "el"]

    static let suffixes: [String: String] = ["jr": "Jr.", "jr.": "Jr.", "sr": "Sr.", "sr.": "Sr.", "ii": "II", "iii": "III", "iv": "IV"]

    /// Parses `text`; nil when nothing name-like is left (a pronoun, a description, empty).
    public init?(_ text: String, lexicons: Lexicons = .shared) {
        var tokens = Self.tokens(text)
        var gender = Gender.unknown
        // Titles and honorifics in front, longest phrase first ("Secretary of State Clinton").
        strip: while tokens.count > 1 {
            for length in stride(from: min(lexicons.maxTitleWords, tokens.count - 1), through: 1, by: -1) {
                let phrase = tokens[0..<length].joined(separator: " ")
                if let entry = lexicons.titles[phrase] ?? lexicons.titles[phrase.capitalized] {
                    if entry.kind == "honorific", entry.gender != .unknown { gender = entry.gender }
                    tokens.removeFirst(length)
                    continue strip
                }
            }
            // Words that do not start a name: function words, or a word that is no given name
            // in front of one ("Billionaire Donald Trump").
            let first = tokens[0]
            let folded = Self.fold(first)
            let isGiven = lexicons.firstNames[folded] != nil
            if !isGiven, Stopwords.shared.contains(folded) || lexicons.commonWords.contains(first) || lexicons.cueVerb(folded) != nil
                || (tokens.count > 2 && lexicons.firstNames[Self.fold(tokens[1])] != nil) {
                tokens.removeFirst()
                continue strip
            }
            break
        }
        var suffix: String?
        if tokens.count > 1, let s = Self.suffixes[Self.fold(tokens[tokens.count - 1])] {
            suffix = s
            tokens.removeLast()
        }
        // A headline verb or function word after a full name ends it ("Hillary Clinton Calls").
        if tokens.count > 2 {
            for index in 2..<tokens.count {
                let folded = Self.fold(tokens[index])
                if lexicons.cueVerb(folded) != nil || Stopwords.shared.contains(folded) { tokens.removeSubrange(index...); break }
            }
        }
        guard let last = tokens.last, last.first?.isUppercase == true,
              tokens.dropLast().allSatisfy({ $0.first?.isUppercase == true || Self.particles.contains($0) }) else { return nil }
        if tokens.count == 1, lexicons.pronouns[Self.fold(last)] != nil || Stopwords.shared.contains(Self.fold(last)) { return nil }
        self.surname = last
        self.given = tokens.count > 1 ? tokens[0] : nil
        self.middles = tokens.count > 2 ? Array(tokens[1..<(tokens.count - 1)]) : []
        self.suffix = suffix
        self.honorificGender = gender
    }

    /// Words of a name: spaces (also no-break) split, possessive endings and stray punctuation removed.
    static func tokens(_ text: String) -> [String] {
        var s = text.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        for ending in ["'s", "’s", "‘s", "'", "’"] where s.hasSuffix(ending) { s.removeLast(ending.count); break }
        return s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).compactMap { raw -> String? in
            var word = String(raw)
            while let c = word.last, ",;:".contains(c) { word.removeLast() }
            while let c = word.first, "\"“”(".contains(c) { word.removeFirst() }
            while let c = word.last, "\"“”)".contains(c) { word.removeLast() }
            return word.isEmpty ? nil : word
        }
    }

    /// Lowercase without accents ("Būsh" → "bush").
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}
