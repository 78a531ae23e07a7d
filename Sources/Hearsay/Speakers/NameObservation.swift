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

    /// The kind of a speaker name that is not one of the article's people: a description when it
    /// starts in lowercase ("a spokesman", "he"), otherwise an organisation.
    public static func kind(ofNonPerson name: String) -> Kind {
        name.first?.isUppercase == true ? .organization : .description
    }
}
