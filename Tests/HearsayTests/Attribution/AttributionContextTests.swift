import Testing
@testable import Hearsay

@Suite struct AttributionContextTests {
    /// The cue table of `text` with no token inside a quote, and the features it was read from.
    func cues(_ text: String, inside: (TokenFeatures) -> [Bool] = { [Bool](repeating: false, count: $0.count) })
        throws -> (table: AttributionContext.CueTable, t: TokenFeatures) {
        let t = TokenFeatures(try TestSupport.document(text))
        return (AttributionContext.cueTable(t, inside: inside(t), lexicons: .shared), t)
    }

    func index(of word: String, _ t: TokenFeatures, occurrence: Int = 0) -> Int {
        t.texts.indices.filter { t.texts[$0] == word }[occurrence]
    }

    @Test func everyOccurrenceOfAVerbIsACue() throws {
        let (table, t) = try cues("The aide said no. Later the minister said yes and Said Khan left.")
        let first = try #require(table[index(of: "said", t)])
        #expect(table[index(of: "said", t, occurrence: 1)] == first)
        // Capitalised mid-sentence: a name, not the verb.
        #expect(table[index(of: "Said", t)] == nil)
        #expect(table[index(of: "aide", t)] == nil)
    }

    @Test func afterADeterminerOrOfTheFormIsANoun() throws {
        let (table, t) = try cues("She said his remarks and the minister’s remarks were an outline of a plan to say more.")
        #expect(table[index(of: "said", t)] != nil)
        #expect(table[index(of: "remarks", t)] == nil)
        #expect(table[index(of: "remarks", t, occurrence: 1)] == nil)
    }

    @Test func phrasalCuesJoinTheirParticle() throws {
        let (table, t) = try cues("Trump shot back at them, and as she put it, he went home.")
        #expect(table[index(of: "shot", t)]?.lemma == "shot back")
        #expect(table[index(of: "put", t)]?.lemma == "put it")
        #expect(table[index(of: "went", t)] == nil)
    }

    @Test func hasCueAgreesWithTheLookup() throws {
        let (table, t) = try cues("Trump shot back at them, and the aide said no.")
        #expect(table.hasCue(index(of: "shot", t)))
        #expect(table.hasCue(index(of: "said", t)))
        #expect(!table.hasCue(index(of: "aide", t)))
        #expect(t.texts.indices.allSatisfy { table.hasCue($0) == (table[$0] != nil) })
    }

    /// The table's per-token and per-word answers share one allocation: tokens asked in any
    /// order, words met again and again, give the same cues (a region written over another
    /// would change some answer), and each cue is a cue verb of the lexicon.
    @Test func answersDoNotDependOnTheOrderTokensAreAskedIn() throws {
        let text = (1...12).map { "The aide \($0) said his remarks, an email told them, and Ovrin Wex said no; she put it well." }
            .joined(separator: " ")
        let (forward, t) = try cues(text)
        let (backward, _) = try cues(text)
        let answers = t.texts.indices.map { forward[$0]?.lemma }
        let reversed = t.texts.indices.reversed().map { backward[$0]?.lemma }
        #expect(answers == Array(reversed.reversed()))
        #expect(answers.compactMap { $0 }.count == 12 * 4)
        #expect(Set(answers.compactMap { $0 }) == ["say", "tell", "put it"])
    }

    @Test func tokensInsideQuotesAreNoCues() throws {
        let (table, t) = try cues("He said they said no.") { t in t.texts.indices.map { t.texts[$0] == "they" || $0 == 3 } }
        #expect(table[index(of: "said", t)] != nil)
        #expect(table[index(of: "said", t, occurrence: 1)] == nil)
    }

    @Test func topLevelQuotesAreListedOnceInOrder() throws {
        let document = try TestSupport.document("He said “one ‘inner’ two” and “three” then “four”.")
        let quotes = QuoteFinder().find(in: document).quotes
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: [], entities: [], quotes: quotes)
        let topLevel = quotes.indices.filter { quotes[$0].depth == 0 }
        #expect(topLevel.count == 3)
        #expect(context.topLevelQuotes(covering: 0..<t.count) == topLevel)
        #expect(context.topLevelQuotes(covering: 0..<2).isEmpty)
        let three = context.token(atOrAfter: quotes[topLevel[1]].span.start)
        #expect(context.topLevelQuotes(covering: three..<(three + 1)) == [topLevel[1]])
    }

    @Test func topLevelQuotesOfEveryRangeAreItsQuotesAscending() throws {
        let document = try TestSupport.document("“A ‘b’ c,” he said, “d” and “e ‘f’” then “g.” “h”")
        let quotes = QuoteFinder().find(in: document).quotes
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: [], entities: [], quotes: quotes)
        for a in 0...t.count {
            for b in a...t.count {
                let expected = Set((a..<b).map { context.quoteAt[$0] }.filter { $0 >= 0 }).sorted()
                #expect(context.topLevelQuotes(covering: a..<b) == expected, "\(a)..<\(b)")
            }
        }
    }

    /// Over every range and several tests, the last quote found is the list's last that passes.
    @Test func lastTopLevelQuoteIsTheListsLastThatPasses() throws {
        let document = try TestSupport.document("“A ‘b’ c,” he said, “d” and “e ‘f’” then “g.” “h”")
        let quotes = QuoteFinder().find(in: document).quotes
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: [], entities: [], quotes: quotes)
        let tests: [(Int) -> Bool] = [{ _ in true }, { _ in false }, { $0 % 2 == 0 }, { $0 < 3 }]
        for a in 0...t.count {
            for b in a...t.count {
                for test in tests {
                    #expect(context.lastTopLevelQuote(covering: a..<b, where: test) == context.topLevelQuotes(covering: a..<b).last(where: test),
                            "\(a)..<\(b)")
                }
            }
        }
    }

    @Test func workNounsAndNamingWordsAreTheFiltersLists() throws {
        let document = try TestSupport.document("The Film called “Up” was a show, dubbed “art”, in the book Known as “X”. The word Songs.")
        let context = AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared, mentions: [], entities: [], quotes: [])
        let t = context.t
        for k in 0..<t.count {
            // Asked twice: the second answer is the remembered one.
            for _ in 0..<2 {
                #expect(context.isWorkNoun(k) == QuoteFilter.workNouns.contains(t.lowercased[k]), "\(t.texts[k])")
                #expect(context.isNamingWord(k) == QuoteFilter.namingWords.contains(t.lowercased[k]), "\(t.texts[k])")
            }
        }
        #expect((0..<t.count).contains { t.texts[$0] == "Film" && context.isWorkNoun($0) })
        #expect((0..<t.count).contains { t.texts[$0] == "dubbed" && context.isNamingWord($0) })
    }
}

@Suite struct AttributionContextScanTests {
    /// The cue table of `t` and its tokens "according" followed by "to", with `inside` the tokens in quotes.
    func scanWords(_ t: TokenFeatures, inside: [Bool], lexicons: Lexicons) -> (AttributionContext.CueTable, [Int]) {
        var cover = TokenIndexMap(count: t.count)
        for k in inside.indices where inside[k] { cover.assign(0, to: k..<(k + 1)) }
        return (AttributionContext.cueTable(t, inside: inside, lexicons: lexicons), AttributionContext.accordingToTokens(t, cover: cover))
    }

    /// Each token maps to the top-level quote whose marks enclose it, found token by token
    /// here, and every other token (a nested quote's marks inside its outer one) to it or -1.
    @Test func quoteAtCoversEachQuotesTokensAndNoOthers() throws {
        let text = "Ada Lum said “the ferry is late” and left. “It is ‘very’ late,” she wrote, “again.” Then nothing."
        let document = try TestSupport.document(text)
        let quotes = QuoteFinder().find(in: document).quotes
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: [], entities: [], quotes: quotes)
        let topLevel = quotes.indices.filter { quotes[$0].depth == 0 }
        #expect(topLevel.count == 3)
        for k in 0..<t.count {
            let start = t.spans[k].start
            let expected = topLevel.last { quotes[$0].outer.start <= start && start < quotes[$0].outer.end } ?? -1
            #expect(context.quoteAt[k] == expected, "token \(k) \(t.texts[k])")
        }
        // The words right after a closing mark lie outside.
        let and = t.texts.indices.first { t.texts[$0] == "and" }!, she = t.texts.indices.first { t.texts[$0] == "she" }!
        #expect(context.quoteAt[and] == -1 && context.quoteAt[she] == -1 && context.quoteAt[and - 2] >= 0)
    }

    @Test func accordingToIsFoundInRangesAskedForInAnyOrder() throws {
        let text = "According to Hill, it rained. Later, according to Wex, “according to plan” was ACCORDING TO him."
        let document = try TestSupport.document(text)
        let quotes = QuoteFinder().find(in: document).quotes
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: [], entities: [], quotes: quotes)
        let all = t.texts.indices.filter { t.lowercased[$0] == "according" && !context.insideQuote[$0] }
        #expect(all.count == 3)
        // A later range first, then an earlier one, then everything: each answer is the tokens in its range.
        let middle = (all[1] - 1)..<(all[2] + 2)
        #expect(Array(context.accordingTo(in: middle)) == all.filter { middle.contains($0) })
        #expect(Array(context.accordingTo(in: 0..<2)) == [all[0]])
        #expect(Array(context.accordingTo(in: 0..<t.count)) == all)
        #expect(Array(context.accordingTo(in: (all[0] + 1)..<all[1])).isEmpty)
        // A range longer than the scan limit is answered from the whole document's list.
        let words = (0..<AttributionContext.accordingScanLimit).map { _ in "word" }.joined(separator: " ")
        let long = try TestSupport.document("\(words), according to Hill, “according to plan”, \(words).")
        let longContext = AttributionContext(document: long, tokens: TokenFeatures(long), lexicons: .shared, mentions: [],
                                             entities: [], quotes: QuoteFinder().find(in: long).quotes)
        let n = longContext.t.count
        #expect(n > AttributionContext.accordingScanLimit)
        let found = Array(longContext.accordingTo(in: 0..<n))
        #expect(found.count == 1 && longContext.t.texts[found[0]] == "according" && !longContext.insideQuote[found[0]])
        #expect(Array(longContext.accordingTo(in: (found[0] - 3)..<(found[0] + 3))) == found)
    }

    @Test func lexiconsChangedByHandGiveTheSameCues() throws {
        // Lexicons changed by hand have no tables: their cue table looks every word up through them.
        var byHand = Lexicons.shared
        byHand.cueVerbs = Lexicons.shared.cueVerbs
        #expect(byHand.tables == nil)
        let t = TokenFeatures(try TestSupport.document("Wex said Ovrin told the said board it was put off; Jo shot back, as Wex put it."))
        let none = [Bool](repeating: false, count: t.count)
        let shared = AttributionContext.cueTable(t, inside: none, lexicons: .shared)
        let handMade = AttributionContext.cueTable(t, inside: none, lexicons: byHand)
        #expect((0..<t.count).map { shared[$0]?.lemma } == (0..<t.count).map { handMade[$0]?.lemma })
        #expect((0..<t.count).contains { handMade[$0]?.lemma == "tell" })
    }

    @Test func cuesFoundInAnyOrderAgree() throws {
        // Asked back to front, or only every other token: each token's cue is what a full pass finds.
        let t = TokenFeatures(try TestSupport.document("The said plan failed, she said. Trump shot back and Said Khan told his remarks."))
        let none = [Bool](repeating: false, count: t.count)
        let forward = AttributionContext.cueTable(t, inside: none, lexicons: .shared)
        let expected = (0..<t.count).map { forward[$0]?.lemma }
        let backward = AttributionContext.cueTable(t, inside: none, lexicons: .shared)
        #expect((0..<t.count).reversed().map { backward[$0]?.lemma }.reversed() == expected)
        let sparse = AttributionContext.cueTable(t, inside: none, lexicons: .shared)
        for k in stride(from: 1, to: t.count, by: 2) { _ = sparse.hasCue(k) }
        #expect((0..<t.count).map { sparse[$0]?.lemma } == expected)
        #expect(expected.compactMap { $0 } == ["say", "shot back", "tell"])
    }

    @Test func accordingToIsFoundOutsideQuotesOnly() throws {
        let t = TokenFeatures(try TestSupport.document("According to Hill, it rained; “according to plan” was according to him."))
        let quoted = t.texts.indices.filter { t.texts[$0] == "according" }[0]
        let inside = t.texts.indices.map { $0 >= quoted - 1 && $0 <= quoted + 3 }
        let (_, according) = scanWords(t, inside: inside, lexicons: .shared)
        let expected = t.texts.indices.filter { t.lowercased[$0] == "according" && !inside[$0] }
        #expect(expected.count == 2)
        #expect(according == expected)
    }

    @Test func aWordMetAgainKeepsItsFacts() throws {
        // "said" first as a noun after "the", then as a verb: the lookup made once serves both.
        let t = TokenFeatures(try TestSupport.document("The said plan failed, she said."))
        let (cues, _) = scanWords(t, inside: [Bool](repeating: false, count: t.count), lexicons: .shared)
        let saids = t.texts.indices.filter { t.texts[$0] == "said" }
        #expect(cues[saids[0]] == nil)
        #expect(cues[saids[1]]?.lemma == "say")
    }

    @Test func sharedAnswersGiveTheSameCuesAsLookups() throws {
        // The second document's words were met in the first: whether each is a cue, a phrasal
        // verb or "according" comes from the thread's kept answers, and must agree with looking up.
        let lexicons = Lexicons.shared
        let tables = try #require(lexicons.tables)
        func scan(_ text: String, shared: Bool) throws -> ([String?], [Int]) {
            let t = TokenFeatures(try TestSupport.document(text))
            if shared { t.shareAnswers(for: tables) }
            #expect(t.lookups.isShared(for: tables) == shared)
            let (cues, according) = scanWords(t, inside: [Bool](repeating: false, count: t.count), lexicons: lexicons)
            return ((0..<t.count).map { cues[$0]?.lemma }, according)
        }
        _ = try scan("Ovrin said the plan, according to Wex, was shot down. Jo told us.", shared: true)
        let text = "According to Jo, Wex said Ovrin told the said board it was put off; Jo shot back."
        let withMemo = try scan(text, shared: true)
        let without = try scan(text, shared: false)
        #expect(withMemo.0 == without.0 && withMemo.1 == without.1)
        #expect(without.0.compactMap { $0 }.contains("say") && without.1 == [0])
    }

    @Test func answersAreSharedOnlyForTheirOwnTables() throws {
        final class OtherTables {}
        let t = TokenFeatures(try TestSupport.document("Ovrin said so."))
        let tables = try #require(Lexicons.shared.tables)
        #expect(!t.lookups.isShared(for: tables))
        t.shareAnswers(for: tables)
        #expect(t.lookups.isShared(for: tables) && !t.lookups.isShared(for: OtherTables()))
    }
}

@Suite struct AttributionContextQuoteSearchTests {
    @Test func lastTopLevelQuoteInAParagraphIsFoundBackwards() throws {
        let document = try TestSupport.document("“One.” “Two ‘inner’.”\n\nNo quote here.\n\n“Three.”\n\n“Four.” “Five.”")
        let quotes = QuoteFinder().find(in: document).quotes
        let context = AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared,
                                         mentions: [], entities: [], quotes: quotes)
        #expect(context.paragraphsAscend)
        let topLevel = quotes.indices.filter { quotes[$0].depth == 0 }
        #expect(topLevel.count == 5)
        let (two, three, five) = (topLevel[1], topLevel[2], topLevel[4])
        // The nested quote after "Two" is passed over; the last top-level quote of paragraph 0 is "Two".
        #expect(context.lastTopLevelQuote(before: three, inParagraph: quotes[two].paragraph) == two)
        // A paragraph with no quote: none, whether the search stops early or not.
        #expect(context.lastTopLevelQuote(before: five, inParagraph: quotes[two].paragraph + 1) == nil)
        #expect(context.lastTopLevelQuote(before: 0, inParagraph: 0) == nil)
        // A paragraph after the quote asked about: none before it.
        #expect(context.lastTopLevelQuote(before: three, inParagraph: quotes[five].paragraph) == nil)
    }
}

@Suite struct AttributionContextPeopleTests {
    /// Made-up people and others: shared last names, a name spelled with a decomposed "ë" (equal
    /// as a `String` to the composed one), a role given twice, and non-persons that must not count.
    func entities(padding: Int) -> [Entity] {
        var list = [
            Entity(kind: .person, name: "Anna Berg", mentions: [], gender: .female, roles: ["mayor", "mayor"]),
            Entity(kind: .organization, name: "Berg", mentions: [], gender: .unknown, roles: ["mayor"]),
            Entity(kind: .person, name: "Tom Berg", mentions: [], gender: .male, roles: ["defence secretary"]),
            Entity(kind: .person, name: "Zoe\u{308}", mentions: [], gender: .female, roles: []),
            Entity(kind: .place, name: "Zoë", mentions: [], gender: .unknown, roles: []),
            Entity(kind: .person, name: "Hill ", mentions: [], gender: .unknown, roles: ["mayor"]),
        ]
        for k in 0..<padding { list.append(Entity(kind: .person, name: "Person \(k)", mentions: [], gender: .unknown, roles: ["clerk \(k)"])) }
        return list
    }

    /// The scan over a few entities gives what the index over them all holds, for names and roles.
    @Test func scanningAgreesWithTheIndex() {
        for padding in [0, 60] {
            let list = entities(padding: padding)
            let byName = AttributionContext.peopleByLastName(list), byRole = AttributionContext.peopleByRole(list)
            for word in ["Berg", "Zoë", "Zoe\u{308}", "Hill", "Hill ", "Anna", "Person", "1", "", "nobody"] {
                #expect(AttributionContext.people(in: list, withLastName: word) == (byName[word] ?? []), "\(word.debugDescription)")
            }
            for role in ["mayor", "defence secretary", "clerk 1", "secretary", ""] {
                #expect(AttributionContext.people(in: list, withRole: role) == (byRole[role] ?? []), "\(role)")
            }
        }
        #expect(AttributionContext.people(in: entities(padding: 0), withLastName: "Berg") == [0, 2])
        #expect(AttributionContext.people(in: entities(padding: 0), withRole: "mayor") == [0, 5])
    }
}

@Suite struct AttributionContextLastNameTests {
    /// The byte comparison agrees with the last word as `lastSpaceSeparatedWord` makes it.
    @Test func hasLastWordAgreesWithTheLastWord() {
        let names = ["Jane Hill", "Hill", "Jane  Hill  ", "  ", "", "Mary Jane Hill", "Jane Hillary", "JaneHill", "Zoë Hill", "Jane Zoë",
                     "Tom Reed Jr", "a \u{301}b", "Jane\r\nHill", "Jane\tHill", "O'Neil", "Jane O'Neil"]
        let words = ["Hill", "hill", "", "Jane Hill", "Hillary", "Zoë", "Hil", "ill", "Jr", "a \u{301}b", "\u{301}b", "Hill ", "O'Neil",
                     "Jane\tHill", "JaneHill"]
        for name in names {
            for word in words {
                let expected = name.lastSpaceSeparatedWord.map { $0 == word } ?? false
                #expect(AttributionContext.hasLastWord(name, word) == expected, "\(name.debugDescription) \(word.debugDescription)")
            }
        }
        #expect(AttributionContext.hasLastWord("Jane Hill", "Hill") && !AttributionContext.hasLastWord("Jane Hillary", "Hill"))
    }
}
