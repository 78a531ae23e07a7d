import Foundation
import Testing
@testable import Hearsay

@Suite struct EntityRecognizerTests {
    func entities(_ text: String) throws -> (people: [String], places: [String], orgs: [String], analysis: Analysis) {
        let analysis = try TestSupport.analyze(text)
        return (analysis.people.map(\.name), analysis.places.map(\.name), analysis.organizations.map(\.name), analysis)
    }

    @Test func lowercaseWordsAreCapitalizedAsFoundationWould() {
        for word in ["senator", "lt.", "vice-president", "a", "", "états", "o'neill", "x2"] {
            #expect(EntityRecognizer.capitalizedLowercase(word) == word.capitalized, "\(word)")
        }
    }

    @Test func titlesFirstNamesAndClusters() throws {
        let result = try entities("Defence secretary Jim Mattis spoke. Mr Mattis said no. Later Mattis left.")
        #expect(result.people == ["Jim Mattis"])
        #expect(result.analysis.people[0].mentions.count == 3)
        #expect(result.analysis.people[0].gender == .male)
    }

    @Test func firstNamesGiveTheirGenderInEveryDocument() throws {
        // The gender is remembered per word (and kept for the thread's next documents): the
        // second analysis of each text reads it back.
        for (first, gender) in [("Ingrid", Gender.female), ("Tomas", .male), ("Morgan", .unknown)] {
            for _ in 0..<2 {
                let result = try entities("\(first) Quillfeather spoke at the harbour on Monday.")
                #expect(result.people == ["\(first) Quillfeather"])
                #expect(result.analysis.people.first?.gender == gender, "\(first)")
            }
        }
    }

    @Test func rolesAreRecorded() throws {
        let result = try entities("Russian foreign minister Sergey Lavrov met US secretary of state Rex Tillerson.")
        #expect(result.people == ["Sergey Lavrov", "Rex Tillerson"])
        #expect(result.analysis.people[0].roles == ["foreign minister"])
        #expect(result.analysis.people[1].roles == ["secretary of state"])
        #expect(result.places == ["US"], "a demonym is not a place mention")
    }

    @Test func possessivesAndAliases() throws {
        let result = try entities("President Vladimir Putin’s government met officials from the U.S. and the United States in Moscow.")
        #expect(result.people == ["Vladimir Putin"])
        #expect(result.analysis.mentions.first { $0.kind == .person }.map { result.analysis.document.string($0.span) } == "Vladimir Putin")
        // Places are named as the article writes them; the canonical name unites the aliases.
        #expect(result.places == ["U.S.", "Moscow"])
        #expect(result.analysis.places.map(\.canonical) == ["US", "Moscow"])
        #expect(result.analysis.places[0].mentions.count == 2)
    }

    @Test func organisationsAreNotPeopleOrPlaces() throws {
        let result = try entities("Nato and Islamic State were discussed by the Group of 20 in Bonn, Germany.")
        #expect(result.orgs == ["Nato", "Islamic State", "Group of 20"])
        #expect(result.places == ["Bonn", "Germany"])
        #expect(result.people.isEmpty)
    }

    @Test func sameSurnameDifferentPeople() throws {
        let result = try entities("Hillary Clinton spoke after Bill Clinton. Mrs Clinton said she was tired.")
        #expect(result.people == ["Hillary Clinton", "Bill Clinton"])
        let hillary = result.analysis.people[0]
        #expect(hillary.mentions.count == 2)
    }

    @Test func smallTownThatIsAlsoAName() throws {
        // Obama is also a town in Japan; as a modifier it is neither place nor (without evidence) person.
        let result = try entities("But last year, the Obama administration considered plans in Syria.")
        #expect(result.places == ["Syria"])
    }

    @Test func sentenceInitialWordsAreNotNames() throws {
        let result = try entities("Speaking at a meeting, Senior leaders agreed. Political leaders did not.")
        #expect(result.people.isEmpty)
        #expect(result.places.isEmpty)
    }

    @Test func anAdjectiveOpeningTheSentenceIsNotPartOfTheName() throws {
        let result = try entities("The final was close .\nFiery Canadian Martin Brooke beat his rival .")
        #expect(result.people == ["Martin Brooke"])
    }

    @Test func anUnknownGivenNameBeforeAKnownSurname() throws {
        let result = try entities("President Boris Voskov spoke on Monday .\nZarema Voskov had an operation last week .")
        #expect(result.people.contains("Zarema Voskov"))
    }

    @Test func aLoneGivenNameIsThePersonIntroducedWithIt() throws {
        let result = try entities("Quarterback Randall Okafor retired on Friday .\n\" Randall was a great player , \" the owner said .")
        #expect(result.people == ["Randall Okafor"])
        #expect(result.analysis.people[0].mentions.count == 2)
    }

    @Test func aPlaceOrFirmEndingAnUntitledRunIsNoSurname() throws {
        let result = try entities("Markets were calm .\nAnalysts watched Velmora Houston and Brekkan Honda closely , but G. Houston said little .")
        #expect(result.people == ["G. Houston"])
    }

    @Test func aTitleInsideACapitalisedRunStartsTheName() throws {
        let result = try entities("The talks failed .\nHe met Fisheries Minister Tavo Renkel on Monday .")
        #expect(result.people == ["Tavo Renkel"])
    }

    @Test func aFirstNamedPersonBeforeOfIsNotPartOfTheFirm() throws {
        let result = try entities("Prices held , said Peter Vanko of Brandt Kessel & Co on Monday .")
        #expect(result.people == ["Peter Vanko"])
        #expect(result.orgs == ["Brandt Kessel & Co"])
    }

    @Test func aHyphenatedHeadWordIsNoCompany() throws {
        let result = try entities("The talks began .\nCo-Chairmen Prince Ravi Tandon and Prince Omar Velez met on Monday .")
        #expect(result.people == ["Ravi Tandon", "Omar Velez"])
    }

    @Test func namesWithParticlesHyphensAndNumbers() throws {
        let result = try entities("Police caught their leader Omar al-Rashidi , and Kim Young-hoon was freed .\n1547 - King Henry VIII died .")
        #expect(result.people == ["Omar al-Rashidi", "Kim Young-hoon", "Henry VIII"])
    }

    @Test func regnalOneGivenNameDeanAndSaintPlaces() throws {
        let result = try entities("ON THIS DAY .\n1603 - Queen Mathilda I died .\nDean Kowalski scored as St Louis won .")
        #expect(result.people == ["Mathilda I", "Dean Kowalski"])
    }

    @Test func aPlaceInCapitalsEndingASentenceIsFound() throws {
        let result = try entities("The storm moved on. It reached NEBRASKA. Crews from OHIO and NEBRASKA helped.")
        #expect(result.analysis.places.map(\.canonical) == ["Nebraska", "Ohio"])
        let nebraska = try #require(result.analysis.places.first)
        #expect(nebraska.canonical == "Nebraska")
        #expect(nebraska.mentions.count == 2)
        // The name's span stops before the sentence's full stop.
        let first = result.analysis.mentions[nebraska.mentions[0]]
        #expect(result.analysis.document.string(first.span) == "NEBRASKA")
    }

    @Test func titledRunsWithAHeadWordAreNoPeople() throws {
        let result = try entities("Fans of Major League Soccer watched the Green Sox on Sunday .")
        #expect(result.people.isEmpty)
    }

    @Test func industryHeadsAndFirmsEndingARunAreNoPeople() throws {
        let result = try entities("Markets were calm .\nTraders expect Rajshahi Cement to raise prices , and Emily Honda cars sold well .")
        #expect(result.people.isEmpty)
        #expect(result.orgs.contains("Rajshahi Cement"))
    }

    @Test func aHeadlineNameIsOneMentionOfTheTextsPerson() throws {
        let result = try entities("SOCCER - PETER KOVACS SCORES TWICE .\nPeter Kovacs scored twice on Sunday .")
        #expect(result.people == ["Peter Kovacs"])
        #expect(result.analysis.people[0].mentions.count == 2)
    }

    @Test func theFirstCapitalizedTokenIsFoundAsOneByOne() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 7, 8, 9, 16, 23, 64, 100] {
            for density in [0, 1, 4, 20] {
                // Flags set now and then (density in a hundred), in either array or both.
                let capitalized = (0..<count).map { _ in Int.random(in: 0..<100, using: &generator) < density }
                let allCaps = (0..<count).map { _ in Int.random(in: 0..<100, using: &generator) < density }
                for i in 0...count {
                    let expected = (i..<count).first { capitalized[$0] || allCaps[$0] } ?? count
                    #expect(EntityRecognizer.firstCapitalized(from: i, capitalized, allCaps) == expected, "\(count) \(i)")
                }
            }
        }
    }

    @Test func sortingBySpanKeepsEqualSpansInOrder() {
        func mention(_ name: String, _ start: Int, _ end: Int) -> Mention {
            Mention(kind: .person, span: Span(start, end), fullSpan: Span(start, end), name: name, canonical: name,
                    isPossessive: false, isModifier: false, sentence: 0)
        }
        var sorted = [mention("A", 0, 3), mention("B", 0, 3), mention("C", 5, 9)]
        EntityRecognizer.sortBySpan(&sorted)
        #expect(sorted.map(\.name) == ["A", "B", "C"])
        var unsorted = [mention("C", 5, 9), mention("A", 0, 3), mention("B", 0, 3), mention("D", 5, 9)]
        EntityRecognizer.sortBySpan(&unsorted)
        #expect(unsorted.map(\.name) == ["A", "B", "C", "D"])
    }

    @Test func wordsAreJoinedWithSingleSpaces() {
        let words = "Deputy  Harbour Master Tessa Brannock".split(separator: " ")
        #expect(EntityRecognizer.spaceJoined(words[0..<3]) == "Deputy Harbour Master")
        #expect(EntityRecognizer.spaceJoined(words[3...]) == "Tessa Brannock")
        #expect(EntityRecognizer.spaceJoined(words[4...]) == "Brannock")
        #expect(EntityRecognizer.spaceJoined(words[0..<0]) == "")
    }

    @Test func sortingBySpanGivesTheStableSortsOrder() {
        // Two runs (equal spans across them: the first run's first), then three runs and
        // shuffles, which the merge must leave to the general path.
        let cases: [[Span]] = [
            [Span(0, 3), Span(5, 9), Span(12, 14), Span(0, 3), Span(5, 9), Span(20, 22)],
            [Span(4, 6), Span(0, 2)],
            [Span(1, 2), Span(1, 2), Span(0, 9), Span(1, 2)],
            [Span(0, 3), Span(9, 12), Span(2, 4), Span(10, 11), Span(1, 2), Span(30, 31)],
            [Span(8, 9), Span(6, 7), Span(4, 5), Span(2, 3)],
            [Span(5, 6), Span(7, 8), Span(0, 1), Span(1, 2), Span(2, 3)],
        ]
        var generator = SystemRandomNumberGenerator()
        var random: [[Span]] = []
        for _ in 0..<200 {
            let n = Int.random(in: 2...12, using: &generator)
            random.append((0..<n).map { _ in
                let start = Int.random(in: 0...6, using: &generator)
                return Span(start, start + Int.random(in: 0...2, using: &generator))
            })
            // Two ascending runs of random spans.
            let first = random[random.count - 1].sorted(by: <), second = (0..<n).map { _ in Span(Int.random(in: 0...6), 7) }.sorted(by: <)
            random.append(first + second)
        }
        for spans in cases + random {
            // Each mention named by its index, so that the order of equal spans shows.
            var mentions = spans.enumerated().map { k, span in
                Mention(kind: .person, span: span, fullSpan: span, name: "M\(k)", canonical: "M\(k)", sentence: 0)
            }
            let expected = mentions.enumerated().sorted { $0.element.span != $1.element.span ? $0.element.span < $1.element.span : $0.offset < $1.offset }.map(\.element)
            EntityRecognizer.sortBySpan(&mentions)
            #expect(mentions == expected, "\(spans)")
        }
    }

    @Test func aGivenNameAndASurnameInACapitalisedHeadlineAreOneName() throws {
        let text = "QUILLBY TAKES TITLE AS JAMES QUILLBY WINS\nLONDON 1996-08-30\nJames Quillby won on Monday, Quillby said.\n"
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let mentions = EntityRecognizer().recognize(document).mentions.filter { $0.kind == .person }
        #expect(mentions.map(\.name) == ["QUILLBY", "JAMES QUILLBY", "James Quillby", "Quillby"])
        #expect(mentions.allSatisfy { $0.canonical == "James Quillby" })
    }

    @Test func theHeadlineJoinTestReadsTheFieldsItNames() throws {
        let text = "QUILLBY TAKES TITLE AS JAMES QUILLBY WINS\nLONDON 1996-08-30\nJames Quillby won on Monday, Quillby said.\n"
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let layout = DocumentLayout(TokenFeatures(document), lexicons: .shared)
        let james = Mention(kind: .person, span: Span(0, 5), fullSpan: Span(0, 5), name: "JAMES", canonical: "JAMES", sentence: 0)
        var quillby = james
        quillby.name = "QUILLBY"
        for (a, b) in [(james, quillby), (quillby, james)] {
            for kindA in [Mention.Kind.person, .place] {
                for possessive in [false, true] {
                    var a = a
                    a.kind = kindA
                    a.isPossessive = possessive
                    let fields = EntityRecognizer.joinsHeadlineName(kinds: a.kind == .person && b.kind == .person, a.sentence, b.sentence,
                                                                    a.isPossessive, a.name, layout)
                    #expect(fields == EntityRecognizer.joinsHeadlineName(a, b, layout))
                    #expect(fields == (kindA == .person && !possessive))
                }
            }
        }
    }

    @Test func theFirstNonRoleTitleIsTheOneItsLookUpGives() throws {
        // Made-up text: a title inside a capitalised run, an honorific, a lowercase role word.
        let t = TokenFeatures(try TestSupport.document("Education Minister Nagoum Yamassoum met Mr Okafor , a senator ."))
        let recognizer = EntityRecognizer()
        for k in 0..<t.count {
            let title = recognizer.lexicons.title(t.texts[k])
            let expected = title != nil && title?.kind != "role" ? k : nil
            #expect(recognizer.firstNonRoleTitle(in: k..<(k + 1), t) == expected, "\(t.texts[k])")
        }
        let minister = try #require((0..<t.count).first { t.texts[$0] == "Minister" })
        #expect(recognizer.firstNonRoleTitle(in: 0..<t.count, t) == minister)
        let senator = try #require((0..<t.count).first { t.texts[$0] == "senator" })
        #expect(recognizer.firstNonRoleTitle(in: senator..<(senator + 1), t) == nil)
        let mister = try #require((0..<t.count).first { t.texts[$0] == "Mr" })
        #expect(recognizer.firstNonRoleTitle(in: (minister + 1)..<t.count, t) == mister)
    }

    @Test func aPersonsOuterWordsAreMarkedOnTheBytesOfAnASCIIName() throws {
        // Made-up names: a known first name before an unknown surname, a titled one-word name
        // with a possessive ending, and a name with a letter outside ASCII.
        let text = "Jim Quillmarsh met Vosk's aide and Ána Drell."
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let recognizer = EntityRecognizer()
        let jim = try #require((0..<t.count).first { t.texts[$0] == "Jim" })
        let names = NameKeySet(minimumCapacity: 8)
        var lowered: [UInt8] = []
        let surname: UInt8 = 1, givenName: UInt8 = 2, strongSurname: UInt8 = 4
        func mark(_ name: String, _ k: Int, titled: Bool) -> Bool {
            recognizer.markOuterWords(ofASCII: name, firstToken: k, titled: titled, t, in: names,
                                      surname: surname, strongSurname: strongSurname, givenName: givenName, lowered: &lowered)
        }
        #expect(mark("Jim Quillmarsh", jim, titled: false))
        #expect(names.contains(lowercase: "quillmarsh", anyOf: strongSurname))
        #expect(names.contains(lowercase: "jim", anyOf: givenName))
        #expect(!names.contains(lowercase: "jim", anyOf: surname))
        // Titled: the surname is strong, without its possessive ending, and no given name is marked.
        #expect(mark("Vosk's", jim, titled: true))
        #expect(names.contains(lowercase: "vosk", anyOf: strongSurname))
        #expect(!names.contains(lowercase: "vosk's"))
        // Not ASCII: left to the caller, nothing marked.
        #expect(!mark("Ána Drell", jim, titled: false))
        #expect(!names.contains(lowercase: "drell"))
    }

    @Test func twoSpacesAreCountedOnTheNamesBytes() {
        typealias R = EntityRecognizer
        #expect(R.hasTwoSpaces("Vela Moran Ortiz") && R.hasTwoSpaces("  Drell") && R.hasTwoSpaces("Ána de Drell"))
        #expect(!R.hasTwoSpaces("Vela Moran") && !R.hasTwoSpaces("Drell") && !R.hasTwoSpaces(""))
        #expect(R.hasTwoSpaces(bytes: Array("a b c".utf8)) && !R.hasTwoSpaces(bytes: Array("a\u{A0}b c".utf8)))
    }
}
