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
        // A subject phrase that no name or known description ends.
        ("Engineers on the old bridge project said the repairs would take a year.", "the repairs would take a year", "Engineers on the old bridge project"),
        // Progressive cues take the subject before their "be"; an addressee before "to" is content.
        ("Residents are urging the council to reopen the old bridge soon.", "the council to reopen the old bridge soon", "Residents"),
        ("Ann Cole met the council. She’s claiming that the old bridge is unsafe for trucks.", "that the old bridge is unsafe for trucks", "She"),
        ("Ann Cole called on the council to reopen the old bridge.", "the council to reopen the old bridge", "Ann Cole"),
        // An unlisted -ed word, or a manner verb, before a that-clause.
        ("Ann Cole was convinced that the old bridge was safe for cars.", "that the old bridge was safe for cars", "Ann Cole"),
        ("Ann Cole joked that the old bridge had outlived three mayors.", "that the old bridge had outlived three mayors", "Ann Cole"),
        ("The mayor pointed out that the old bridge had been closed twice.", "that the old bridge had been closed twice", "The mayor"),
        // An infinitive of two words; "According to" a source that names no one.
        ("The council declined to comment.", "to comment", "The council"),
        ("According to town records, the old bridge was built in 1901.", "the old bridge was built in 1901", "town records"),
        // A second cue of the same speaker ends the first content.
        ("Ann Cole said the bridge would reopen and warned that the road would stay closed.", "the bridge would reopen", "Ann Cole"),
        // A cue in a subordinate clause that opens the sentence: the content ends at its comma.
        ("While Ann Cole says the old bridge is safe, the council wants a new one.", "the old bridge is safe", "Ann Cole"),
        // A speaker after its cue, then an apposition: no content resumes.
        ("The old bridge is safe for cars, said Ann Cole, a town engineer who inspected it.", "The old bridge is safe for cars", "Ann Cole"),
        // A cue after "and" that ends the previous content shares its speaker, across a quotation.
        ("Ann Cole called the old bridge “a relic” and said the council should replace it.", "the council should replace it", "Ann Cole"),
        ("Ann Cole praised the crews on the old bridge, and said the council should replace it.", "the council should replace it", "Ann Cole"),
        ("Ann Cole waved at the “old guard” and said the council should replace the bridge.", "the council should replace the bridge", "Ann Cole"),
        // ", but that …" goes on with the same content.
        ("Ann Cole said that the old bridge was safe, but that trucks should use the new road.", "that the old bridge was safe, but that trucks should use the new road", "Ann Cole"),
        ("The council met, while Ann Cole said the old bridge was safe, and then it voted.", "the old bridge was safe", "Ann Cole"),
        ("Even as Ann Cole insists the old bridge is safe, the council plans a new one.", "the old bridge is safe", "Ann Cole"),
    ])
    func span(_ text: String, _ content: String, _ speaker: String) throws {
        let found = try Self.indirect(text)
        #expect(found.contains { $0.content == content && $0.mention.hasSuffix(speaker) }, "\(text) -> \(found)")
    }

    @Test(arguments: [
        // Title case: SPEAKER VERB CONTENT, and CONTENT, SPEAKER says.
        ("Mayor Vows To Rebuild Old Bridge Before Winter.\n\nThe town has one bridge and it is old and narrow.", "To Rebuild Old Bridge Before Winter", "Mayor"),
        ("Old Bridge Will Reopen In May, Town Engineer Says.\n\nThe town has one bridge and it is old and narrow.", "Old Bridge Will Reopen In May", "Town Engineer"),
        // A one-sentence first paragraph in sentence case: "calls" is a verb there.
        ("Mayor calls bridge plan a costly mistake.\n\nThe town has one bridge and it is old and narrow.", "bridge plan a costly mistake", "Mayor"),
    ])
    func headline(_ text: String, _ content: String, _ speaker: String) throws {
        let found = try Self.indirect(text)
        #expect(found.contains { $0.content == content && $0.mention.hasSuffix(speaker) }, "\(text) -> \(found)")
    }

    @Test func partialQuotationsGiveWayToTheIndirectContentAroundThem() throws {
        let analysis = try Pipeline.standard(configuration: Configuration(includeIndirect: true))
            .analyze(text: "The engineer said that, if the council agreed in May, “the old bridge would reopen within a year.”")
        #expect(analysis.quotes.map(\.kind) == [.indirect], "\(analysis.quotes.map { analysis.text(of: $0) })")
    }

    @Test func aBodySentenceIsNoHeadline() throws {
        // Not the first paragraph, not title case: "plans" stays a noun.
        #expect(try Self.indirect("The town has one bridge.\n\nThe mayor plans a new road to the old bridge.").isEmpty)
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

    @Test func anAddresseeAfterAQuotationIsNoContent() throws {
        // "told" closing a quotation names whom it was said to.
        #expect(try Self.indirect("“The old bridge is safe for cars,” Ann Cole told the town council on Monday.").isEmpty)
        // With its own "that", the words after "told" are content again.
        let found = try Self.indirect("“It is safe,” Ann Cole told reporters that the old bridge would reopen in May.")
        #expect(found.contains { $0.content == "that the old bridge would reopen in May" }, "\(found)")
    }

    @Test func onlyVerbsOfSayingCloseAContentBeforeThem() throws {
        #expect(try Self.indirect("The old bridge was the finest in the county, Ann Cole felt.").isEmpty)
        let found = try Self.indirect("The old bridge will reopen in May, Ann Cole wrote.")
        #expect(found.map(\.content) == ["The old bridge will reopen in May"], "\(found)")
    }

    @Test func formsThatSeldomReportSpeechReportNothing() throws {
        #expect(try Self.indirect("The town maintained the old bridge for a hundred years.").isEmpty)
        #expect(try Self.indirect("Ann Cole knew the old bridge better than anyone in town.").isEmpty)
    }

    @Test(arguments: [
        // A subject too long for a subject phrase: the sentence's opening words speak.
        ("Many of the people who crossed the old bridge each day on their way to work said they would miss it.",
         "they would miss it", "Many of the people"),
        // A "that" clause after a subject too long for a subject phrase.
        ("The engineers who have inspected every bridge in the county for many years said that the old bridge was safe.",
         "that the old bridge was safe", "The engineers who"),
        // A past verb of saying before "the" or a possessive.
        ("Many of the people who crossed the old bridge each day on their way to work said the toll was too high.",
         "the toll was too high", "Many of the people"),
        ("Many of the drivers who crossed the old bridge each day on their way to work said their cars were too heavy.",
         "their cars were too heavy", "Many of the drivers"),
        // An infinitive of saying before a subject pronoun.
        ("Voters were more likely to say they preferred the new bridge to the old one.",
         "they preferred the new bridge to the old one", "Voters"),
    ])
    func aSubjectPronounAfterAVerbOfSayingOpensTheContent(_ text: String, _ content: String, _ speaker: String) throws {
        let found = try Self.indirect(text)
        #expect(found.contains { $0.content == content && $0.mention.hasPrefix(speaker) }, "\(text) -> \(found)")
    }

    @Test func aSubjectPronounOpensTheClauseBeforeALaterThat() throws {
        let found = try Self.indirect("Ann Cole said he was sure that the old bridge would reopen.")
        #expect(found.map(\.content) == ["he was sure that the old bridge would reopen"], "\(found)")
    }

    @Test func aBareDeterminerBeforeAParticipleIsNoDescribedSubject() throws {
        // A clause of one determiner before its participle cue (found by the fuzzer; it trapped).
        let found = try Self.indirect("The, saying that taxes would rise.")
        #expect(found.allSatisfy { $0.mention != "The" })
        #expect(try Self.indirect("An, saying taxes would rise, left.").allSatisfy { $0.mention != "An" })
    }

    @Test func aSubordinateClauseWhoseContentIsItsLastWordEndsThere() throws {
        // "As X <cue> W" with nothing after the one-word content (found by the fuzzer: the search
        // for the clause's comma ran over an inverted range and trapped).
        for text in ["As voters praise Lee", "As critics praise Jo", "As a rule we praise Ann"] {
            let found = try Self.indirect(text)
            #expect(found.allSatisfy { !$0.content.contains(",") }, "\(text)")
        }
        let found = try Self.indirect("As voters praise Lee, the mayor said that taxes would rise.")
        #expect(found.contains { $0.content == "that taxes would rise" })
    }

    @Test func aDashedAsideThatOpensTheTextHasNoNameBeforeIt() throws {
        // "-- X -- said …" at the very start (found by the fuzzer: the aside was skipped past the
        // first token and the phrase reader indexed before it).
        for text in ["-- Jane Hill -- said that taxes would rise.", "--- Jane -- said taxes would rise.", "- - Jane - said that taxes would rise."] {
            let found = try Self.indirect(text)
            #expect(found.allSatisfy { $0.content.hasSuffix("taxes would rise") }, "\(text)")
        }
    }

    @Test(arguments: [
        // The subject past a copula, an auxiliary and an adverb.
        ("Ann Cole has long been critical of the plan to close the old bridge.", "the plan to close the old bridge", "Ann Cole"),
        ("The engineers voiced concerns about the rusted cables.", "the rusted cables", "The engineers"),
        // A possessor; the content stops at an adverbial clause.
        ("Ann Cole stood by her calls for a new bridge.", "a new bridge", "her"),
        ("Ann Cole was critical of the toll plan during the council meeting.", "the toll plan", "Ann Cole"),
        ("Residents are supportive of a toll on the new bridge.", "a toll on the new bridge", "Residents"),
        ("The mayor stepped up his attacks on the bridge builders.", "the bridge builders", "his"),
    ])
    func aStanceWordReportsThePhraseAfterItsPreposition(_ text: String, _ content: String, _ speaker: String) throws {
        let found = try Self.indirect(text)
        #expect(found.contains { $0.content == content && $0.mention.hasPrefix(speaker) }, "\(text) -> \(found)")
    }
    @Test func aStanceWordWithoutASpeakerReportsNothing() throws {
        // A modifier before the stance word, or no subject at all, names no one.
        #expect(try Self.indirect("The main concerns about the old bridge are its cables.").isEmpty)
        #expect(try Self.indirect("There are concerns about the cost of the new bridge.").isEmpty)
        #expect(try Self.indirect("A new book critical of the old bridge sold well.").isEmpty)
    }

    @Test func anObjectOfOneNameIsReported() throws {
        #expect(try Self.indirect("Ann Cole endorsed Hale.").map(\.content) == ["Hale"])
    }

    @Test func aClauseOfTwoWordsIsReported() throws {
        #expect(try Self.indirect("Ann Cole said tolls rose.").map(\.content) == ["tolls rose"])
    }

    @Test func aParticipleWithoutASubjectTakesTheSentencesOpeningWords() throws {
        // No name or description ends before "saying": the clause it hangs on opens the sentence.
        let found = try Self.indirect("Ann Cole of the bridge trust and her two deputies left early, saying that the vote was a sham.")
        #expect(found.contains { $0.content == "that the vote was a sham" && $0.mention.hasPrefix("Ann Cole") }, "\(found)")
        // A participle content verb ("talking about") likewise.
        let talk = try Self.indirect("Members of the bridge committee met on Monday for three hours, talking about the cost of the new toll.")
        #expect(talk.contains { $0.content == "the cost of the new toll" && $0.mention.hasPrefix("Members") }, "\(talk)")
        // An infinitive content verb too, but not one of knowing or deciding; the speaker stops before "to".
        let discuss = try Self.indirect("Members of the bridge committee met on Monday for three hours to discuss the cost of the new toll.")
        #expect(discuss.contains { $0.content == "the cost of the new toll" && $0.mention == "Members of the bridge committee met on Monday for three hours" }, "\(discuss)")
        #expect(try Self.indirect("Members of the bridge committee met on Monday for three hours to understand the cost of the new toll.").isEmpty)
        // A finite cue without a subject still reports nothing from this rule.
        #expect(try Self.indirect("Members of the bridge committee met on Monday for three hours, and pledged a new toll.").allSatisfy { !$0.mention.hasPrefix("Members") })
    }

    @Test func theOpeningWordsSkipAnAdverbialClause() throws {
        // "Speaking …, X, saying …" and "After …, X …": the speaker of last resort is what follows
        // the opening adverbial clause, not the clause.
        let speaking = try Self.indirect("Speaking at the town hall on Monday, the mayor of Riverton, saying the bridge would reopen in May.")
        #expect(speaking.contains { $0.content == "the bridge would reopen in May" && $0.mention == "the mayor of Riverton" }, "\(speaking)")
        let after = try Self.indirect("After the vote on Monday, members of the bridge committee stayed for hours, talking about the cost of the new toll.")
        #expect(after.contains { $0.content == "the cost of the new toll" && $0.mention == "members of the bridge committee stayed for hours" }, "\(after)")
    }
}
