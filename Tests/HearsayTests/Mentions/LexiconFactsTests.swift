import Foundation
import Testing
@testable import Hearsay

/// The merged word facts index must answer every question it covers as the question's own
/// look-up does, for keys, their other spellings and words no table holds; and a word it
/// cannot read must keep the per-question path.
@Suite struct LexiconFactsTests {
    typealias Question = TokenLookups.Question
    typealias R = EntityRecognizer

    /// The answer of each covered question about the word `text` (lowercase form `lower`, no
    /// possessive ending), by the look-ups the recogniser's questions are defined by.
    static func expected(_ text: String, _ lower: String, _ lex: Lexicons) -> [Question: Bool] {
        let place = lex.place(text), head = lex.nameHead(text), gender = lex.firstName(lower)
        var answers: [Question: Bool] = [
            .commonWord: lex.isCommonWord(text), .commonWordStripped: lex.isCommonWord(text),
            .title: lex.title(text) != nil,
            .demonym: lex.demonym(text) != nil, .demonymStripped: lex.demonym(text) != nil,
            .organization: lex.organization(text) != nil, .organizationStripped: lex.organization(text) != nil,
            .nameHead: head != nil, .nameHeadStripped: head != nil,
            .organizationHeadStripped: head == "org", .placeHeadStripped: head == "loc",
            .place: place != nil, .placeStripped: place != nil,
            .countryOrState: place?.kind == "country" || place?.kind == "state", .country: place?.kind == "country",
            .majorPlaceStripped: place.map { $0.kind != "city" || $0.population >= 1_000_000 } ?? false,
            .townPlaceStripped: (place?.population ?? 0) >= 50_000,
            .multiWordStartOrStripped: lex.isMultiWordStart(text),
            .titlePrefix: lex.titlePrefixes?.contains(text) ?? true,
            .organizationPrefix: lex.organizationPrefixes?.contains(text) ?? true,
            .teamPrefix: lex.teamPrefixes?.contains(text) ?? true,
            .quoteMark: R.quoteMarks.contains(text),
            .pronoun: lex.pronoun(lower) != nil, .personCue: lex.isPersonCue(lower), .cueVerb: lex.cueVerb(lower) != nil,
            .sourceNoun: lex.sourceNoun(lower) != nil, .roleLastWord: lex.mayEndRole(lower),
            .modifierHead: lex.isModifierHead(lower), .surnameStripped: lex.isSurname(lower),
            .firstName: gender != nil, .firstNameStripped: gender != nil, .personFirstName: gender != nil,
            .personFirstNameMale: gender == .male, .personFirstNameFemale: gender == .female,
        ]
        answers[.knownWordStripped] = answers[.commonWord]! || answers[.demonym]! || answers[.organization]!
            || answers[.nameHead]! || answers[.title]!
        for (table, question) in LexiconFacts.lowercaseTables { answers[question] = table.contains(lower) }
        return answers
    }

    /// The answer to `question` in the two words `answers` gives, nil when not marked asked.
    static func answer(_ question: Question, _ words: (UInt64, UInt64)) -> Bool? {
        let q = question.rawValue, word = q < 32 ? words.0 : words.1
        let asked: UInt64 = 1 << UInt64(2 * (q & 31))
        return word & asked == 0 ? nil : word & asked << 1 != 0
    }

    /// Every key of every table the index reads, as a string.
    static func keys(_ lex: Lexicons) -> Set<String> {
        var keys = Set<String>()
        func add<V>(_ table: WordTable<V>?) {
            table?.forEachIndexedKey { key in keys.insert(String(decoding: key, as: UTF8.self)) }
        }
        let tables = lex.tables!
        add(tables.commonWords); add(tables.titles); add(tables.demonyms); add(tables.organizations)
        add(tables.nameHeads); add(tables.places); add(tables.multiWordStarts); add(tables.pronouns)
        add(tables.personCues); add(tables.cueVerbs); add(tables.sourceNouns); add(tables.roleLastWords)
        add(tables.modifierHeads); add(tables.firstNames); add(R.quoteMarks)
        add(lex.titlePrefixes); add(lex.organizationPrefixes); add(lex.teamPrefixes)
        for (table, _) in LexiconFacts.lowercaseTables { add(table) }
        return keys
    }

    /// Checks the index's answers about `text` against `expected`; returns whether it read it.
    @discardableResult
    static func check(_ facts: LexiconFacts, _ text: String, _ lex: Lexicons) -> Bool {
        let lower = text.lowercased()
        guard let words = facts.answers(text, lower, possessive: false) else { return false }
        let expected = expected(text, lower, lex)
        let ascii = lower.utf8.allSatisfy { $0 < 0x80 }
        for question in Question.allCases {
            let covered = facts.covered & LexiconFacts.mask([question]) != 0
                && (ascii || LexiconFacts.asciiQuestions & LexiconFacts.mask([question]) == 0)
            guard covered else {
                #expect(answer(question, words) == nil, "\(question) of \(text) not covered")
                continue
            }
            #expect(answer(question, words) == expected[question], "\(question) of \(text)")
        }
        return true
    }

    @Test func everyKeyAndItsOtherSpellingsAnswerAsTheirLookUps() throws {
        let lex = Lexicons.shared
        let facts = try #require(lex.tables?.facts)
        let keys = Self.keys(lex)
        // Keys with a space are left out: no token has one, and a word with one is not read.
        let words = keys.filter { !$0.utf8.contains(0x20) }
        #expect(facts.count == words.count && words.count < keys.count)
        for key in keys where key.utf8.contains(0x20) {
            #expect(facts.answers(key, key.lowercased(), possessive: false) == nil, "\(key) is not read")
        }
        for (n, key) in words.enumerated() {
            #expect(Self.check(facts, key, lex), "\(key) is read")
            // The other spellings of a sample of the keys (all of them take minutes in a debug build).
            if n % 5 == 0 {
                Self.check(facts, key.capitalized, lex)
                Self.check(facts, key.uppercased(), lex)
                Self.check(facts, key.lowercased(), lex)
            }
        }
        for word in ["Qwzyx", "blorfing", "ZZTOP9", "", "’", "“Hello", "O’Vance", "Paris.", "said,"] {
            #expect(Self.check(facts, word, lex), "\(word) is read")
        }
    }

    @Test func theIndexKeepsItsKeysInAFewMegabytes() throws {
        let facts = try #require(Lexicons.shared.tables?.facts)
        // At least a 16-byte slot and two 8-byte words of facts per key; 3.3 MB for the 43,316
        // keys without a space of the bundled lexicons (the slots alone of all keys took 4 MB).
        #expect(facts.byteCount >= 32 * facts.count && facts.byteCount < 4 << 20, "\(facts.byteCount) bytes for \(facts.count) keys")
    }

    @Test func questionsWithoutTheirTablesAreNotCovered() throws {
        let lex = Lexicons.shared
        let facts = LexiconFacts(tables: try #require(lex.tables), titlePrefixes: nil, organizationPrefixes: nil, teamPrefixes: nil)
        let covered = Question.allCases.filter { facts.covered & LexiconFacts.mask([$0]) != 0 }
        #expect(!covered.contains(.titlePrefix) && !covered.contains(.organizationPrefix) && !covered.contains(.teamPrefix))
        #expect(covered.contains(.place) && covered.contains(.particle) && covered.contains(.firstNameStripped))
        #expect(!covered.contains(.surnameStripped) && !covered.contains(.initials))
        let words = try #require(facts.answers("Paris", "paris", possessive: false))
        #expect(Self.answer(.titlePrefix, words) == nil && Self.answer(.place, words) == true)
    }

    @Test func answersReadWhereTheFormsAreKeptMatchThoseOfTheForms() throws {
        let facts = try #require(Lexicons.shared.tables?.facts)
        // Small and heap-stored strings, keys and not, a possessive ending, unreadable forms.
        let words = [("Paris", "paris", false), ("said", "said", false), ("Quorvannisthelm", "quorvannisthelm", false),
                     ("Boston’s", "boston’s", true), ("Zoë", "zoë", false), ("New York", "new york", false),
                     ("Conservatoriumsverwaltung", "conservatoriumsverwaltung", false)]
        for (text, lower, possessive) in words {
            let pair = [text, lower]
            let inPlace = pair.withUnsafeBufferPointer { kept in
                facts.answers(at: kept.baseAddress!, kept.baseAddress! + 1, possessive: possessive)
            }
            let copied = facts.answers(text, lower, possessive: possessive)
            #expect(inPlace?.0 == copied?.0 && inPlace?.1 == copied?.1 && (inPlace == nil) == (copied == nil), "\(text)")
        }
        #expect(facts.answers("Paris", "paris", possessive: false) != nil)
    }

    @Test func factsBuiltFromTheTablesNamedOneByOneAreThoseOfTheLexicons() throws {
        let lex = Lexicons.shared
        let tables = try #require(lex.tables), shared = try #require(tables.facts)
        let facts = LexiconFacts(tables: LexiconFacts.Tables(tables), titlePrefixes: lex.titlePrefixes,
                                 organizationPrefixes: lex.organizationPrefixes, teamPrefixes: lex.teamPrefixes)
        #expect(facts.count == shared.count && facts.covered == shared.covered)
        for (text, lower) in [("Paris", "paris"), ("Mr", "mr"), ("said", "said"), ("Reuters", "reuters")] {
            let a = try #require(facts.answers(text, lower, possessive: false))
            let b = try #require(shared.answers(text, lower, possessive: false))
            #expect(a.0 == b.0 && a.1 == b.1, "\(text)")
        }
    }

    @Test func wordsTheIndexCannotReadAreLeftToTheirLookUps() throws {
        let facts = try #require(Lexicons.shared.tables?.facts)
        #expect(facts.answers("Zoë", "zoë", possessive: false) == nil)
        #expect(facts.answers("Çelik", "çelik", possessive: false) == nil)
        // A word readable in one form and not the other is not answered either.
        #expect(facts.answers("Paris", "parïs", possessive: false) == nil)
        #expect(facts.answers("New York", "new york", possessive: false) == nil)
    }

    @Test func aPossessiveEndingLeavesTheStrippedQuestionsUnasked() throws {
        let facts = try #require(Lexicons.shared.tables?.facts)
        let words = try #require(facts.answers("Boston’s", "boston’s", possessive: true))
        #expect(Self.answer(.placeStripped, words) == nil && Self.answer(.knownWordStripped, words) == nil)
        #expect(Self.answer(.place, words) == false && Self.answer(.commonWord, words) == false)
        // Plain punctuation in the lowercase form leaves the first-name questions to the look-up
        // that folds accents.
        let plain = try #require(facts.answers("O’Vance", "o’vance", possessive: false))
        #expect(Self.answer(.personFirstName, plain) == nil && Self.answer(.firstName, plain) == false)
    }

    /// Made-up text: places, names, possessives, titles, a word with an accent.
    static let text = """
        Mayor Dalia Renwick of Boston said the Quarry Board’s plan for Tennessee’s towns was fine. \
        “It works,” Zoë Ferrand told reporters in PARIS and in London’s docks; the Red Cross agreed, \
        as did Gen. O’Vance of the Harbour Authority.
        """

    /// Every question the recogniser asks through the index, about token `k`, but for
    /// `mayEndRole` (always true for lexicons assembled by hand).
    static func ask(_ r: EntityRecognizer, _ t: TokenFeatures, _ k: Int) -> [Bool] {
        var answers = [r.isCommon(t, k), r.isCommonStripped(t, k), r.isTitle(t, k), r.isDemonym(t, k), r.isOrganization(t, k)]
        answers += [r.isNameHead(t, k), r.isNameHeadStripped(t, k), r.isPlace(t, k), r.isPlaceStripped(t, k), r.isParticle(t, k)]
        answers += [r.isHeadConnector(t, k), r.isPronoun(t, k), r.isPersonCue(t, k), r.isDemonymStripped(t, k)]
        answers += [r.isKnownWordStripped(t, k), r.isTitlePrefix(t, k), r.isCueLeadIn(t, k), r.isSourceNoun(t, k), r.isQuoteMark(t, k)]
        answers += [r.mayStartOrganization(t, k), r.mayStartTeam(t, k), r.isCueVerb(t, k), r.isPlaceConnector(t, k)]
        answers += [r.isOrganizationStripped(t, k), r.isArticle(t, k), r.isSurnameStripped(t, k), r.isFirstNameStripped(t, k)]
        answers += [r.hasPersonFirstName(t, k), r.isFirstName(t, k), r.isOrganizationHeadStripped(t, k), r.isPlaceHeadStripped(t, k)]
        answers += [r.isModifierHead(t, k), r.isCountryOrState(t, k), r.isCountry(t, k), r.isMajorPlaceStripped(t, k)]
        answers += [r.isTownPlaceStripped(t, k), r.isLocative(t, k), r.canStartPhrase(t, k)]
        answers.append(r.personFirstNameGender(t, k) == .male)
        answers.append(r.personFirstNameGender(t, k) == .female)
        for (table, question) in LexiconFacts.lowercaseTables { answers.append(r.isIn(table, question, t, k)) }
        return answers
    }

    @Test func theRecognizersAnswersMatchThoseOfLexiconsWithoutTheIndex() throws {
        let segmenter = try Segmenter()
        func features() throws -> TokenFeatures { TokenFeatures(try segmenter.document(for: Article(paragraphs: [], verbatimText: Self.text))) }
        var byHand = Lexicons.shared
        let demonyms = byHand.demonyms
        byHand.demonyms = demonyms
        #expect(byHand.tables == nil && byHand.titlePrefixes != nil)
        let indexed = EntityRecognizer(lexicons: .shared), plain = EntityRecognizer(lexicons: byHand)
        let t = try features(), u = try features()
        for k in 0..<t.count {
            #expect(Self.ask(indexed, t, k) == Self.ask(plain, u, k), "\(t.texts[k])")
            #expect(indexed.mayEndRole(t, k) == Lexicons.shared.mayEndRole(t.lowercased[k]), "\(t.texts[k])")
        }
    }

    @Test func theFirstCoveredQuestionMarksEveryCoveredQuestionAsked() throws {
        let segmenter = try Segmenter()
        let t = TokenFeatures(try segmenter.document(for: Article(paragraphs: [], verbatimText: Self.text)))
        let recognizer = EntityRecognizer()
        let facts = try #require(Lexicons.shared.tables?.facts)
        let boston = try #require((0..<t.count).first { t.texts[$0] == "Boston" })
        let zoe = try #require((0..<t.count).first { t.texts[$0] == "Zoë" })
        #expect(t.lookups.known(.country, t.ids[boston]) == nil)
        #expect(recognizer.isPlace(t, boston))
        for question in Question.allCases where facts.covered & LexiconFacts.mask([question]) != 0 {
            #expect(t.lookups.known(question, t.ids[boston]) != nil, "\(question) asked")
        }
        #expect(t.lookups.known(.country, t.ids[boston]) == false)
        #expect(t.lookups.known(.initials, t.ids[boston]) == nil)
        // A word the index cannot read gets the one answer asked.
        #expect(!recognizer.isPlace(t, zoe))
        #expect(t.lookups.known(.place, t.ids[zoe]) == false)
        #expect(t.lookups.known(.commonWord, t.ids[zoe]) == nil)
    }
}
