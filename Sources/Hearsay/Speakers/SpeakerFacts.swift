/// What the speaker list needs from one article, every name given as the observation that
/// `SpeakerDirectory` resolves: the article's observations, its quoted speakers with their
/// quote counts, its date and outlet, and the people and places it mentions.
///
/// This lets a cluster job build the speaker list without re-implementing any rule: executors
/// turn reports into facts (`hearsay identities observe`), the distinct observations are counted
/// and resolved once on the driver (`hearsay identities resolve`, see `IdentityAssignment`), and
/// each speaker's tallies are plain sums over the facts, as `SpeakerIndex` makes them.
public struct SpeakerFacts: Sendable, Codable, Equatable {
    /// A quoted speaker of the article and how many of its quotes are theirs.
    public struct Quoted: Sendable, Codable, Equatable {
        public var observation: NameObservation
        public var quotes: Int
    }

    /// A person of the article (as an observation) and their mentions.
    public struct Person: Sendable, Codable, Equatable {
        public var observation: NameObservation
        public var mentions: Int
    }

    public var id: String
    /// Publication date as the report gives it; nil when it has none.
    public var date: String?
    /// Site name or URL host.
    public var outlet: String?
    /// Every name observation of the article (`StoredArticle.observations`).
    public var observations: [NameObservation]
    /// Quoted speakers in order of first quote; unattributed quotes are left out.
    public var quoted: [Quoted]
    public var people: [Person]
    /// Places by name with their mentions.
    public var places: [SpeakerSummary.Count]

    /// The facts of one article.
    public init(_ article: StoredArticle) {
        id = article.id
        date = article.date.flatMap { $0.isEmpty ? nil : $0 }
        outlet = article.outlet
        observations = article.observations
        var quoted: [Quoted] = []
        for quote in article.quotes {
            guard let speaker = quote.speaker else { continue }
            let observation = article.observation(forSpeaker: speaker)
            if let index = quoted.firstIndex(where: { $0.observation == observation }) { quoted[index].quotes += 1 }
            else { quoted.append(Quoted(observation: observation, quotes: 1)) }
        }
        self.quoted = quoted
        people = article.people.map {
            Person(observation: NameObservation(name: $0.name, aliases: $0.forms, gender: $0.gender), mentions: $0.mentions)
        }
        places = article.places.map { SpeakerSummary.Count(name: $0.name, count: $0.mentions) }
    }
}
