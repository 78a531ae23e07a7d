import Testing
@testable import Hearsay

/// Corpus-wide speaker identities: the merge rules, one case each.
@Suite struct SpeakerDirectoryTests {
    typealias O = NameObservation

    func name(_ directory: SpeakerDirectory, _ observation: O) -> String? { directory.identity(for: observation)?.name }

    @Test func fullNameVariantsAreOneSpeaker() {
        let d = SpeakerDirectory(observations: [
            O(name: "Donald Trump", aliases: ["Trump"], gender: .male),
            O(name: "Donald J. Trump", aliases: ["Mr. Trump"], gender: .male),
            O(name: "Mr. Donald Trump"),
            O(name: "Donald Trump", aliases: ["Trump"], gender: .male),
        ])
        #expect(d.identities.filter { $0.kind == .person }.count == 1)
        #expect(d.identities[0].name == "Donald Trump")
        #expect(d.identities[0].aliases.contains("Donald J. Trump"))
        #expect(name(d, O(name: "Donald J. Trump", aliases: ["Mr. Trump"], gender: .male)) == "Donald Trump")
    }

    @Test func loneSurnameJoinsTheOnlyFullName() {
        let d = SpeakerDirectory(observations: [
            O(name: "Donald Trump", aliases: ["Mr. Trump"], gender: .male),
            O(name: "Trump"),
            O(name: "Mr. Trump", aliases: ["Trump"]),
        ])
        #expect(name(d, O(name: "Trump")) == "Donald Trump")
        #expect(name(d, O(name: "Mr. Trump", aliases: ["Trump"])) == "Donald Trump")
        #expect(d.identities.count == 1)
    }

    @Test func theClintonsStayApart() {
        let d = SpeakerDirectory(observations: [
            O(name: "Hillary Clinton", aliases: ["Mrs. Clinton", "Clinton"], gender: .female),
            O(name: "Bill Clinton", aliases: ["Mr. Clinton"], gender: .male),
            O(name: "Mrs. Clinton"),
            O(name: "Mr. Clinton"),
            O(name: "Clinton"),
        ])
        #expect(name(d, O(name: "Hillary Clinton", aliases: ["Mrs. Clinton", "Clinton"], gender: .female)) == "Hillary Clinton")
        #expect(name(d, O(name: "Bill Clinton", aliases: ["Mr. Clinton"], gender: .male)) == "Bill Clinton")
        #expect(name(d, O(name: "Mrs. Clinton")) == "Hillary Clinton", "the honorific's gender picks the one woman")
        #expect(name(d, O(name: "Mr. Clinton")) == "Bill Clinton", "and the one man")
        // A bare "Clinton" could be either, and one article's usage is too little evidence.
        #expect(name(d, O(name: "Clinton")) == "Clinton")
        #expect(Set(d.identities.map(\.name)) == ["Hillary Clinton", "Bill Clinton", "Clinton"])
    }

    @Test func theCorpusSettlesABareSurnameWhenOnePersonDominates() {
        var observations: [O] = []
        for _ in 0..<6 { observations.append(O(name: "Hillary Clinton", aliases: ["Clinton"], gender: .female)) }
        observations.append(O(name: "Bill Clinton", aliases: ["Clinton"], gender: .male))
        observations.append(O(name: "Clinton"))
        let d = SpeakerDirectory(observations: observations)
        #expect(name(d, O(name: "Clinton")) == "Hillary Clinton", "6 articles to 1 used bare Clinton for her")
        // Not dominant enough: 2 to 1 stays apart.
        let close = SpeakerDirectory(observations: [
            O(name: "Hillary Clinton", aliases: ["Clinton"], gender: .female), O(name: "Hillary Clinton", aliases: ["Clinton"], gender: .female),
            O(name: "Bill Clinton", aliases: ["Clinton"], gender: .male), O(name: "Clinton"),
        ])
        #expect(name(close, O(name: "Clinton")) == "Clinton")
    }

    @Test func honorificMustAgreeWithGender() {
        let d = SpeakerDirectory(observations: [O(name: "Bill Clinton", aliases: ["Mr. Clinton"], gender: .male), O(name: "Mrs. Clinton")])
        #expect(name(d, O(name: "Mrs. Clinton")) == "Mrs. Clinton", "Mrs. never joins a man, even the only Clinton")
    }

    @Test func firstNamesAloneNeverMerge() {
        let d = SpeakerDirectory(observations: [O(name: "Hillary Clinton", aliases: ["Hillary"], gender: .female), O(name: "Hillary")])
        #expect(name(d, O(name: "Hillary")) == "Hillary")
        #expect(d.identities.count == 2)
    }

    @Test func suffixesAndConflictingMiddlesStayApart() {
        let d = SpeakerDirectory(observations: [
            O(name: "Donald Trump", gender: .male), O(name: "Donald Trump Jr.", gender: .male),
            O(name: "George W. Bush"), O(name: "George H. W. Bush"), O(name: "George Bush"),
        ])
        #expect(name(d, O(name: "Donald Trump Jr.", gender: .male)) == "Donald Trump Jr.")
        #expect(Set([name(d, O(name: "George W. Bush")), name(d, O(name: "George H. W. Bush")), name(d, O(name: "George Bush"))]).count == 3)
    }

    @Test func organisationsByNameAndDescriptionsNotAtAll() {
        let d = SpeakerDirectory(observations: [O(name: "White House", kind: .organization), O(name: "White House", kind: .organization),
                                                O(name: "a spokesman", kind: .description)])
        #expect(d.identities.map(\.name) == ["White House"])
        #expect(d.identities[0].observations == 2)
        #expect(d.identity(for: O(name: "a spokesman", kind: .description)) == nil)
    }

    @Test func countsGiveTheSameDirectoryAsRepeats() {
        let repeated = SpeakerDirectory(observations: [O(name: "Ann Lee"), O(name: "Ann Lee"), O(name: "Lee")])
        let counted = SpeakerDirectory(counts: [O(name: "Ann Lee"): 2, O(name: "Lee"): 1])
        #expect(repeated.identities == counted.identities)
        #expect(counted.identities.first?.observations == 3)
    }

    @Test func userNamesResolveLikeArticleNames() {
        let d = SpeakerDirectory(observations: [O(name: "Donald Trump", aliases: ["Mr. Trump"], gender: .male), O(name: "US", kind: .organization)])
        #expect(d.identity(named: "Trump")?.name == "Donald Trump")
        #expect(d.identity(named: "donald trump")?.name == "Donald Trump")
        #expect(d.identity(named: "US")?.name == "US")
        #expect(d.identity(named: "Nobody Here") == nil)
    }
}
