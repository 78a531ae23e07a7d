import Testing
@testable import Hearsay

@Suite struct SpeakerResolverTests {
    @Test func onlyPhrasesOpeningWithTheMayNameARoleHolder() {
        #expect(SpeakerResolver.mayOpenWithThe("the harbour master"))
        #expect(SpeakerResolver.mayOpenWithThe("THE Harbour Master"))
        #expect(SpeakerResolver.mayOpenWithThe("The "))
        #expect(!SpeakerResolver.mayOpenWithThe("a harbour master"))
        #expect(!SpeakerResolver.mayOpenWithThe("them"))
        #expect(!SpeakerResolver.mayOpenWithThe("the"))
        #expect(!SpeakerResolver.mayOpenWithThe("théo said"))
        #expect(!SpeakerResolver.mayOpenWithThe(""))
    }

    /// The role a phrase names: ASCII phrases read byte by byte give what lowercasing, splitting
    /// and joining the words as strings gives (the way other phrases still go).
    @Test func roleIsThePhrasesWordsAfterItsOpeners() {
        #expect(SpeakerResolver.role(in: "The  former Defence Secretary ") == "defence secretary")
        #expect(SpeakerResolver.role(in: "the US Harbour Master") == "harbour master")
        #expect(SpeakerResolver.role(in: "THE American") == nil)
        #expect(SpeakerResolver.role(in: "the") == nil && SpeakerResolver.role(in: "them all") == nil)
        #expect(SpeakerResolver.role(in: "a harbour master") == nil)
        // An opener after the role's first word stays.
        #expect(SpeakerResolver.role(in: "the chief the former") == "chief the former")
        #expect(SpeakerResolver.role(in: "The Zoë Quay warden") == "zoë quay warden")
        for phrase in ["The  former Defence Secretary ", "the US Harbour Master", "the Chief of the Navy", "THE A-Team Leader [1]",
                       "the the", "The @Mayor_99 of Eastbrook", "the   "] {
            let lowercased = phrase.lowercased()
            var words = lowercased.split(separator: " ").map(String.init)
            while let first = words.first, SpeakerResolver.roleOpeners.contains(first) { words.removeFirst() }
            let expected = lowercased.hasPrefix("the ") && !words.isEmpty ? words.joined(separator: " ") : nil
            #expect(SpeakerResolver.role(in: phrase) == expected, "\(phrase)")
        }
    }

    @Test func pronounTakesNearestCompatibleSubject() throws {
        let analysis = try TestSupport.analyze(
            "Mr Lavrov was asked about turmoil in the Trump administration.\nHe repeated that Russia “does not interfere”.")
        let quote = try #require(TestSupport.quote(analysis, containing: "does not interfere"))
        #expect(quote.attribution?.speaker == "Lavrov")
        #expect(analysis.document.string(quote.attribution!.mention) == "He")
    }

    @Test func pronounGenderAgreement() throws {
        let analysis = try TestSupport.analyze(
            "Mary Jones met John Smith on Monday. She said the talks were “very productive”.")
        #expect(TestSupport.quote(analysis, containing: "very productive")?.attribution?.speaker == "Mary Jones")
    }

    @Test func roleDescriptionResolvesToItsHolder() throws {
        let analysis = try TestSupport.analyze(
            "Defence secretary Jim Mattis met allies. Later, the defence secretary said: “We are ready.”")
        #expect(TestSupport.quote(analysis, containing: "We are ready")?.attribution?.speaker == "Jim Mattis")
    }

    @Test func unnamedSourceKeepsItsDescription() throws {
        let analysis = try TestSupport.analyze("“We have no comment,” a spokesman said.")
        #expect(TestSupport.quote(analysis, containing: "no comment")?.attribution?.speaker == "a spokesman")
    }

    @Test func organisationAsSpeaker() throws {
        let analysis = try TestSupport.analyze("“The claims are baseless,” the Kremlin said.")
        #expect(TestSupport.quote(analysis, containing: "baseless")?.attribution?.speaker == "Kremlin")
    }

    @Test func interruptedQuoteGivesTwoQuotesOneSpeaker() throws {
        let analysis = try TestSupport.analyze("“We tried,” said Anna Berg, “but it failed.”")
        #expect(analysis.quotes.count == 2)
        #expect(analysis.quotes.allSatisfy { $0.attribution?.speaker == "Anna Berg" })
    }

    @Test func nonSayCuesFromTheLexicon() throws {
        for verb in ["sighed", "grumbled", "tweeted", "wrote", "warned", "insisted"] {
            let analysis = try TestSupport.analyze("“It is all too late,” Tom Ford \(verb).")
            #expect(analysis.quotes.first?.attribution?.speaker == "Tom Ford", "\(verb)")
        }
    }

    @Test func asidesBetweenNameAndCue() throws {
        let analysis = try TestSupport.analyze("“We are not going to stop,” Quina Jones, 25, said. “Never,” Mitch McConnell, R-Ky., said.")
        #expect(analysis.quotes.map { $0.attribution?.speaker } == ["Quina Jones", "Mitch McConnell"])
    }

    @Test func attributionAfterQuestionMarkSentenceBreak() throws {
        let analysis = try TestSupport.analyze("Jane Roe spoke first. “How many times must we see this?” Clinton said.")
        #expect(analysis.quotes.first?.attribution?.speaker == "Clinton")
        #expect(analysis.quotes.first?.attribution?.sieve == "trailing-cue")
    }

    @Test func unresolvedPronounStaysAsWritten() throws {
        let analysis = try TestSupport.analyze("“Don't shoot him,” she says.")
        #expect(analysis.quotes.first?.attribution?.speaker == "she")
    }

    @Test func coordinatedQuotesShareTheSpeaker() throws {
        let analysis = try TestSupport.analyze("Trump tells his supporters to “go to your place and vote” and then “go pick some other place to watch”.")
        #expect(analysis.quotes.count == 2)
        #expect(analysis.quotes.allSatisfy { $0.attribution?.speaker == "Trump" })
    }

    @Test func complexSpeakerPhrases() throws {
        let analysis = try TestSupport.analyze("""
        “Not at all,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.

        "Yes," said the Rev. Peter Wherry, of Mayfield Church.

        "We live in a strange kingdom," my father often said.

        “Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.
        """)
        #expect(analysis.quotes.map { $0.attribution?.speaker } == ["Jim Jordan", "Peter Wherry", "my father", "Mitch McConnell"])
    }

    @Test func cueFormsUsedAsNounsOrNamesAreNotCues() throws {
        let analysis = try TestSupport.analyze("""
        Oz is “smart as hell,” Steve Mosko wrote in an email to the network’s Rich Eisen, and “full of nonsense.”

        ''Their strategy is very clear,'' Michael McFaul, a former United States ambassador to Russia, said.
        """)
        #expect(analysis.quotes.map { $0.attribution?.speaker } == ["Steve Mosko", "Steve Mosko", "Michael McFaul"])
        #expect(analysis.quotes.map { $0.attribution.flatMap { a in a.cue.map { analysis.document.string($0) } } } == ["wrote", "wrote", "said"])
    }

    @Test func subjectBeforeAPrepositionalPhrase() throws {
        let analysis = try TestSupport.analyze("Another intelligence source speaking to Fox News said, “The agents are investigating.”")
        #expect(analysis.quotes.first?.attribution?.speaker == "Another intelligence source")
    }

    @Test func participleWithoutCommaTakesTheClauseSubject() throws {
        let analysis = try TestSupport.analyze("Her campaign quickly blasted out an email to supporters stating, “Speaker Joins Growing List of Critics.”")
        #expect(analysis.quotes.first?.attribution?.speaker == "Her campaign")
        #expect(analysis.quotes.first?.attribution?.sieve == "participle-cue")
    }

    @Test func attributionWithAColonIntroducesTheNextQuote() throws {
        let analysis = try TestSupport.analyze("''We are refugees,'' Ms. Ann Alawee said. ''We are not terrorists.'' Mr. Abdullah Zahed said: ''The attack is the work of terrorists.''")
        #expect(analysis.quotes.map { $0.attribution?.speaker } == ["Ann Alawee", "Ann Alawee", "Abdullah Zahed"])
    }
}

/// A relative pronoun before the cue is the mention as written; the speaker is its antecedent.
@Suite struct RelativePronounMentionTests {
    @Test func whoIsTheMentionAndTheNameTheSpeaker() throws {
        let text = "The crowd cheered for Anna Berg, who joked about the weather, “I brought the sun.”"
        let analysis = try TestSupport.analyze(text)
        let quote = try #require(TestSupport.quote(analysis, containing: "I brought the sun"))
        let attribution = try #require(quote.attribution)
        #expect(attribution.speaker == "Anna Berg")
        #expect(analysis.document.string(attribution.mention) == "who")
    }
}
