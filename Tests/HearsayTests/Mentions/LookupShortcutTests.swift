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

    @Test func aPhraseWhoseLastWordEndsNoPlaceIsNoPlaceInAnyForm() throws {
        // Made-up text: places of two and three words, in capitals, with a possessive ending and
        // before a full stop, and capitalised runs that are none.
        let text = """
            NEW YORK and New York's mayor met Quill Ostrander in San Francisco. The Rio Grande Valley \
            Okafor Group left Los Angeles. SAN FRANCISCO Vell Brandt spoke in St. Louis.
            """
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let recognizer = EntityRecognizer()
        var ruledOut = 0, places = 0
        for i in 0..<t.count where t.capitalized[i] || t.allCaps[i] {
            for k in stride(from: i + 2, through: min(t.count, i + 4), by: 1) where t.spaceBefore[k - 1] {
                let plain = t.phraseUTF8(i, k)
                let stripped = PhraseBytes.strippingPossessive(plain)
                let withPeriod = Array(plain) + [0x2E]
                let known = recognizer.lexicons.place(utf8: stripped) != nil || recognizer.placeTitleCased(utf8: stripped) != nil
                    || withPeriod.withUnsafeBufferPointer { recognizer.lexicons.place(utf8: $0) != nil || recognizer.placeTitleCased(utf8: $0) != nil }
                if known { places += 1 }
                if !recognizer.mayEndPlaceName(t, k - 1) { ruledOut += 1; #expect(!known, "\(t.phrase(i, k))") }
            }
        }
        #expect(places >= 4)
        #expect(ruledOut > 0)
        #expect(recognizer.mayEndPlaceName("YORK's") && recognizer.mayEndPlaceName("Tomé") && !recognizer.mayEndPlaceName("Zzqxv"))
        let (mentions, _) = recognizer.recognize(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let found = mentions.filter { $0.kind == .place }.map(\.name)
        #expect(found.contains("San Francisco") && found.contains("Los Angeles") && found.contains("NEW YORK"))
    }

    @Test func questionsOnTheStrippedWordAndOnEntryKindsAnswerAsTheirLookUps() throws {
        // Made-up text: possessive endings on places, people and firms, countries, states and
        // cities, head words, and words that are none.
        let text = """
            France's envoy met Texas officials in Paris and Quillby. Acme Corp's chief, Nadia's aide and \
            the Ministry of Vell flew from Germany's capital to Ohio via Ostrander Party offices in Lyon's port.
            """
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let r = EntityRecognizer()
        let lexicons = r.lexicons
        var possessives = 0, places = 0
        for k in 0..<t.count {
            let stripped = r.strippedText(t, k)
            if stripped != t.texts[k] { possessives += 1 }
            let place = lexicons.place(stripped)
            if place != nil { places += 1 }
            #expect(r.isCommonStripped(t, k) == lexicons.isCommonWord(stripped), "\(t.texts[k])")
            #expect(r.isNameHeadStripped(t, k) == (lexicons.nameHead(stripped) != nil), "\(t.texts[k])")
            #expect(r.isPlaceStripped(t, k) == (place != nil), "\(t.texts[k])")
            #expect(r.isDemonymStripped(t, k) == (lexicons.demonym(stripped) != nil), "\(t.texts[k])")
            #expect(r.isOrganizationStripped(t, k) == (lexicons.organization(stripped) != nil), "\(t.texts[k])")
            #expect(r.isFirstNameStripped(t, k) == (lexicons.firstName(r.lowercasedStripped(t, k)) != nil), "\(t.texts[k])")
            let known = lexicons.isCommonWord(stripped) || lexicons.demonym(stripped) != nil || lexicons.organization(stripped) != nil
                || lexicons.nameHead(stripped) != nil || lexicons.title(stripped) != nil
            #expect(r.isKnownWordStripped(t, k) == known, "\(t.texts[k])")
            #expect(r.isOrganizationHeadStripped(t, k) == (lexicons.nameHead(stripped) == "org"), "\(t.texts[k])")
            #expect(r.isPlaceHeadStripped(t, k) == (lexicons.nameHead(stripped) == "loc"), "\(t.texts[k])")
            let own = lexicons.place(t.texts[k])
            #expect(r.isCountryOrState(t, k) == (own?.kind == "country" || own?.kind == "state"), "\(t.texts[k])")
            #expect(r.isCountry(t, k) == (own?.kind == "country"), "\(t.texts[k])")
            #expect(r.isMajorPlaceStripped(t, k) == (place.map { $0.kind != "city" || $0.population >= 1_000_000 } ?? false), "\(t.texts[k])")
            #expect(r.isTownPlaceStripped(t, k) == ((place?.population ?? 0) >= 50_000), "\(t.texts[k])")
        }
        #expect(possessives >= 4 && places >= 6)
    }

    @Test func anOrganisationNameIsAnsweredAsByItsLookUp() throws {
        // Made-up text: one-word organisations, with a possessive ending, and other words.
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: """
            The FBI and NATO's staff met Okafor at the Pentagon. Quillan said the FBI was late.
            """)))
        let recognizer = EntityRecognizer()
        var organizations = 0
        for k in 0..<t.count {
            // The token's own text, then names that are not it (its stripped word, a longer one).
            for name in [t.texts[k], recognizer.strippedText(t, k), t.texts[k] + " Group"] {
                let expected = recognizer.lexicons.organization(name) != nil
                if expected && name == t.texts[k] { organizations += 1 }
                #expect(recognizer.isOrganizationName(name, k, t) == expected, "\(name)")
            }
        }
        // "FBI" (twice) and "Pentagon" are among the organisations; "NATO's" is one only
        // without its ending.
        #expect(organizations >= 3)
        let fbi = try #require((0..<t.count).first { t.texts[$0] == "FBI" })
        #expect(recognizer.isOrganizationName("FBI", fbi, t) && !recognizer.isOrganizationName("FBI Group", fbi, t))
        let nato = try #require((0..<t.count).first { t.texts[$0] == "NATO's" })
        #expect(recognizer.isOrganizationName("NATO", nato, t) && !recognizer.isOrganizationName("NATO's", nato, t))
    }

    @Test func aWordWithoutAPossessiveEndingIsLookedUpOnceForBothForms() throws {
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: "Quillby met Paris's mayor.")))
        let r = EntityRecognizer()
        let plain = try #require((0..<t.count).first { t.texts[$0] == "Quillby" })
        let possessive = try #require((0..<t.count).first { t.texts[$0] == "Paris's" })
        _ = r.isPlaceStripped(t, plain)
        _ = r.isPlaceStripped(t, possessive)
        // The word without an ending has its own question answered too; the other has its own
        // answered by the word facts index (with every question about its exact text, see
        // `LexiconFacts`: "Paris's" is no place) and its stripped one by its look-up.
        #expect(!t.lookups.answer(.place, t.ids[plain]) { Issue.record("looked up again"); return true })
        #expect(t.lookups.known(.place, t.ids[possessive]) == false)
        #expect(t.lookups.known(.placeStripped, t.ids[possessive]) == true)
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

    /// Made-up text: roles of one to three words before and after names, lowercase runs that
    /// are none, and a capitalised word that is a title.
    static let roleText = """
        The defence secretary Tobin Vell met Nadia Okafor , the union leader , and former prime minister Lena Marsh . \
        A quiet tall man Ivo Brandt , the very old green door , left with minister Quill , the leader of it .
        """

    /// `role(before:)` as it read before its phrases were looked up as bytes: strings joined word by word.
    static func roleByStrings(before i: Int, _ t: TokenFeatures, _ r: EntityRecognizer) -> String? {
        guard i >= 1, t.sentence[i - 1] == t.sentence[i], t.kinds[i - 1] == .word else { return nil }
        var best: String?
        var phrase = ""
        for length in 1...4 where i - length >= 0 {
            let a = i - length
            guard t.sentence[a] == t.sentence[i], t.kinds[a] == .word else { break }
            phrase = length == 1 ? t.lowercased[a] : t.lowercased[a] + " " + phrase
            if r.lexicons.role(phrase) != nil, !t.capitalized[a] || a == 0 || t.isSentenceInitial(a) || !r.isTitle(t, a) {
                best = phrase
            }
        }
        return best
    }

    /// `appositiveRole(after:)` as it read before: the words joined as strings.
    static func appositiveRoleByStrings(after i: Int, _ t: TokenFeatures, _ r: EntityRecognizer) -> String? {
        guard i + 2 < t.count, t.isText(i, ","), r.isArticle(t, i + 1) else { return nil }
        var best: String?
        for length in 1...4 where i + 2 + length <= t.count {
            let words = (i + 2)..<(i + 2 + length)
            guard words.allSatisfy({ t.kinds[$0] == .word && !t.capitalized[$0] }) else { break }
            let phrase = words.map { t.lowercased[$0] }.joined(separator: " ")
            if r.lexicons.role(phrase) != nil || r.lexicons.role(t.lowercased[words.upperBound - 1]) != nil { best = phrase }
        }
        return best
    }

    @Test func rolesLookedUpAsBytesAreThoseOfTheJoinedStrings() throws {
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: Self.roleText)))
        let recognizer = EntityRecognizer()
        var before: [String] = [], after: [String] = []
        for i in 0..<t.count {
            let role = recognizer.role(before: i, t)
            #expect(role == Self.roleByStrings(before: i, t, recognizer), "\(t.texts[i])")
            if let role { before.append(role) }
            let appositive = recognizer.appositiveRole(after: i, t)
            #expect(appositive == Self.appositiveRoleByStrings(after: i, t, recognizer), "\(t.texts[i])")
            if let appositive { after.append(appositive) }
        }
        #expect(before.contains("defence secretary") && before.contains("prime minister") && before.contains("minister"))
        #expect(after.contains("union leader") && after.contains("leader"))
    }

    @Test func loweredWordsAreTheJoinedLowercaseForms() throws {
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: "The ÉLAN Group of Zoë Quill")))
        let recognizer = EntityRecognizer()
        for a in 0..<t.count {
            for b in (a + 1)...t.count {
                let expected = (a..<b).map { t.lowercased[$0] }.joined(separator: " ")
                let (joined, starts) = recognizer.withLoweredWords(t, a, b) { bytes, starts in
                    (String(decoding: bytes, as: UTF8.self), Array(starts))
                }
                #expect(joined == expected)
                #expect(starts.count == b - a && starts.first == 0)
                for j in a..<b {
                    #expect(joined.utf8.dropFirst(starts[j - a]).starts(with: t.lowercased[j].utf8), "\(t.texts[j])")
                }
            }
        }
    }

    @Test func acronymLettersAreReadAsTheirUnicodeCase() {
        for word in ["KDP", "AT&T", "UEFA", "Kdp", "K2", "ÉLAN", "ÉLan", "ΑΒΓ", "&", "", "U.S"] {
            let expected = word.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "&" }
            #expect(EntityRecognizer.isUppercaseOrAmpersand(word) == expected, "\(word)")
        }
    }

    @Test func teamsAreLookedForOnlyWhereOneCanStart() throws {
        // Made-up text: towns with a team's nickname, a team's possessive, a team before a
        // period, and places followed by words no team starts with.
        let text = "Philadelphia Eagles beat Chicago White Sox. Boston Red Sox's fans and the Oakland Athletics. Paris said Leeds United. Denver Broncos."
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let recognizer = EntityRecognizer()
        let lexicons = recognizer.lexicons
        var found = 0, skipped = 0
        for i in 0..<t.count {
            let looked = recognizer.longestMatch(t, i, maxWords: lexicons.maxTeamWords, table: .teams)
            if looked != nil { found += 1 }
            guard recognizer.mayStartTeam(t, i) else {
                skipped += 1
                #expect(looked == nil, "\(t.texts[i])")
                continue
            }
            let pruned = recognizer.longestMatch(t, i, maxWords: lexicons.maxTeamWords, prefixes: lexicons.teamPrefixes, table: .teams)
            #expect(pruned?.0 == looked?.0 && pruned?.1 == looked?.1, "\(t.texts[i])")
        }
        #expect(found >= 4)
        #expect(skipped > t.count / 2)
    }

    @Test func organisationsAreMatchedAsWithTheOneWordLookUp() throws {
        // Made-up text: one-word and multi-word organisations, possessives, and words that are none.
        let text = "Reuters and the United Nations met NATO's envoy, Red Cross staff and Vell Group at the World Bank. Quill's Reuters."
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        let recognizer = EntityRecognizer()
        let lexicons = recognizer.lexicons
        var found = 0
        for i in 0..<t.count where recognizer.mayStartOrganization(t, i) {
            func match(_ organizationWords: Bool) -> (Int, String)? {
                recognizer.longestMatch(t, i, maxWords: lexicons.maxOrganizationWords, prefixes: lexicons.organizationPrefixes,
                                        organizationWords: organizationWords, table: .organizations)
            }
            let shortcut = match(true)
            let looked = match(false)
            #expect(shortcut?.0 == looked?.0 && shortcut?.1 == looked?.1, "\(t.texts[i])")
            if looked != nil { found += 1 }
        }
        #expect(found >= 3)
    }

    @Test func aSingleWordPlaceIsReadBackAsItsLookUpGivesIt() throws {
        // Made-up text with places met twice, a possessive and a word that is no place.
        let text = "Boston and Paris met Boston’s mayor in Paris, not in Quillmoor."
        let recognizer = EntityRecognizer()
        let lexicons = recognizer.lexicons
        for _ in 0..<2 {
            let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
            if let tables = lexicons.tables { t.shareAnswers(for: tables) }
            var found = 0
            for i in 0..<t.count where t.kinds[i] == .word {
                var p = t.phraseBytes(from: i, through: i + 1)
                p.extend(to: i + 1, t)
                let name = PhraseBytes.strippingPossessive(p.bytes(to: i + 1))
                let expected = lexicons.place(utf8: name)
                #expect(recognizer.singleWordPlace(t, i, name) == expected, "\(t.texts[i])")
                if expected != nil { found += 1 }
            }
            #expect(found >= 4)
        }
    }
}
