/// One identity per speaker across a corpus, built from the names articles use.
///
/// Each article has already gathered its own forms of a person ("Donald Trump", "Mr. Trump",
/// "Trump" → one person); the directory joins those per-article names across articles with
/// conservative rules:
///
/// 1. **Full names** ("Donald Trump", "Donald J. Trump", "Mr. Donald Trump") are one speaker
///    when given name, surname and suffix agree, ignoring case, accents, titles and honorifics.
///    Middle names count by their initials: a name without a middle name joins the variant with
///    one only when there is exactly one such variant ("George Bush" stays apart from both
///    "George W. Bush" and "George H. W. Bush"). "Donald Trump Jr." is never "Donald Trump".
/// 2. **A surname alone** ("Trump", "Mr. Trump", "President Obama"), in an article that never
///    gave the full name, joins a full-name speaker with that surname when it is the only one
///    in the corpus, or when the corpus itself settles it: among the articles that used the
///    surname alone *and* gave a full name, one person holds at least `dominance` times as
///    many as the runner-up (and at least `minimumEvidence`).
/// 3. **Honorifics must agree**: "Mr." joins only a speaker known to be male, "Mrs."/"Ms." only
///    one known to be female ("Mrs. Clinton" never joins Bill Clinton, "Mr. Clinton" never joins
///    Hillary Clinton).
/// 4. **First names alone** ("Hillary") never join anyone across articles; a lone word is only
///    ever compared with surnames.
/// 5. Organisations join only under the same name; descriptions ("a spokesman") are no speaker.
///
/// The directory needs only names, aliases and counts, so it can run on the distinct
/// observations of a very large corpus.
///
/// ```swift
/// let directory = SpeakerDirectory(observations: [
///     NameObservation(name: "Donald Trump", aliases: ["Trump", "Mr. Trump"], gender: .male),
///     NameObservation(name: "Mr. Trump"),
/// ])
/// directory.identity(for: NameObservation(name: "Mr. Trump"))?.name  // "Donald Trump"
/// ```
public struct SpeakerDirectory: Sendable {
    /// The thresholds of rule 2.
    public struct Rules: Sendable {
        /// Articles that must have resolved the surname to the winner.
        public var minimumEvidence: Int
        /// How many times the runner-up's evidence the winner needs.
        public var dominance: Double

        public init(minimumEvidence: Int = 2, dominance: Double = 3) {
            self.minimumEvidence = minimumEvidence
            self.dominance = dominance
        }
    }

    /// Every identity, sorted by name then key.
    public private(set) var identities: [SpeakerIdentity] = []
    private var indexByKey: [String: Int] = [:]
    private var assigned: [NameObservation: String] = [:]
    private var middleVariants: [String: Set<String>] = [:]
    private var fullKeysBySurname: [String: Set<String>] = [:]
    private var genderByKey: [String: Gender] = [:]
    private var evidence: [String: [String: Int]] = [:]
    private let lexicons: Lexicons
    private let rules: Rules

    /// Builds the directory from observations, counting repeats.
    public init<S: Sequence>(observations: S, lexicons: Lexicons = .shared, rules: Rules = Rules()) where S.Element == NameObservation {
        var counts: [NameObservation: Int] = [:]
        for observation in observations { counts[observation, default: 0] += 1 }
        self.init(counts: counts, lexicons: lexicons, rules: rules)
    }

    /// Builds the directory from distinct observations and how many articles had each.
    public init(counts: [NameObservation: Int], lexicons: Lexicons = .shared, rules: Rules = Rules()) {
        self.lexicons = lexicons
        self.rules = rules
        let ordered = counts.keys.sorted { ($0.name, $0.aliases.joined(separator: "\u{1}"), $0.kind.rawValue, $0.gender.rawValue)
            < ($1.name, $1.aliases.joined(separator: "\u{1}"), $1.kind.rawValue, $1.gender.rawValue) }
        var parsed: [NameObservation: PersonName] = [:]
        for observation in ordered where observation.kind == .person {
            if let name = PersonName(observation.name, lexicons: lexicons) { parsed[observation] = name }
        }
        // Rule 1: full-name groups and their middle-initial variants.
        for (_, name) in parsed where !name.isLone {
            middleVariants[name.fullKey, default: []].insert(name.middleInitials)
        }
        // Gender votes and surname evidence from full names.
        var votes: [String: [Gender: Int]] = [:]
        for observation in ordered {
            guard let name = parsed[observation], !name.isLone else { continue }
            let key = fullIdentityKey(name)
            let count = counts[observation]!
            fullKeysBySurname[name.surnameKey, default: []].insert(key)
            votes[key, default: [:]][observation.gender, default: 0] += count
            if name.honorificGender != .unknown { votes[key, default: [:]][name.honorificGender, default: 0] += count }
            var resolvedSurname = false
            for alias in observation.aliases {
                guard let form = PersonName(alias, lexicons: lexicons), form.surnameKey == name.surnameKey else { continue }
                if form.honorificGender != .unknown { votes[key, default: [:]][form.honorificGender, default: 0] += count }
                if form.isLone { resolvedSurname = true }
            }
            if resolvedSurname { evidence[name.surnameKey, default: [:]][key, default: 0] += count }
        }
        for (key, tally) in votes {
            let male = tally[.male] ?? 0, female = tally[.female] ?? 0
            genderByKey[key] = male > 2 * female ? .male : female > 2 * male ? .female : .unknown
        }
        // Assign every observation, then gather each identity's forms.
        var forms: [String: [String: Int]] = [:]
        var displays: [String: [String: Int]] = [:]
        var kinds: [String: NameObservation.Kind] = [:]
        var displayRanks: [String: Int] = [:]
        var totals: [String: Int] = [:]
        for observation in ordered {
            guard let key = resolve(observation, parsed: parsed[observation]) else { continue }
            let count = counts[observation]!
            assigned[observation] = key
            kinds[key] = observation.kind
            totals[key, default: 0] += count
            // Full names name an identity before lone surnames do ("Barack Obama", not "Obama").
            let display = parsed[observation].map { $0.isLone ? Self.clean(observation.name) : $0.display } ?? Self.clean(observation.name)
            let rank = parsed[observation]?.isLone == false ? 1 : 0
            let current = displayRanks[key] ?? -1
            if rank > current { displayRanks[key] = rank; displays[key] = [display: count] }
            else if rank == current { displays[key, default: [:]][display, default: 0] += count }
            for form in [observation.name] + observation.aliases { forms[key, default: [:]][Self.clean(form), default: 0] += count }
        }
        for (key, names) in displays {
            let name = Self.mostFrequent(names)
            let aliases = forms[key, default: [:]].filter { $0.key != name }
                .sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            identities.append(SpeakerIdentity(id: key, name: name, aliases: aliases, kind: kinds[key] ?? .person,
                                              gender: genderByKey[key] ?? .unknown, observations: totals[key] ?? 0))
        }
        identities.sort { ($0.name, $0.id) < ($1.name, $1.id) }
        for (index, identity) in identities.enumerated() { indexByKey[identity.id] = index }
    }

    /// The identity an observation belongs to; nil for descriptions and non-names.
    ///
    /// Observations the directory was not built from are resolved with the same rules.
    public func identity(for observation: NameObservation) -> SpeakerIdentity? {
        let key = assigned[observation] ?? resolve(observation, parsed: observation.kind == .person ? PersonName(observation.name, lexicons: lexicons) : nil)
        return key.flatMap { indexByKey[$0] }.map { identities[$0] }
    }

    /// The identity with key `key`.
    public func identity(forKey key: String) -> SpeakerIdentity? {
        indexByKey[key].map { identities[$0] }
    }

    /// The identity a user means by `name`: the one the name resolves to by the rules above
    /// ("Trump" → Donald Trump when the corpus settles it), else the one shown under that
    /// name (the most observed, if several), else the only one with it among its forms.
    public func identity(named name: String) -> SpeakerIdentity? {
        let person = NameObservation(name: name)
        if let key = resolve(person, parsed: PersonName(name, lexicons: lexicons)), let index = indexByKey[key] { return identities[index] }
        let folded = PersonName.fold(Self.clean(name))
        let shown = identities.filter { PersonName.fold($0.name) == folded }
        if let best = shown.max(by: { ($0.observations, $1.id) < ($1.observations, $0.id) }) { return best }
        let withAlias = identities.filter { $0.aliases.contains { PersonName.fold($0) == folded } }
        return withAlias.count == 1 ? withAlias[0] : nil
    }

    /// The identity key of a full name (rule 1).
    private func fullIdentityKey(_ name: PersonName) -> String {
        let variants = middleVariants[name.fullKey] ?? []
        let withMiddle = variants.subtracting([""])
        if withMiddle.count <= 1 { return "person:" + name.fullKey }
        return "person:" + name.fullKey + "|" + (name.middleInitials.isEmpty ? "?" : name.middleInitials)
    }

    /// The key an observation resolves to (rules 1–5).
    private func resolve(_ observation: NameObservation, parsed: PersonName?) -> String? {
        switch observation.kind {
        case .description: return nil
        case .organization: return "organization:" + PersonName.fold(Self.clean(observation.name))
        case .person: break
        }
        guard let name = parsed else { return nil }
        if !name.isLone { return fullIdentityKey(name) }
        // Rule 3: the honorific's gender, from the name or the article's other forms of it.
        var gender = name.honorificGender
        if gender == .unknown {
            let genders = Set(observation.aliases.compactMap { PersonName($0, lexicons: lexicons) }
                .filter { $0.surnameKey == name.surnameKey && $0.honorificGender != .unknown }.map(\.honorificGender))
            if genders.count == 1 { gender = genders.first! }
        }
        let candidates = (fullKeysBySurname[name.surnameKey] ?? []).filter { gender == .unknown || genderByKey[$0] == gender }.sorted()
        let lone = "lone:" + name.surnameKey + "|" + gender.rawValue
        if candidates.count == 1 { return candidates[0] }
        guard candidates.count > 1 else { return lone }
        // Rule 2: the corpus's own resolutions of the surname.
        let scores = candidates.map { (key: $0, score: evidence[name.surnameKey]?[$0] ?? 0) }.sorted { $0.score > $1.score }
        if scores[0].score >= rules.minimumEvidence, Double(scores[0].score) >= rules.dominance * Double(scores[1].score) {
            return scores[0].key
        }
        return lone
    }

    /// A name with its spaces tidied (no-break spaces, runs of spaces).
    static func clean(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// The most frequent key, ties to the shorter then the smaller.
    static func mostFrequent(_ counts: [String: Int]) -> String {
        counts.min { ($1.value, $0.key.count, $0.key) < ($0.value, $1.key.count, $1.key) }!.key
    }
}
