import Testing
@testable import Hearsay

/// `EntityRecognizer.startsNothing(at:_:)` lets the recogniser pass over a word without asking
/// the rules after the team rules: each of them must find nothing there.
@Suite struct StartsNothingTests {
    /// Made-up text: common words opening sentences before lowercase words, capitalised words,
    /// connectors ("of", "and"), particles ("de"), periods and line ends; heads, titles,
    /// possessives and places among them.
    static let text = """
        The council met on Monday. But the talks stalled , and Officials said little. He left early.
        The Quillan Group said it would wait. Shares of Vellmar Holdings fell. Party of the year was it.
        Mr Brandt spoke. President said nothing. The Bank's chief , Hal Okafor , was away. Group
        The de Vries family came. However Nadia Marsh stayed in Paris. They went home . It rained
        Ministry of Defence staff met. National and local teams played. After it ended , Everyone left.
        A few came. A. Lenz wrote. New York was quiet. The U.S. team won. Over there , Company men waited.
        """

    @Test func everyRuleFindsNothingWhereTheWordStartsNothing() throws {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: Self.text))
        let t = TokenFeatures(document)
        let recognizer = EntityRecognizer()
        let layout = DocumentLayout(t, lexicons: recognizer.lexicons)
        var passed = 0, asked = 0
        for i in 0..<t.count where t.kinds[i] == .word && t.capitalized[i] && !t.allCaps[i] && !layout.isDateline[t.sentence[i]] {
            asked += 1
            guard recognizer.place(at: i, t) == nil, recognizer.startsNothing(at: i, t) else { continue }
            passed += 1
            let word = t.texts[i]
            #expect(recognizer.resultTeam(at: i, t, layout) == nil, "\(word)")
            #expect(recognizer.headedName(at: i, t) == nil, "\(word)")
            var mentions: [Mention] = []
            #expect(recognizer.person(at: i, t, document, into: &mentions) == nil && mentions.isEmpty, "\(word)")
            #expect(recognizer.contextualName(at: i, t, layout) == nil, "\(word)")
            #expect(!recognizer.isAcronymOrganization(i, t, layout), "\(word)")
            // The lone-word rule takes only a word that is no pronoun, common word or demonym.
            #expect(recognizer.isPronoun(t, i) || recognizer.isCommonStripped(t, i) || recognizer.isCommon(t, i)
                    || recognizer.isDemonymStripped(t, i), "\(word)")
        }
        // Common words are passed over, names and the words before them are not.
        #expect(passed >= 8 && passed < asked)
        for name in ["Quillan", "Vellmar", "Okafor", "Nadia", "Paris", "Lenz"] {
            let k = try #require((0..<t.count).first { t.texts[$0] == name })
            #expect(!recognizer.startsNothing(at: k, t) || recognizer.place(at: k, t) != nil, "\(name)")
        }
    }

    @Test func theRecognizerFindsTheNamesAroundThem() throws {
        let analysis = try TestSupport.analyze(Self.text)
        let people = Set(analysis.people.map(\.name))
        #expect(people.contains("Hal Okafor") && people.contains("Nadia Marsh"))
        #expect(Set(analysis.organizations.map(\.name)).contains("Quillan Group"))
    }
}
