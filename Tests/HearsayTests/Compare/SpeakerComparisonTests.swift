import Foundation
import Testing
@testable import Hearsay

/// A digest source made in memory.
struct DigestArray: DigestSource {
    var digests: [StoredArticle]
    func forEach(_ body: (StoredArticle) throws -> Void) throws { for digest in digests { try body(digest) } }
}

/// Comparing speakers: counts, distinctive words, shared topics, timelines, and the renderings.
@Suite struct SpeakerComparisonTests {
    static let source = DigestArray(digests: [
        StoredArticle(id: "1", date: "2016-01-05", outlet: "One", people: [.init(name: "Ann Lee", gender: .female, forms: ["Ann Lee"]), .init(name: "Bob Stone", forms: ["Bob Stone"])],
                      quotes: [.init(text: "Taxes must fall, taxes hurt families", speaker: "Ann Lee"),
                               .init(text: "War is coming, families must prepare", speaker: "Bob Stone")]),
        StoredArticle(id: "2", date: "2016-02-07", outlet: "Two", people: [.init(name: "Lee", forms: ["Ms. Lee", "Lee"])],
                      quotes: [.init(text: "Lower taxes now", speaker: "Lee"), .init(text: "Taxes again", speaker: "Lee")]),
        StoredArticle(id: "3", date: "2016-03-01", outlet: "One", people: [.init(name: "Bob Stone", forms: ["Bob Stone"])],
                      quotes: [.init(text: "The war on families", speaker: "Bob Stone"), .init(text: "An unnamed remark", speaker: "a source")]),
    ])

    @Test func sideBySide() throws {
        let c = try SpeakerComparison(names: ["Ann Lee", "Stone"], source: Self.source)
        #expect(c.speakers.map(\.name) == ["Ann Lee", "Bob Stone"])
        #expect(c.speakers.map(\.quotes) == [3, 2])
        #expect(c.speakers.map(\.articles) == [2, 2])
        #expect(c.speakers[0].distinctive.first?.word == "taxes")
        #expect(c.speakers[1].distinctive.first?.word == "war")
        #expect(c.sharedTopics.map(\.word) == ["families"])
        #expect(c.sharedTopics[0].counts == [1, 2])
        #expect(c.periods == ["2016-01", "2016-02", "2016-03"])
        #expect(c.speakers[0].timeline == [1, 2, 0])
        #expect(c.speakers[1].timeline == [1, 0, 1])
        #expect(c.corpusQuotes == 6)
        #expect(c.topSpeakers.first?.name == "Ann Lee")
    }

    @Test func unknownAndDuplicateNamesAreUsageErrors() {
        #expect(throws: HearsayError.self) { try SpeakerComparison(names: ["Ann Lee", "Nobody Known"], source: Self.source) }
        #expect(throws: HearsayError.self) { try SpeakerComparison(names: ["Ann Lee", "Lee"], source: Self.source) }
    }

    @Test func renderings() throws {
        let c = try SpeakerComparison(names: ["Ann Lee", "Bob Stone"], source: Self.source)
        let html = ComparisonRendering.html(c)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 2, "quotes over time and top speakers")
        #expect(html.contains("<polyline"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"), "nothing loaded from the network")
        #expect(!html.contains("<script"))
        let decoded = try JSONDecoder().decode(SpeakerComparison.self, from: Data(ComparisonRendering.json(c).utf8))
        #expect(decoded == c)
        let table = ComparisonRendering.table(c)
        #expect(table.contains("Ann Lee") && table.contains("taxes"))
    }

    @Test func htmlEscapesNames() {
        #expect(SVGChart.escape("<b>\"A&B\"</b>") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;")
    }
}
