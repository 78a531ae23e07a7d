import Foundation

/// One distinct name observation with the number of articles that had it, and the corpus-wide
/// speaker `SpeakerDirectory` assigns it to (nil for descriptions and non-names).
///
/// `hearsay identities resolve` reads observation counts (`speaker` absent) and writes them back
/// with the speaker filled in, so a job that counted observations elsewhere gets exactly the
/// identities `hearsay speakers` would give.
public struct IdentityAssignment: Sendable, Codable, Equatable {
    public var observation: NameObservation
    /// Articles that had the observation.
    public var count: Int
    public var speaker: SpeakerIdentity?

    public init(observation: NameObservation, count: Int, speaker: SpeakerIdentity? = nil) {
        self.observation = observation
        self.count = count
        self.speaker = speaker
    }

    /// Resolves every counted observation with one directory built from all of them.
    ///
    /// Counts of equal observations are added up first, so the input may repeat them.
    public static func resolve(_ counted: [IdentityAssignment], lexicons: Lexicons = .shared) -> [IdentityAssignment] {
        var counts: [NameObservation: Int] = [:]
        for item in counted { counts[item.observation, default: 0] += item.count }
        let directory = SpeakerDirectory(counts: counts, lexicons: lexicons)
        return counts.map { IdentityAssignment(observation: $0.key, count: $0.value, speaker: directory.identity(for: $0.key)) }
            .sorted { ($0.observation.name, $0.observation.aliases.joined(separator: "\u{1}"), $0.observation.kind.rawValue, $0.observation.gender.rawValue)
                < ($1.observation.name, $1.observation.aliases.joined(separator: "\u{1}"), $1.observation.kind.rawValue, $1.observation.gender.rawValue) }
    }
}
