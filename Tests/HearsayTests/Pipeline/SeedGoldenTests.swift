import Testing
@testable import Hearsay

/// The end-to-end acceptance test on the seed article.
@Suite struct SeedGoldenTests {
    let analysis: Analysis
    init() throws { analysis = try Pipeline.standard().analyze(bytes: TestSupport.seedBytes(), id: "seed") }

    @Test func exactlyThreeQuotesWithTheirSpeakers() throws {
        let quotes = analysis.quotes.map { (analysis.text(of: $0), $0.attribution?.speaker) }
        #expect(quotes.count == 3)
        #expect(quotes[0].0.hasPrefix("very little doubt") && quotes[0].0.hasSuffix("in the democracies"))
        #expect(quotes[0].1 == "Jim Mattis")
        #expect(quotes[1].0.hasPrefix("a way forward where Russia") && quotes[1].0.hasSuffix("prove itself first"))
        #expect(quotes[1].1 == "Jim Mattis")
        #expect(quotes[2].0 == "does not interfere in the domestic matters of other countries")
        #expect(quotes[2].1 == "Sergey Lavrov")
        let lavrov = try #require(analysis.quotes[2].attribution)
        #expect(analysis.document.string(lavrov.mention) == "He")
        #expect(analysis.quotes.allSatisfy { $0.attribution?.cue != nil && $0.attribution!.confidence > 0.5 })
    }

    @Test func peopleAndPlaces() {
        let people = Set(analysis.people.map(\.name))
        #expect(people.subtracting(["Barack Obama", "Obama"]) == ["Jim Mattis", "Vladimir Putin", "Donald Trump", "Rex Tillerson", "Sergey Lavrov"])
        #expect(Set(analysis.places.map(\.name)) == ["US", "Russia", "Moscow", "Syria", "Ukraine", "Crimea", "Bonn", "Germany"])
        #expect(Set(analysis.organizations.map(\.name)).isSuperset(of: ["Nato", "Islamic State", "Group of 20"]))
    }

    @Test func titleAndCleanBody() {
        #expect(analysis.title == "US not ready to collaborate militarily with Russia, says Trump’s defence secretary")
        let text = analysis.document.text
        #expect(!text.contains(analysis.title!), "the title is not part of the body")
        for junk in ["Advertisement", "Subscribe", "Discover more", "Exit mobile", "&", "window", "{"] {
            #expect(!text.contains(junk), "body contains \(junk)")
        }
        #expect(analysis.warnings.isEmpty)
    }
}
