/// One article's name for one speaker or person: its canonical name there, the other forms the
/// article used for the same person, and what kind of name it is.
///
/// This is the unit `SpeakerDirectory` works on. Equal observations from different articles
/// are interchangeable, so a large job can count distinct observations first (for example on a
/// cluster) and build the directory from the counts alone.
public struct NameObservation: Sendable, Hashable, Codable {
    /// What a name names.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A person: merged across articles by the rules of `SpeakerDirectory`.
        case person
        /// An organisation (or any other named source): merged only with the same name.
        case organization
        /// An unnamed source described in words ("a spokesman"): never merged, not listed.
        case description
    }

    /// The article's canonical name ("Donald Trump", "Mr. Trump", "the White House").
    public var name: String
    /// The other forms the article used for the same person ("Trump", "Mr. Trump"), sorted.
    public var aliases: [String]
    /// The article's guess at the person's gender.
    public var gender: Gender
    public var kind: Kind

    /// An observation; `aliases` are de-duplicated, sorted, and the name itself left out.
    public init(name: String, aliases: [String] = [], gender: Gender = .unknown, kind: Kind = .person) {
        self.name = name
        self.aliases = Array(Set(aliases).subtracting([name])).sorted()
        self.gender = gender
        self.kind = kind
    }

    /// The kind of a speaker name that the article lists neither as a person nor as an
    /// organisation or place: a description when it does not parse as a name ("a spokesman",
    /// "he"); a person when it is one word ("Clinton") or starts with a known given name
    /// ("Hillary Clinton"); otherwise an organisation ("State Department").
    public static func kind(ofUnlisted name: String, lexicons: Lexicons = .shared) -> Kind {
        guard let parsed = PersonName(name, lexicons: lexicons) else {
            return name.first?.isUppercase == true && PersonName.tokens(name).count > 1 ? .organization : .description
        }
        if let given = parsed.given, lexicons.firstNames[PersonName.fold(given)] == nil { return .organization }
        return .person
    }
}
