import Testing
@testable import Hearsay

@Suite struct TitleCasedPhraseTests {
    /// The phrase title-cased word by word with `titleCased`, as for any phrase.
    static func wordByWord(_ phrase: String, _ recognizer: EntityRecognizer) -> String {
        phrase.split(separator: " ", omittingEmptySubsequences: false).map { recognizer.titleCased(String($0)) }
            .joined(separator: " ")
    }

    @Test func asciiPhrasesReadAsWordByWord() {
        let recognizer = EntityRecognizer()
        for phrase in ["PORT OAKRIDGE", "NEW  HAVENSTOCK", " LEADING", "TRAILING ", "ST. MARY-LE-BOW", "X", "", "mIxEd CaSe 42",
                       "O'NEILL COUNTY"] {
            #expect(EntityRecognizer.asciiTitleCased(phrase) == Self.wordByWord(phrase, recognizer), "\(phrase)")
            #expect(recognizer.titleCasedPhrase(phrase) == Self.wordByWord(phrase, recognizer), "\(phrase)")
        }
        #expect(recognizer.titleCasedPhrase("PORT OAKRIDGE") == "Port Oakridge")
    }

    @Test func otherPhrasesTakeTheCharacterPath() {
        let recognizer = EntityRecognizer()
        for phrase in ["ÉCOLE VILLENEUVE", "SÃO TOMÉ", "LINE\r\nBREAK"] {
            #expect(EntityRecognizer.asciiTitleCased(phrase) == nil)
            #expect(recognizer.titleCasedPhrase(phrase) == Self.wordByWord(phrase, recognizer), "\(phrase)")
        }
    }
}
