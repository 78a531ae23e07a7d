/// A name in the text: a person, a place or an organisation.
public struct Mention: Sendable, Equatable {
    /// What the name refers to.
    public enum Kind: String, Sendable, Codable {
        case person, place, organization
    }

    public var kind: Kind
    /// A person's gender as a title or first name tells it (`unknown` otherwise). Declared
    /// second on purpose: see `init(kind:span:…)`.
    public var gender: Gender
    /// The name itself, without title or possessive ending ("Mattis" in "Mr Mattis’s").
    public var span: Span
    /// The name with its title or honorific ("Mr Mattis").
    public var fullSpan: Span
    /// The name's words as written, whitespace collapsed.
    public var name: String
    /// A capitalised title or honorific in front ("Mr", "President").
    public var title: String?
    /// A lowercase role in front or in apposition ("defence secretary").
    public var role: String?
    /// Canonical form: gazetteer or organisation lexicon name, or the person's cluster name.
    public var canonical: String
    /// Written with a possessive ending ("Putin’s").
    public var isPossessive: Bool
    /// Used as a modifier of a following noun ("the Trump administration"): not a referent.
    public var isModifier: Bool
    /// Index of the sentence it is in.
    public var sentence: Int
    /// Index into the document's entities, set by clustering.
    public var entity: Int
}

extension Mention {
    /// A mention with these fields.
    ///
    /// Made by the memberwise initializer (the stored properties are declared in another order,
    /// `gender` second, so the two have different labels): an initializer setting the fields
    /// one by one built the mention in memory, then copied it out and destroyed the original,
    /// retaining and releasing its strings through the value witnesses (200 instructions a
    /// mention; 2.2 M on the 168 PolNeAR dev+test texts, 1% of the worker's time in perf).
    public init(kind: Kind, span: Span, fullSpan: Span, name: String, title: String? = nil, role: String? = nil,
                gender: Gender = .unknown, canonical: String, isPossessive: Bool = false, isModifier: Bool = false,
                sentence: Int, entity: Int = -1) {
        self.init(kind: kind, gender: gender, span: span, fullSpan: fullSpan, name: name, title: title, role: role,
                  canonical: canonical, isPossessive: isPossessive, isModifier: isModifier, sentence: sentence, entity: entity)
    }
}

/// One person, place or organisation and all its mentions in a document.
public struct Entity: Sendable, Equatable {
    public var kind: Mention.Kind
    /// The canonical name ("Jim Mattis").
    public var name: String
    /// Indices into the document's mentions, in text order.
    public var mentions: [Int]
    public var gender: Gender
    /// Roles the article gives the entity ("defence secretary").
    public var roles: [String]
    /// For places and organisations, the lexicon's canonical name ("UK" for "Britain"); nil for people.
    public var canonical: String? = nil
}
