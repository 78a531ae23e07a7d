import Testing
@testable import Hearsay

/// The per-word shortcuts that spare the recogniser lexicon look-ups must never turn away a
/// phrase the lexicon knows: each is checked against the look-up it stands in for.
@Suite struct LookupShortcutTests {
    /// Made-up text with multi-word places and organisations, people and regnal numbers.
    static let text = """
        Nadia Okafor flew from New York to Paris with Red Cross staff. Mr Tobin Vell of the United Nations \
        met King Olav VIII, Pope Pius XII and Ivan IV in San Francisco. Lena Marsh's aide joined Victor V. Brandt.
        """

    func features() throws -> TokenFeatures {
        TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: Self.text)))
    }

    @Test func aPhraseTurnedAwayIsNoPlaceAndNoOrganisation() throws {
        let t = try features()
        let recognizer = EntityRecognizer()
        var places = 0, organizations = 0, skipped = 0
        for i in 0..<t.count where t.capitalized[i] {
            for j in stride(from: i + 2, through: min(t.count, i + 4), by: 1) {
                let phrase = t.phraseUTF8(i, j)
                let isPlace = recognizer.isPlaceName(utf8: phrase)
                let isOrganization = recognizer.lexicons.organization(utf8: phrase) != nil
                if isPlace { places += 1 }
                if isOrganization { organizations += 1 }
                if !recognizer.mayBePlaceName(phrase, from: i, t) { skipped += 1; #expect(!isPlace, "\(t.phrase(i, j))") }
                if !recognizer.mayBeOrganization(phrase, from: i, t) { #expect(!isOrganization, "\(t.phrase(i, j))") }
            }
        }
        // The text holds such names, and most phrases are ruled out without a look-up.
        #expect(places >= 2 && organizations >= 2)
        #expect(skipped > 0)
    }

    @Test func theArticleIsFoundAsByItsLowercaseForm() throws {
        // Made-up text: "the" in every case, words that start like it, and other first bytes.
        let text = "The Quarles Trio met THE Vell Group and tHe Ostrander Band. Then Marsh , there Okafor , thé Brandt and Theo Lenz left."
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let recognizer = EntityRecognizer()
        var found = 0
        for i in 0..<t.count {
            let expected = i > 0 && t.sentence[i - 1] == t.sentence[i] && t.lowercased[i - 1] == "the"
            #expect(recognizer.followsArticle(i, t) == expected, "\(t.texts[i])")
            if expected { found += 1 }
        }
        #expect(found == 3)
    }

    @Test func aPhraseOpenedBySaintIsAlwaysLookedUp() throws {
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: "He left St Quillan Bay.")))
        let st = try #require((0..<t.count).first { t.texts[$0] == "St" })
        #expect(EntityRecognizer().mayBePlaceName(t.phraseUTF8(st, st + 2), from: st, t))
    }

    @Test func regnalNumeralsAreTheListedOnes() throws {
        let t = try features()
        let recognizer = EntityRecognizer()
        for k in 0..<t.count {
            #expect(recognizer.isRomanNumeral(t, k) == EntityRecognizer.romanNumerals.contains(t.texts[k]), "\(t.texts[k])")
        }
        let found = (0..<t.count).filter { recognizer.isRomanNumeral(t, $0) }.map { t.texts[$0] }
        #expect(found == ["VIII", "XII", "IV"])
    }

    @Test func oneWordPlacesAreAcceptedAsWithTheLookUps() throws {
        let t = try features()
        let recognizer = EntityRecognizer()
        var asked = 0
        for i in 0..<t.count where t.capitalized[i] && recognizer.isPlaceStripped(t, i) {
            let word = recognizer.strippedText(t, i)
            let entry = try #require(recognizer.lexicons.place(word))
            let bytes = Array(word.utf8)
            let (byWord, byBytes) = bytes.withUnsafeBufferPointer { name -> (Bool, Bool) in
                return (recognizer.acceptsPlace(entry, name: name, isWord: true, at: i, end: i + 1, t),
                        recognizer.acceptsPlace(entry, name: name, isWord: false, at: i, end: i + 1, t))
            }
            #expect(byWord == byBytes, "\(word)")
            asked += 1
        }
        #expect(asked >= 2)
    }

    @Test func aPersonIsAppendedOnlyWhenFound() throws {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: Self.text))
        let t = TokenFeatures(document)
        let recognizer = EntityRecognizer()
        var mentions: [Mention] = []
        var found: [String] = []
        for i in 0..<t.count where t.capitalized[i] {
            let before = mentions.count
            if let person = recognizer.person(at: i, t, document, into: &mentions) {
                #expect(mentions.count == before + 1)
                #expect(mentions[before].span.start == t.spans[person.nameStart].start)
                #expect(person.end > person.nameStart)
                found.append(mentions[before].name)
            } else {
                #expect(mentions.count == before)
            }
        }
        #expect(found.contains("Nadia Okafor"))
        #expect(found.contains("Tobin Vell"))
    }
}
