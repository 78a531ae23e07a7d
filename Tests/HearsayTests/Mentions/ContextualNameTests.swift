import Testing
@testable import Hearsay

/// Names that no lexicon lists, typed by their context, and the layout of wire copy
/// (datelines, capitalised headlines, sports results).
@Suite struct ContextualNameTests {
    func names(_ text: String) throws -> (people: [String], places: [String], orgs: [String], analysis: Analysis) {
        let analysis = try TestSupport.analyze(text)
        return (analysis.people.map(\.name), analysis.places.map(\.name), analysis.organizations.map(\.name), analysis)
    }

    @Test func datelineAndCapitalisedPlaces() throws {
        let result = try names("NEW YORK 1996-08-30\nShares rose after Mr Jones spoke in Tavildara .")
        #expect(result.places == ["New York", "Tavildara"])
        #expect(result.people == ["Jones"])
    }

    @Test func organisationsByTheirHeadWord() throws {
        let result = try names("Shares of Acme Widgets Inc rose .\nThe Kurdistan Democratic Party and UEFA met at the Ministry of Defence .")
        #expect(result.orgs == ["Acme Widgets Inc", "Kurdistan Democratic Party", "UEFA", "Ministry of Defence"])
        #expect(result.people.isEmpty)
        #expect(result.places.isEmpty)
    }

    @Test func exchangesNamedAfterTownsAndAbbreviatedHeads() throws {
        let result = try names("Markets were calm .\nShares of Kelmar Widgets Inc. rose on the New York Stock Exchange .")
        #expect(result.orgs == ["Kelmar Widgets Inc.", "New York Stock Exchange"])
        #expect(result.places.isEmpty)
    }

    @Test func capitalisedWordsInHeadingsAreNoAcronyms() throws {
        let result = try names("Bond sale details .\nPAYING AGENT : Kelmar Bank\nLAST SALE : None\nThe sale was handled by the KZP in March .")
        #expect(result.orgs == ["Kelmar Bank", "KZP"])
    }

    @Test func ofAfterAHeadWordKeepsTheNameGoing() throws {
        let result = try names("Markets were calm .\nThe Kelmar Bank of Velmaria raised rates on Monday .")
        #expect(result.orgs == ["Kelmar Bank of Velmaria"])
    }

    @Test func eventsAreNeitherPeopleNorPlaces() throws {
        let result = try names("Fans watched the Hong Kong Open and the U.S. Open on Labor Day .")
        #expect(result.people.isEmpty)
        #expect(result.places.isEmpty)
    }

    @Test func clubsNamedAfterTownsInSportsStories() throws {
        let result = try names("SOCCER - LEEDS WIN .\nLONDON 1996-08-30\nLeeds beat Sunderland 2-1 in Manchester on Saturday .\nEngland beat Wales 3-0 .")
        #expect(result.places == ["London", "Manchester", "England", "Wales"])
        #expect(result.orgs.contains("Leeds") && result.orgs.contains("Sunderland"))
    }

    @Test func venuesInSportsStoriesStayPlaces() throws {
        let result = try names("CRICKET - RESULTS .\nLeicester : Leeds beat Sunderland by six wickets .\nThird test ( at Headingley , Manchester ) .")
        #expect(result.places.contains("Leicester") && result.places.contains("Manchester"))
        #expect(result.orgs.contains("Leeds"))
    }

    @Test func playersInResultsAndScorecards() throws {
        let result = try names("Marek Kowalczyk ( Poland ) beat Tomas Berdahl ( Sweden ) 6-3 6-4 .\nA. Dale c Knight b Croft 69\nInzamam-ul-Haq not out 45")
        #expect(result.people == ["Marek Kowalczyk", "Tomas Berdahl", "A. Dale", "Knight", "Croft", "Inzamam-ul-Haq"])
        #expect(result.places == ["Poland", "Sweden"])
    }

    @Test func roleNounsAgesAndUnknownNames() throws {
        let result = try names("Saves came from goalkeeper Rustu Recber and midfielder Donato .\nThe leader Momcilo Krajisnik , 51 , met Hen Vipheak in Montreal .")
        #expect(result.people == ["Rustu Recber", "Donato", "Momcilo Krajisnik", "Hen Vipheak"])
        #expect(result.places == ["Montreal"], "the article's spelling when it differs from the gazetteer only by accents")
    }

    @Test func namesAfterTheAreNotPeople() throws {
        let result = try names("Fans cheered the Bronx Hornets on Sunday .\nThe KZP accuses the government of fraud .")
        #expect(result.people.isEmpty)
    }

    @Test func aNameModifyingANounAfterTheIsAPerson() throws {
        let result = try names("Police looked for a link with the Peter Kovacs case on Monday .")
        #expect(result.people == ["Peter Kovacs"])
    }

    @Test func particlesAndOpeningRoleNouns() throws {
        let result = try names("The match ended .\nFullback Andrew van der Merwe scored twice .")
        #expect(result.people == ["Andrew van der Merwe"])
    }

    @Test func quotedTitlesAreNotPeople() throws {
        let result = try names("The film crew rested .\nHe starred with \" Torvald Kessin \" and ' Lanterns of Velmar ' , \" Harvest \" Kovacs said .")
        #expect(result.people == ["Kovacs"])
    }

    @Test func newspapersByTheirHeadWord() throws {
        let result = try names("Prices rose , the Korvala Daily said on Monday .")
        #expect(result.people.isEmpty)
        #expect(result.orgs == ["Korvala Daily"])
    }

    @Test func marketSourcesAreNotPeople() throws {
        let result = try names("Traders said prices fell .\nDealers said gold eased .")
        #expect(result.people.isEmpty)
    }

    @Test func playerWithATwoWordCountry() throws {
        let result = try names("GOLF - MONEY LIST .\n15. Xandor Quell ( South Africa ) 195,283\n")
        #expect(result.people == ["Xandor Quell"])
    }

    @Test func hyphenatedGivenNames() throws {
        let result = try names("Kim Jin-su met Lee Ha-na in Seoul . A NATO-led force arrived .")
        #expect(result.people == ["Kim Jin-su", "Lee Ha-na"])
    }

    @Test func bowlersAndStumpings() throws {
        let result = try names("CRICKET - SCORES .\nR. Kelby st Dunmore b Oyelaran 12\nBowling : Tarvass 7-0-29-0 , Oyelaran 4-0-25-1\n")
        #expect(result.people == ["R. Kelby", "Dunmore", "Oyelaran", "Tarvass"])
    }

    @Test func sentenceOpeningNameBeforeAComma() throws {
        let result = try names("The trial ended on Friday .\nVelo Karanti , a former editor , was freed .\nOrsa Velnik")
        #expect(result.people == ["Velo Karanti", "Orsa Velnik"])
    }

    @Test func surnameTakesOverAPlaceName() throws {
        let result = try names("Film director Neil Jordan spoke in Dublin . Jordan said the film was finished .")
        #expect(result.people == ["Neil Jordan"])
        #expect(result.analysis.people[0].mentions.count == 2)
        #expect(result.places == ["Dublin"])
    }

    @Test func reportedSpansLeaveOutTitles() throws {
        let analysis = try TestSupport.analyze("President Boris Yeltsin met Mr Lebed .")
        let report = Report(analysis)
        #expect(report.people.flatMap { $0.mentions.map(\.text) } == ["Boris Yeltsin", "Lebed"])
    }

    /// The tokens of `text` and the index of the first token whose text is `word`.
    func token(_ word: String, in text: String) throws -> (TokenFeatures, Int) {
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        return (t, try #require((0..<t.count).first { t.texts[$0] == word }, "\(word)"))
    }

    @Test func namesListedInBracketsAfterACountry() throws {
        let recognizer = EntityRecognizer()
        let (t, k) = try token("Velmar", in: "Italy ( Orsa Tenni , Velmar Quist ) won .")
        #expect(recognizer.isListedAfterCountry(k, t))
        let (u, j) = try token("Velmar", in: "They met ( Orsa Tenni , Velmar Quist ) today .")
        #expect(!recognizer.isListedAfterCountry(j, u), "no country before the bracket")
        let (v, m) = try token("Velmar", in: "Italy ( Orsa Tenni ) , Velmar Quist won .")
        #expect(!recognizer.isListedAfterCountry(m, v), "the bracket closed before the name")
    }

    @Test func namesAfterShirtNumbers() throws {
        let recognizer = EntityRecognizer()
        for text in ["4 - Tovan Reyl played .", "Side : ( 14 - Tovan Reyl , 7 - Ado Marr )", "Side , 9 - Tovan Reyl"] {
            let (t, k) = try token("Tovan", in: text)
            #expect(recognizer.followsShirtNumber(k, t), "\(text)")
        }
        for text in ["Side 114 - Tovan Reyl", "Side 14 - Tovan Reyl", "Side , 4.5 - Tovan Reyl"] {
            let (t, k) = try token("Tovan", in: text)
            #expect(!recognizer.followsShirtNumber(k, t), "\(text)")
        }
    }

    @Test func agesBetweenCommas() throws {
        let recognizer = EntityRecognizer()
        let (t, k) = try token(",", in: "Orsa Velnik , 45 , was freed .")
        #expect(recognizer.isAgeBetweenCommas(k, t))
        for text in ["Orsa Velnik , 9 , was freed .", "Orsa Velnik , 45 was freed .", "Orsa Velnik , 200 , was freed .",
                     "Orsa Velnik , 45", "Orsa Velnik , four , was freed ."] {
            let (u, j) = try token(",", in: text)
            #expect(!recognizer.isAgeBetweenCommas(j, u), "\(text)")
        }
    }
}
