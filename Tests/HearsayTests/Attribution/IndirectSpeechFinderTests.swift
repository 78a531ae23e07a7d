import Testing
@testable import Hearsay

/// Indirect speech spans follow PolNeAR's conventions: the clause with its "that", the
/// infinitive with its "to", a prepositional object, and the whole sentence when the
/// attribution interrupts the content.
@Suite struct IndirectSpeechFinderTests {
    static func indirect(_ text: String) throws -> [(content: String, speaker: String?, mention: String)] {
        let analysis = try Pipeline.standard(configuration: Configuration(includeIndirect: true)).analyze(text: text)
        return analysis.quotes.filter { $0.kind == .indirect }.map { q in
            (analysis.text(of: q), q.attribution?.speaker, q.attribution.map { analysis.document.string($0.mention) } ?? "")
        }
    }

    @Test(arguments: [
        ("Mayor Ann Cole said that the old bridge would reopen in May.", "that the old bridge would reopen in May", "Ann Cole"),
        ("Police said people in the area should stay indoors tonight.", "people in the area should stay indoors tonight", "Police"),
        ("Ann Cole told reporters she would rebuild the old bridge.", "she would rebuild the old bridge", "Ann Cole"),
        ("Ann Cole vowed to rebuild the old bridge by the spring.", "to rebuild the old bridge by the spring", "Ann Cole"),
        ("Ann Cole called for a full inquiry into the collapse.", "a full inquiry into the collapse", "Ann Cole"),
        ("The old bridge, Ann Cole said, will reopen in May.", "The old bridge, Ann Cole said, will reopen in May", "Ann Cole"),
        ("The old bridge will reopen in May, according to Ann Cole.", "The old bridge will reopen in May", "Ann Cole"),
        ("Ann Cole said the bridge would reopen, but the council has not agreed.", "the bridge would reopen", "Ann Cole"),
        ("According to Ann Cole, the old bridge will reopen in May.", "the old bridge will reopen in May", "Ann Cole"),
        ("Ann Cole praised the crews, saying the old bridge would reopen soon.", "the old bridge would reopen soon", "Ann Cole"),
        ("Ann Cole thanked the crews and vowed to reopen the old bridge.", "to reopen the old bridge", "Ann Cole"),
        ("Ann Cole stood by her claim that the old bridge was safe.", "that the old bridge was safe", "her"),
        ("In the poll, some 46 percent said they would pay a toll on the new bridge.", "they would pay a toll on the new bridge", "46 percent"),
    ])
    func span(_ text: String, _ content: String, _ speaker: String) throws {
        let found = try Self.indirect(text)
        #expect(found.contains { $0.content == content && $0.mention.hasSuffix(speaker) }, "\(text) -> \(found)")
    }

    @Test func shortMixedFragmentsGiveWayToIndirectSpeech() throws {
        let analysis = try Pipeline.standard(configuration: Configuration(includeIndirect: true))
            .analyze(text: "The council, Ann Cole complained, had called the plan “a mess” for weeks.")
        #expect(!analysis.quotes.contains { $0.kind == .mixed })
    }

    @Test func nounFormsAndAspectVerbsReportNothing() throws {
        // "the state" is no reporting verb; "began" only starts the speaking.
        #expect(try Self.indirect("Officials in the state have a plan for thirty new bridges.").isEmpty)
        #expect(try Self.indirect("Ann Cole began the meeting with a long list of repairs.").isEmpty)
        // A cue with an object of its own closes no content before it.
        #expect(try Self.indirect("In the past five years, we have added 1,200 new bridges to the network.").isEmpty)
    }
}
