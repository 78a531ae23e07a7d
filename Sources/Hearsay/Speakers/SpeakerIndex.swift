/// Builds the speaker list of a corpus: resolves every article's names with `SpeakerDirectory`,
/// then tallies each quoted speaker's quotes, articles, dates, outlets, places and people.
///
/// Reads the source twice (names first, then tallies) and keeps only per-speaker tallies in
/// memory, each capped by `TopCounter`.
public struct SpeakerIndex: Sendable {
    /// The directory the names were resolved with.
    public let directory: SpeakerDirectory
    /// Quoted speakers, most quoted first (ties by name).
    public let speakers: [SpeakerSummary]
    /// Articles read.
    public let articles: Int
    /// Quotes read (attributed or not).
    public let quotes: Int

    /// Per-speaker running tallies.
    struct Tally {
        var quotes = 0
        var articles = 0
        var firstDate: String?
        var lastDate: String?
        var outlets = TopCounter()
        var places = TopCounter()
        var people = TopCounter()
    }

    /// Reads `source` and summarises its speakers, listing `limit` outlets, places and people each.
    public init(source: any DigestSource, lexicons: Lexicons = .shared, limit: Int = 5) throws {
        let directory = try Self.directory(of: source, lexicons: lexicons)
        var tallies: [String: Tally] = [:]
        var articles = 0, quotes = 0
        try source.forEach { digest in
            articles += 1
            quotes += digest.quotes.count
            var quoted: [String: Int] = [:]
            for quote in digest.quotes {
                guard let speaker = quote.speaker, let identity = directory.identity(for: digest.observation(forSpeaker: speaker)) else { continue }
                quoted[identity.id, default: 0] += 1
            }
            guard !quoted.isEmpty else { return }
            let people = digest.people.map { person in
                (directory.identity(for: NameObservation(name: person.name, aliases: person.forms, gender: person.gender))?.name ?? person.name,
                 person.mentions)
            }
            for (id, count) in quoted {
                var tally = tallies[id] ?? Tally()
                let name = directory.identity(forKey: id)?.name
                tally.quotes += count
                tally.articles += 1
                if let date = digest.date, !date.isEmpty {
                    if tally.firstDate.map({ date < $0 }) ?? true { tally.firstDate = date }
                    if tally.lastDate.map({ date > $0 }) ?? true { tally.lastDate = date }
                }
                if let outlet = digest.outlet { tally.outlets.add(outlet) }
                for place in digest.places { tally.places.add(place.name, place.mentions) }
                for (person, mentions) in people where person != name { tally.people.add(person, mentions) }
                tallies[id] = tally
            }
        }
        self.directory = directory
        self.articles = articles
        self.quotes = quotes
        func counts(_ counter: TopCounter) -> [SpeakerSummary.Count] {
            counter.top(limit).map { SpeakerSummary.Count(name: $0.key, count: $0.count) }
        }
        self.speakers = tallies.compactMap { id, tally in
            guard let identity = directory.identity(forKey: id) else { return nil }
            return SpeakerSummary(name: identity.name, aliases: identity.aliases, kind: identity.kind.rawValue, quotes: tally.quotes,
                                  articles: tally.articles, firstDate: tally.firstDate, lastDate: tally.lastDate,
                                  outlets: counts(tally.outlets), places: counts(tally.places), people: counts(tally.people))
        }.sorted { ($1.quotes, $0.name) < ($0.quotes, $1.name) }
    }

    /// The directory of every name observation in `source`.
    public static func directory(of source: any DigestSource, lexicons: Lexicons = .shared) throws -> SpeakerDirectory {
        var counts: [NameObservation: Int] = [:]
        try source.forEach { digest in
            for observation in digest.observations { counts[observation, default: 0] += 1 }
        }
        return SpeakerDirectory(counts: counts, lexicons: lexicons)
    }
}
