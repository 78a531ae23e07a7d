import Testing
@testable import Hearsay

@Suite struct SpeakerPhrasesTests {
    /// The phrases of `text` (no mentions: pronouns, indefinites and names are read from the words).
    func phrases(_ text: String) throws -> (SpeakerPhrases, TokenFeatures) {
        let document = try TestSupport.document(text)
        let context = AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared, mentions: [],
                                         entities: [], quotes: [])
        return (SpeakerPhrases(context: context), context.t)
    }

    func index(of word: String, _ t: TokenFeatures) -> Int { t.texts.indices.first { t.texts[$0] == word }! }

    @Test func aSubjectPronounIsTheSpeakerWithOrWithoutAContraction() throws {
        let (phrases, t) = try phrases("Then she said no, and he’s said so, and they've said it.")
        for (word, spoken) in [("she", "she"), ("he’s", "he"), ("they've", "they")] {
            let k = index(of: word, t)
            let candidate = try #require(phrases.phrase(endingAt: k, in: 0..<t.count), "\(word)")
            guard case .pronoun = candidate.kind else { Issue.record("\(word): \(candidate.kind)"); continue }
            // The span ends where the stripped word does.
            #expect(candidate.span == Span(t.spans[k].start, t.spans[k].start + spoken.utf8.count), "\(word)")
        }
    }

    @Test func anIndefinitePronounSpeaksOnlyAtTheStartOfAClause() throws {
        let (phrases, t) = try phrases("Another said no; others disagreed, and many said yes.")
        for word in ["Another", "others", "many"] {
            let candidate = try #require(phrases.phrase(endingAt: index(of: word, t), in: 0..<t.count), "\(word)")
            guard case .nominal = candidate.kind else { Issue.record("\(word): \(candidate.kind)"); continue }
        }
        // "the many": after "the", the lone word is no indefinite speaker.
        let (inner, u) = try self.phrases("They thanked the many who came.")
        let k = index(of: "many", u)
        if let many = inner.phrase(endingAt: k, in: 0..<u.count), case .nominal = many.kind {
            #expect(many.span != u.spans[k], "the lone indefinite after “the”")
        }
    }

    @Test func aWordThatIsNoSubjectPronounGivesNoPronoun() throws {
        // "us" is a pronoun but no subject; "its" is neither a subject nor a contraction of one.
        let (phrases, t) = try phrases("Ask us, its staff said.")
        for word in ["us", "its"] {
            if let candidate = phrases.phrase(endingAt: index(of: word, t), in: 0..<t.count), case .pronoun = candidate.kind {
                Issue.record("\(word) read as a subject pronoun")
            }
        }
    }
}
