/// One speaker across a corpus: the name to show, every form it was seen under, and its key.
public struct SpeakerIdentity: Sendable, Hashable, Codable, Identifiable {
    /// A stable key derived from the name ("person:donald|trump|", "lone:trump|m",
    /// "organization:white house"): the same corpus gives the same keys on every run.
    public var id: String
    /// The name to show: the most frequent full form ("Donald Trump").
    public var name: String
    /// Every other form seen ("Donald J. Trump", "Mr. Trump", "Trump"), most frequent first.
    public var aliases: [String]
    public var kind: NameObservation.Kind
    public var gender: Gender
    /// How many observations (article names) it gathers.
    public var observations: Int
}
