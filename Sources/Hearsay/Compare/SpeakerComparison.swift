/// Several speakers of a corpus side by side: counts, the words most distinctive of each one's
/// quotes, the content words they share, and their quotes over time.
///
/// Distinctive words compare each speaker's quotes with the other compared speakers' quotes
/// (`LogOddsRatio`, with every quote of the corpus as the prior); stopwords are left out.
/// Shared topics are content words every compared speaker uses, ranked by the smallest share
/// of any one speaker's words.
public struct SpeakerComparison: Sendable, Codable, Equatable {
    /// One compared speaker.
    public struct Side: Sendable, Codable, Equatable {
        public var name: String
        public var aliases: [String]
        public var quotes: Int
        public var articles: Int
        /// Words in their quotes (content words only).
        public var words: Int
        public var firstDate: String?
        public var lastDate: String?
        public var outlets: [SpeakerSummary.Count]
        /// Words most distinctive of their quotes, highest z first.
        public var distinctive: [LogOddsRatio.Score]
        /// Quotes per period, aligned with `SpeakerComparison.periods`.
        public var timeline: [Int]

        enum CodingKeys: String, CodingKey {
            case name, aliases, quotes, articles, words, firstDate = "first_date", lastDate = "last_date", outlets, distinctive, timeline
        }
    }

    /// A content word all compared speakers use.
    public struct SharedWord: Sendable, Codable, Equatable {
        public var word: String
        /// Uses per compared speaker, in `speakers` order.
        public var counts: [Int]
    }

    public var speakers: [Side]
    public var sharedTopics: [SharedWord]
    /// Time buckets of `timeline` ("2016-03", or days when the quotes span two months or less).
    public var periods: [String]
    /// The most quoted speakers of the whole corpus (for context).
    public var topSpeakers: [SpeakerSummary.Count]
    public var corpusArticles: Int
    public var corpusQuotes: Int
    /// Compared speakers' quotes in articles without a date (left out of the timelines).
    public var undatedQuotes: Int

    enum CodingKeys: String, CodingKey {
        case speakers, sharedTopics = "shared_topics", periods, topSpeakers = "top_speakers", corpusArticles = "corpus_articles",
             corpusQuotes = "corpus_quotes", undatedQuotes = "undated_quotes"
    }

    /// Per compared speaker running totals.
    struct Tally {
        var quotes = 0
        var articles = 0
        var words: [String: Int] = [:]
        var firstDate: String?
        var lastDate: String?
        var outlets = TopCounter()
        var days: [String: Int] = [:]
    }

    /// Compares the speakers the user named in `names`, reading `source` twice.
    ///
    /// - Throws: `HearsayError.usage` when a name matches no speaker, or two names the same one.
    public init(names: [String], source: any DigestSource, lexicons: Lexicons = .shared, wordLimit: Int = 15,
                topSpeakerLimit: Int = 15) throws {
        let directory = try SpeakerIndex.directory(of: source, lexicons: lexicons)
        var chosen: [SpeakerIdentity] = []
        for name in names {
            guard let identity = directory.identity(named: name) else { throw HearsayError.usage("no speaker named \"\(name)\" in the corpus") }
            if let earlier = chosen.firstIndex(of: identity) {
                throw HearsayError.usage("\"\(name)\" and \"\(names[earlier])\" are the same speaker (\(identity.name))")
            }
            chosen.append(identity)
        }
        let position = Dictionary(uniqueKeysWithValues: chosen.enumerated().map { ($0.element.id, $0.offset) })
        var tallies = Array(repeating: Tally(), count: chosen.count)
        var background: [String: Int] = [:]
        var quoteCounts: [String: Int] = [:]
        var articles = 0, quotes = 0, undated = 0
        try source.forEach { digest in
            articles += 1
            quotes += digest.quotes.count
            var seen: Set<Int> = []
            for quote in digest.quotes {
                let words = QuoteWords.contentWords(quote.text)
                for word in words { background[word, default: 0] += 1 }
                guard let speaker = quote.speaker, let identity = directory.identity(for: digest.observation(forSpeaker: speaker)) else { continue }
                quoteCounts[identity.id, default: 0] += 1
                guard let index = position[identity.id] else { continue }
                tallies[index].quotes += 1
                for word in words { tallies[index].words[word, default: 0] += 1 }
                if let date = digest.date, date.count >= 10 {
                    let day = String(date.prefix(10))
                    tallies[index].days[day, default: 0] += 1
                    if tallies[index].firstDate.map({ date < $0 }) ?? true { tallies[index].firstDate = date }
                    if tallies[index].lastDate.map({ date > $0 }) ?? true { tallies[index].lastDate = date }
                } else {
                    undated += 1
                }
                if seen.insert(index).inserted {
                    tallies[index].articles += 1
                    if let outlet = digest.outlet { tallies[index].outlets.add(outlet) }
                }
            }
        }
        // Time buckets: months, or days when everything falls within two months.
        let allDays = Set(tallies.flatMap(\.days.keys)).sorted()
        let months = Set(allDays.map { String($0.prefix(7)) }).sorted()
        let byDay = months.count <= 2
        let periods = byDay ? allDays : months
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($0.element, $0.offset) })
        self.periods = periods
        self.speakers = chosen.enumerated().map { index, identity in
            let tally = tallies[index]
            var rest: [String: Int] = [:]
            for (other, t) in tallies.enumerated() where other != index { for (word, count) in t.words { rest[word, default: 0] += count } }
            let distinctive = LogOddsRatio.scores(focus: tally.words, rest: rest, prior: background).filter { $0.count > 0 }.prefix(wordLimit)
            var timeline = Array(repeating: 0, count: periods.count)
            for (day, count) in tally.days { timeline[periodIndex[byDay ? day : String(day.prefix(7))]!] += count }
            return Side(name: identity.name, aliases: identity.aliases, quotes: tally.quotes, articles: tally.articles,
                        words: tally.words.values.reduce(0, +), firstDate: tally.firstDate, lastDate: tally.lastDate,
                        outlets: tally.outlets.top(5).map { SpeakerSummary.Count(name: $0.key, count: $0.count) },
                        distinctive: Array(distinctive), timeline: timeline)
        }
        // Shared topics: words everyone uses, by the smallest share of anyone's words.
        let totals = tallies.map { max(1, $0.words.values.reduce(0, +)) }
        var shared: [(word: String, score: Double, counts: [Int])] = []
        if let first = tallies.first, tallies.count > 1 {
            for word in first.words.keys {
                let counts = tallies.map { $0.words[word] ?? 0 }
                guard counts.allSatisfy({ $0 > 0 }) else { continue }
                let score = zip(counts, totals).map { Double($0) / Double($1) }.min()!
                shared.append((word, score, counts))
            }
        }
        self.sharedTopics = shared.sorted { ($1.score, $0.word) < ($0.score, $1.word) }.prefix(wordLimit).map { SharedWord(word: $0.word, counts: $0.counts) }
        self.topSpeakers = quoteCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(topSpeakerLimit).compactMap { key, count in
            directory.identity(forKey: key).map { SpeakerSummary.Count(name: $0.name, count: count) }
        }
        self.corpusArticles = articles
        self.corpusQuotes = quotes
        self.undatedQuotes = undated
    }
}
