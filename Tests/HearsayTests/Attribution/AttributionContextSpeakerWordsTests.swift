import Testing
@testable import Hearsay

@Suite struct AttributionContextSpeakerWordsTests {
    /// Whether a token may be a subject or indefinite pronoun, asked per word id, agrees with
    /// the lists and the pronoun lexicon asked of the stripped word directly.
    @Test func strippedSubjectAgreesWithTheLists() throws {
        let document = try TestSupport.document("He’s here, they're not. Another said she'd go; others, it and we left. Some said It's one. Hello them.")
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: [], entities: [], quotes: [])
        var yes = 0
        for k in 0..<t.count {
            let word = Contraction.stripped(t.lowercased[k])
            let expected = (Lexicons.shared.pronoun(word) != nil && SpeakerPhrases.subjectPronouns.contains(word))
                || SpeakerPhrases.indefinites.contains(word)
            // Asked twice: found, then remembered.
            #expect(context.mayBeStrippedSubject(k) == expected, "\(t.texts[k])")
            #expect(context.mayBeStrippedSubject(k) == expected, "\(t.texts[k])")
            if expected { yes += 1 }
        }
        // "He’s", "they're", "Another", "she'd", "others", "it", "we", "Some", "It's", "one".
        #expect(yes >= 9)
        #expect(!context.mayBeStrippedSubject(t.count - 2))   // "them": a pronoun, not a subject
    }
}
