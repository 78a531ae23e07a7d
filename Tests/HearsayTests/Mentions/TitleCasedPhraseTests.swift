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

    @Test func placesLookedUpTitleCasedOnBytesAreThoseOfTheStringPath() {
        let recognizer = EntityRecognizer()
        // Known places in capitals, unknown phrases, and phrases off the ASCII path.
        for phrase in ["NEW YORK", "PARIS", "LONDON", "SAINT LOUIS", "PORT OAKRIDGE", "NATO", "NEW  YORK", "new york",
                       "ÉCOLE VILLENEUVE", "SÃO PAULO", "LINE\r\nBREAK", "X", " LEADING"] {
            let expected = recognizer.lexicons.place(recognizer.titleCasedPhrase(phrase))
            let found = Array(phrase.utf8).withUnsafeBufferPointer { recognizer.placeTitleCased(utf8: $0) }
            #expect(found == expected, "\(phrase)")
        }
        #expect(Array("NEW YORK".utf8).withUnsafeBufferPointer { recognizer.placeTitleCased(utf8: $0) } != nil)
    }

    @Test func asciiTitleCasingOnBytesWritesWhatTheStringPathWrites() {
        for phrase in ["PORT OAKRIDGE", "NEW  HAVENSTOCK", " LEADING", "TRAILING ", "ST. MARY-LE-BOW", "X", "mIxEd CaSe 42"] {
            let bytes = Array(phrase.utf8)
            var out = [UInt8](repeating: 0, count: bytes.count)
            bytes.withUnsafeBufferPointer { source in
                out.withUnsafeMutableBufferPointer { EntityRecognizer.asciiTitleCase(source, into: $0) }
            }
            #expect(String(decoding: out, as: UTF8.self) == EntityRecognizer.asciiTitleCased(phrase), "\(phrase)")
        }
    }

    @Test func otherPhrasesTakeTheCharacterPath() {
        let recognizer = EntityRecognizer()
        for phrase in ["ÉCOLE VILLENEUVE", "SÃO TOMÉ", "LINE\r\nBREAK"] {
            #expect(EntityRecognizer.asciiTitleCased(phrase) == nil)
            #expect(recognizer.titleCasedPhrase(phrase) == Self.wordByWord(phrase, recognizer), "\(phrase)")
        }
    }

    @Test func phrasesSplitOnSpaceBytesReadAsWordByWord() {
        let recognizer = EntityRecognizer()
        // Non-ASCII words between ASCII ones, decomposed capitals, ß and dotted İ (whose
        // lowercase forms change length), a carriage return, spaces at the ends and doubled.
        for phrase in ["SÃO PAULO", "ÉCOLE  VILLENEUVE", " ÉCOLE", "ÉCOLE ", "PORT ÉTÉ NORD", "E\u{301}COLE NORD", "STRAßE NORD",
                       "İSTANBUL PORT", "ÅLAND", "LINE\r\nBREAK ÉTÉ", "É", "ÑANDÚ  ", "ZÜRICH\r STADT",
                       "É VILLE", "PORT É", "北京 CITY", "CITY 𝔸BC", "Ä\u{308} NORD"] {
            #expect(recognizer.titleCasedBySpaceBytes(phrase) == Self.wordByWord(phrase, recognizer), "\(phrase)")
            #expect(recognizer.titleCasedPhrase(phrase) == Self.wordByWord(phrase, recognizer), "\(phrase)")
        }
    }

    @Test func aSpaceJoinedToItsNeighbourTakesTheCharacterPath() {
        let recognizer = EntityRecognizer()
        // A combining accent or a joiner after a space makes one character of them; U+0600 (a
        // prepended mark) joins the space after it.
        for phrase in ["A \u{301}B", "PORT \u{200D}X", "\u{600} X", "ÉTÉ \u{301}NORD", "A \u{903}"] {
            #expect(recognizer.titleCasedBySpaceBytes(phrase) == nil, "\(phrase)")
            #expect(recognizer.titleCasedPhrase(phrase) == Self.wordByWord(phrase, recognizer), "\(phrase)")
        }
    }
}
