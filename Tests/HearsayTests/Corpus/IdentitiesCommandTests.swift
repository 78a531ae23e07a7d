import Foundation
import Testing
@testable import Hearsay

/// `hearsay identities observe` and `resolve`: the identity step run apart from the reports (as
/// a Spark driver does) gives the same speakers as `hearsay speakers`.
@Suite struct IdentitiesCommandTests {
    @Test func distinctObservationsResolveLikeTheSpeakersList() throws {
        let dir = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("corpus.jsonl")
        try CorpusFixture.writeInput(to: input)
        let reports = dir.appendingPathComponent("reports.jsonl").path
        #expect(try TestSupport.run(["analyze", input.path, "--format", "jsonl", "--output", reports]).status == 0)

        // Executors: facts per article (here from standard input, as under RDD.pipe).
        let observed = try TestSupport.run(["identities", "observe", "-"], stdin: try Data(contentsOf: URL(fileURLWithPath: reports)))
        #expect(observed.status == 0)
        let decoder = JSONDecoder()
        let facts = try String(decoding: observed.out, as: UTF8.self).split(separator: "\n")
            .map { try decoder.decode(SpeakerFacts.self, from: Data($0.utf8)) }
        #expect(facts.map(\.id) == CorpusFixture.records.map(\.id))

        // Distinct observations with counts, as a reduce step would give them (split in two
        // halves, so the command must add repeated observations up).
        var counts: [NameObservation: Int] = [:]
        for fact in facts { for observation in fact.observations { counts[observation, default: 0] += 1 } }
        let encoder = JSONEncoder()
        var lines: [String] = []
        for (observation, count) in counts {
            let first = count / 2, second = count - first
            for part in [first, second] where part > 0 {
                lines.append(String(decoding: try encoder.encode(IdentityAssignment(observation: observation, count: part)), as: UTF8.self))
            }
        }
        let resolved = try TestSupport.run(["identities", "resolve", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(resolved.status == 0)
        let assignments = try String(decoding: resolved.out, as: UTF8.self).split(separator: "\n")
            .map { try decoder.decode(IdentityAssignment.self, from: Data($0.utf8)) }
        #expect(assignments.count == counts.count && assignments.allSatisfy { counts[$0.observation] == $0.count })
        let speakerOf = Dictionary(uniqueKeysWithValues: assignments.map { ($0.observation, $0.speaker) })

        // Quotes and articles per speaker from the facts and the assignments alone.
        var quotes: [String: Int] = [:], articles: [String: Int] = [:]
        for fact in facts {
            var here: Set<String> = []
            for quoted in fact.quoted {
                guard let speaker = speakerOf[quoted.observation] ?? nil else { continue }
                quotes[speaker.name, default: 0] += quoted.quotes
                here.insert(speaker.name)
            }
            for name in here { articles[name, default: 0] += 1 }
        }
        let listed = try TestSupport.run(["speakers", reports, "--format", "json"])
        let speakers = try decoder.decode([SpeakerSummary].self, from: listed.out)
        #expect(Dictionary(uniqueKeysWithValues: speakers.map { ($0.name, $0.quotes) }) == quotes)
        #expect(Dictionary(uniqueKeysWithValues: speakers.map { ($0.name, $0.articles) }) == articles)
        #expect(quotes["Donald Trump"] == 2 && quotes["Mr. Trump"] == nil)
    }
}
