import Foundation
import Testing
@testable import Hearsay

/// The speaker list: tallies per corpus-wide speaker, and its renderings.
@Suite struct SpeakerIndexTests {
    @Test func talliesPerSpeaker() throws {
        let index = try SpeakerIndex(source: SpeakerComparisonTests.source)
        #expect(index.speakers.map(\.name) == ["Ann Lee", "Bob Stone"], "descriptions are no speaker")
        let ann = index.speakers[0]
        #expect(ann.quotes == 3 && ann.articles == 2)
        #expect(ann.aliases.contains("Ms. Lee"))
        #expect(ann.firstDate == "2016-01-05" && ann.lastDate == "2016-02-07")
        #expect(ann.outlets == [.init(name: "One", count: 1), .init(name: "Two", count: 1)])
        #expect(ann.people == [.init(name: "Bob Stone", count: 1)])
        #expect(index.articles == 3 && index.quotes == 6)
    }

    @Test func renderings() throws {
        let speakers = try SpeakerIndex(source: SpeakerComparisonTests.source).speakers
        let csv = try CSVTestParser.parse(SpeakerListing.csv(speakers))
        #expect(csv.count == 3 && csv[1][0] == "Ann Lee" && csv[1][2] == "3")
        let json = try JSONDecoder().decode([SpeakerSummary].self, from: Data(SpeakerListing.json(speakers).utf8))
        #expect(json == speakers)
        #expect(SpeakerListing.table(speakers).split(separator: "\n").count == 3)
    }

    @Test func topCounterKeepsTheFrequent() {
        var counter = TopCounter(capacity: 4)
        for _ in 0..<10 { counter.add("a") }
        for _ in 0..<5 { counter.add("b") }
        for word in ["c", "d", "e", "f", "g"] { counter.add(word) }
        #expect(counter.counts.count <= 4)
        #expect(counter.top(2).map(\.key) == ["a", "b"])
        #expect(counter.top(1).first?.count == 10)
    }
}
