/// What a corpus says about one speaker: how often and where they are quoted, under which
/// names, and who and what is mentioned in the same articles.
public struct SpeakerSummary: Sendable, Codable, Equatable {
    /// A name with a count (an outlet, a place, a person).
    public struct Count: Sendable, Codable, Equatable {
        public var name: String
        public var count: Int
    }

    public var name: String
    public var aliases: [String]
    public var kind: String
    public var quotes: Int
    public var articles: Int
    /// The earliest and latest publication dates of the articles quoting them (as given).
    public var firstDate: String?
    public var lastDate: String?
    /// Outlets (site name or URL host) by articles quoting them.
    public var outlets: [Count]
    /// Places mentioned in the articles that quote them, by mentions.
    public var places: [Count]
    /// Other people mentioned in those articles, by mentions.
    public var people: [Count]

    enum CodingKeys: String, CodingKey {
        case name, aliases, kind, quotes, articles, firstDate = "first_date", lastDate = "last_date", outlets, places, people
    }
}
