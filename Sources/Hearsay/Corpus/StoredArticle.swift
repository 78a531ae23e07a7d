/// The little that corpus statistics need from one article: its id, date and outlet, its
/// people and places with their forms, and its quotes with their speakers.
///
/// Built from a report (`init(_:)`) or read back from a database; `speakers` and `compare`
/// work on digests so both sources give the same answers.
public struct StoredArticle: Sendable, Equatable {
    /// One person or place of the article.
    public struct Entity: Sendable, Equatable {
        public var name: String
        public var gender: Gender
        /// The forms the article used ("Donald Trump", "Mr. Trump", "Trump").
        public var forms: [String]
        public var mentions: Int

        public init(name: String, gender: Gender = .unknown, forms: [String] = [], mentions: Int = 1) {
            self.name = name
            self.gender = gender
            self.forms = forms
            self.mentions = mentions
        }
    }

    /// One quote: its words and the article's name for its speaker.
    public struct Quote: Sendable, Equatable {
        public var text: String
        public var speaker: String?
        /// The row key in a database (nil for reports).
        public var key: Int64?

        public init(text: String, speaker: String?, key: Int64? = nil) {
            self.text = text
            self.speaker = speaker
            self.key = key
        }
    }

    public var id: String
    /// Publication date as the report gives it (ISO 8601 when it parsed).
    public var date: String?
    /// Site name or URL host.
    public var outlet: String?
    public var people: [Entity]
    public var places: [Entity]
    public var organizations: [String]
    public var quotes: [Quote]

    public init(id: String, date: String? = nil, outlet: String? = nil, people: [Entity] = [], places: [Entity] = [],
                organizations: [String] = [], quotes: [Quote] = []) {
        self.id = id
        self.date = date
        self.outlet = outlet
        self.people = people
        self.places = places
        self.organizations = organizations
        self.quotes = quotes
    }

    /// The digest of a report.
    public init(_ report: Report) {
        func entity(_ record: Report.EntityRecord) -> Entity {
            var forms: [String] = []
            for mention in record.mentions where !forms.contains(mention.text) { forms.append(mention.text) }
            return Entity(name: record.name, gender: record.gender.flatMap(Gender.init(rawValue:)) ?? .unknown, forms: forms,
                          mentions: record.mentions.count)
        }
        self.init(id: report.id, date: report.metadata.date, outlet: ArticleOutlet.name(report.metadata),
                  people: report.people.map(entity), places: report.places.map(entity),
                  organizations: report.organizations.map(\.name),
                  quotes: report.quotes.map { Quote(text: $0.text, speaker: $0.speaker?.name) })
    }

    /// The observation behind a speaker name of this article: the person with that name (and
    /// all their forms here), else the one person who has it among their forms, else the
    /// organisation or place it names, else whatever the name looks like
    /// (`NameObservation.kind(ofUnlisted:)`).
    public func observation(forSpeaker name: String) -> NameObservation {
        if let person = people.first(where: { $0.name == name }) {
            return NameObservation(name: person.name, aliases: person.forms, gender: person.gender, kind: .person)
        }
        // A form of exactly one person here ("Clinton" when the article names Hillary Clinton).
        let bearers = people.filter { $0.forms.contains(name) }
        if bearers.count == 1 {
            let person = bearers[0]
            return NameObservation(name: person.name, aliases: person.forms, gender: person.gender, kind: .person)
        }
        if organizations.contains(name) || places.contains(where: { $0.name == name }) {
            return NameObservation(name: name, kind: .organization)
        }
        return NameObservation(name: name, kind: NameObservation.kind(ofUnlisted: name))
    }

    /// Every name observation of the article: its people, then speakers who are not people.
    public var observations: [NameObservation] {
        var result = people.map { NameObservation(name: $0.name, aliases: $0.forms, gender: $0.gender, kind: .person) }
        var seen = Set(people.map(\.name))
        for quote in quotes {
            guard let speaker = quote.speaker, seen.insert(speaker).inserted else { continue }
            result.append(observation(forSpeaker: speaker))
        }
        return result
    }
}
