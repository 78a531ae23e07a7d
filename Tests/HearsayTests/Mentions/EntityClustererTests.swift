import Testing
@testable import Hearsay

@Suite struct EntityClustererTests {
    @Test func orderKeysSortLongerNamesFirstThenEarlierMentions() {
        let keys = [EntityClusterer.orderKey(words: 1, index: 0, verbatim: true), EntityClusterer.orderKey(words: 3, index: 7, verbatim: false),
                    EntityClusterer.orderKey(words: 2, index: 4, verbatim: false), EntityClusterer.orderKey(words: 2, index: 1, verbatim: true)]
        #expect(keys.sorted().map { EntityClusterer.index(ofOrderKey: $0) } == [7, 1, 4, 0])
        #expect(keys.sorted().map { EntityClusterer.isVerbatim(orderKey: $0) } == [false, true, false, true])
        // The verbatim bit never reorders: an earlier mention still sorts first.
        #expect(EntityClusterer.orderKey(words: 2, index: 3, verbatim: true) < EntityClusterer.orderKey(words: 2, index: 4, verbatim: false))
        #expect(EntityClusterer.index(ofOrderKey: EntityClusterer.orderKey(words: 1, index: Int(Int32.max), verbatim: true)) == Int(Int32.max))
    }

    @Test func aSurnameSharedByTwoPeopleJoinsTheOneMentionedLast() {
        func person(_ name: String, at start: Int) -> Mention {
            Mention(kind: .person, span: Span(start, start + name.utf8.count),
                    fullSpan: Span(start, start + name.utf8.count), name: name, canonical: name, sentence: 0)
        }
        var mentions = [person("Tessa Brannock", at: 0), person("Ivo Brannock", at: 20), person("Brannock", at: 40),
                        person("Tessa Brannock", at: 60), person("Brannock", at: 80)]
        let entities = EntityClusterer(lexicons: Lexicons()).cluster(&mentions)
        #expect(entities.map(\.name) == ["Tessa Brannock", "Ivo Brannock"])
        #expect(mentions.map(\.entity) == [0, 1, 1, 0, 0])
        #expect(entities.map(\.mentions) == [[0, 3, 4], [1, 2]])
        // Before either is mentioned, the first person made takes it.
        var early = [person("Brannock", at: 0), person("Ivo Brannock", at: 20), person("Tessa Brannock", at: 40)]
        let earlyEntities = EntityClusterer(lexicons: Lexicons()).cluster(&early)
        #expect(earlyEntities.map(\.name) == ["Ivo Brannock", "Tessa Brannock"])
        #expect(early.map(\.entity) == [0, 0, 1])
    }

    @Test func theLatestStartBeforeAPositionIsFound() {
        var starts: [Int] = []
        for start in [30, 5, 12, 30] { EntityClusterer.insert(start, into: &starts) }
        #expect(starts == [5, 12, 30, 30])
        #expect(EntityClusterer.lastStart(before: 20, in: starts) == 12)
        #expect(EntityClusterer.lastStart(before: 5, in: starts) == -1)
        #expect(EntityClusterer.lastStart(before: 40, in: starts) == 30)
    }

    /// `EntityClusterer.canJoin` on the words of two names, read through one `NameWordTable`.
    private func canJoin(_ mention: String, _ entity: String) -> Bool {
        var table = NameWordTable()
        var spellings: [Int32] = []
        table.appendWords(of: mention, to: &spellings)
        let split = spellings.count
        table.appendWords(of: entity, to: &spellings)
        let classes = spellings.map { table.wordClass($0) }
        return EntityClusterer.canJoin(0..<split, split..<spellings.count, classes: classes, spellings: spellings, table)
    }

    @Test func aPersonMentionJoinsOnlyACompatibleName() {
        #expect(canJoin("Brannock", "Tessa Brannock"))
        #expect(canJoin("Tessa", "Tessa Brannock"))
        #expect(canJoin("Tessa", "Tessa"))
        #expect(canJoin("T. Brannock", "Tessa Brannock"))
        #expect(canJoin("Tessa Brannock", "T. Brannock"))
        #expect(canJoin("Tessa Brannock’s", "TESSA BRANNOCK"))
        #expect(!canJoin("Toby Brannock", "Tessa Brannock"))
        #expect(!canJoin("Tessa Quill", "Tessa Brannock"))
        #expect(canJoin("Quill", "Quill Brannock"))
        #expect(!canJoin("Quill", "Quill"  + "y"))
    }

    @Test func clusteringJoinsShortFormsAndKeepsNamesApart() {
        func person(_ name: String, at start: Int) -> Mention {
            Mention(kind: .person, span: Span(start, start + name.utf8.count),
                    fullSpan: Span(start, start + name.utf8.count), name: name, canonical: name, sentence: 0)
        }
        var mentions = [person("Brannock", at: 0), person("Tessa Brannock", at: 20), person("Ivo Brannock", at: 40),
                        person("Tessa", at: 60), person("Zoë Quill", at: 80), person("Zoe\u{308} Quill’s", at: 100)]
        let entities = EntityClusterer(lexicons: Lexicons()).cluster(&mentions)
        #expect(entities.map(\.name) == ["Tessa Brannock", "Ivo Brannock", "Zoë Quill"])
        #expect(mentions.map(\.entity) == [0, 0, 1, 0, 2, 2])
        #expect(mentions[3].canonical == "Tessa Brannock")
    }

    @Test func possessiveEndingsAreDropped() {
        #expect(EntityClusterer.withoutPossessive("Ruritania’s") == "Ruritania")
        #expect(EntityClusterer.withoutPossessive("Ruritania's") == "Ruritania")
        #expect(EntityClusterer.withoutPossessive("Glass") == "Glass")
        #expect(EntityClusterer.withoutPossessive("Café") == "Café")
        #expect(EntityClusterer.withoutPossessive("") == "")
        #expect(EntityClusterer.withoutPossessive("Jones") == "Jones")
        #expect(EntityClusterer.withoutPossessive("s") == "s")
        #expect(EntityClusterer.withoutPossessive("'s") == "")
        #expect(EntityClusterer.withoutPossessive("Zoë’s") == "Zoë")
    }

    @Test func headlineCapitalsAreNeitherMixedCaseNorShort() {
        #expect(!EntityClusterer.isMixedCaseOrShort("NORTH VALE"))
        #expect(EntityClusterer.isMixedCaseOrShort("North Vale"))
        #expect(EntityClusterer.isMixedCaseOrShort("U.S."))
        #expect(!EntityClusterer.isMixedCaseOrShort("ÉCOLE NORD"))
        #expect(EntityClusterer.isMixedCaseOrShort("École Nord"))
        #expect(EntityClusterer.isMixedCaseOrShort("NATO"))
        #expect(!EntityClusterer.isMixedCaseOrShort("NORTH\r\nVALE"))
    }

    @Test func anASCIILowercaseLetterMakesMixedCaseWhateverFollows() {
        // The answer is given at the first ASCII lowercase letter: what follows it, non-ASCII
        // or a carriage return, cannot change it.
        #expect(EntityClusterer.isMixedCaseOrShort("Nord ÉCOLE"))
        #expect(EntityClusterer.isMixedCaseOrShort("Nord\r\nVALE"))
        #expect(EntityClusterer.isMixedCaseOrShort("NORTH VALe"))
        // Before any lowercase letter, a non-ASCII byte or a carriage return sends it to the characters.
        #expect(EntityClusterer.isMixedCaseOrShort("ÉCOLE Nord"))
        #expect(!EntityClusterer.isMixedCaseOrShort("ÉCOLES"))
        #expect(EntityClusterer.isMixedCaseOrShort("É\r\nA"))
        #expect(!EntityClusterer.isMixedCaseOrShort("AB\r\nCDE"))
    }

    @Test func placeTakesItsMostUsedMixedCaseSpelling() {
        func place(_ name: String, at start: Int) -> Mention {
            Mention(kind: .place, span: Span(start, start + 3), fullSpan: Span(start, start + 3), name: name, canonical: "FR", sentence: 0)
        }
        var mentions = [place("FREDONIA", at: 0), place("Fredonia’s", at: 10), place("Freedonia", at: 20),
                        place("Fredonia", at: 30), place("Freedonia", at: 40), place("Fredonia", at: 50)]
        let entities = EntityClusterer(lexicons: Lexicons()).cluster(&mentions)
        #expect(entities.count == 1)
        // "Fredonia" three times (once possessive) beats "Freedonia" twice and the capitals.
        #expect(entities.first?.name == "Fredonia")
        #expect(entities.first?.canonical == "FR")
        var tied = [place("Ruritania", at: 0), place("Rurita", at: 10)]
        #expect(EntityClusterer(lexicons: Lexicons()).cluster(&tied).first?.name == "Ruritania")
        var capitals = [place("NORTH VALE", at: 0)]
        #expect(EntityClusterer(lexicons: Lexicons()).cluster(&capitals).first?.name == "North Vale")
    }

    @Test func placeNamedAlikeEveryTimeKeepsThatNameOrItsTitleCase() {
        func place(_ name: String, at start: Int) -> Mention {
            Mention(kind: .place, span: Span(start, start + 3), fullSpan: Span(start, start + 3), name: name, canonical: "NV", sentence: 0)
        }
        var mixed = [place("North Vale’s", at: 0), place("North Vale", at: 10), place("North Vale's", at: 20)]
        #expect(EntityClusterer(lexicons: Lexicons()).cluster(&mixed).map(\.name) == ["North Vale"])
        var capitals = [place("NORTH VALE", at: 0), place("NORTH VALE’s", at: 10)]
        #expect(EntityClusterer(lexicons: Lexicons()).cluster(&capitals).map(\.name) == ["North Vale"])
        #expect(EntityClusterer.titleCasedWords("ÉCOLE DU NORD") == "École Du Nord")
    }

    @Test func asciiNamesAreTitleCasedOnTheirBytesAsByCharacters() {
        // What the character path gives: words between runs of spaces, first character kept.
        func byCharacters(_ name: String) -> String {
            name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        for name in ["NORTH VALE", "  NORTH   VALE  ", "O'BRIEN-SMYTHE", "", "   ", "X", "ST. QUILL\r\nBAY", "nORTH vALE", "123 ABC"] {
            #expect(EntityClusterer.asciiTitleCasedWords(name) == byCharacters(name), "\(name)")
            #expect(EntityClusterer.titleCasedWords(name) == byCharacters(name), "\(name)")
        }
        #expect(EntityClusterer.asciiTitleCasedWords("ÉCOLE") == nil)
    }

    @Test func shortNamesJoinTheLongestPersonWithThatSurname() {
        let (mentions, entities) = EntityRecognizer().recognize(
            try! Segmenter().document(for: Article(paragraphs: [], verbatimText:
                "Senator Maria Quellwood spoke on Monday. Later Mrs Quellwood said she would stay. Quellwood left.")))
        let people = entities.filter { $0.kind == .person }
        #expect(people.count == 1)
        #expect(people.first?.name == "Maria Quellwood")
        #expect(mentions.filter { $0.kind == .person }.allSatisfy { $0.canonical == "Maria Quellwood" })
    }

    @Test func placeAndOrganizationWithOneCanonicalNameStayApart() {
        func mention(_ kind: Mention.Kind, at start: Int) -> Mention {
            Mention(kind: kind, span: Span(start, start + 6), fullSpan: Span(start, start + 6), name: "Tollan", canonical: "Tollan", sentence: 0)
        }
        var mentions = [mention(.place, at: 0), mention(.organization, at: 10), mention(.place, at: 20), mention(.organization, at: 30)]
        let entities = EntityClusterer(lexicons: Lexicons()).cluster(&mentions)
        #expect(entities.map(\.kind) == [.place, .organization])
        #expect(entities.map(\.mentions) == [[0, 2], [1, 3]])
        #expect(mentions.map(\.entity) == [0, 1, 0, 1])
    }

    @Test func aPersonIsNamedByItsWordsWhetherOrNotItsFirstNameWasWrittenSo() {
        func person(_ name: String, at start: Int) -> Mention {
            Mention(kind: .person, span: Span(start, start + name.utf8.count),
                    fullSpan: Span(start, start + name.utf8.count), name: name, canonical: name, sentence: 0)
        }
        var mentions = [person("TESSA BRANNOCK", at: 0), person("Ivo  Quill’s", at: 20), person("Brannock", at: 40),
                        person("Zoë Marsh", at: 60), person("Quill", at: 80), person("Zoë Marsh", at: 100),
                        person("Ada Lune", at: 120), person("Lune", at: 140)]
        let entities = EntityClusterer(lexicons: Lexicons()).cluster(&mentions)
        #expect(entities.map(\.name) == ["Tessa Brannock", "Ivo Quill", "Zoë Marsh", "Ada Lune"])
        #expect(mentions.map(\.canonical) == ["Tessa Brannock", "Ivo Quill", "Tessa Brannock", "Zoë Marsh", "Ivo Quill", "Zoë Marsh",
                                               "Ada Lune", "Ada Lune"])
        #expect(entities.map(\.mentions) == [[0, 2], [1, 4], [3, 5], [6, 7]])
    }
}
