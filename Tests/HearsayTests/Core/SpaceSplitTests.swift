import Testing
@testable import Hearsay

@Suite struct SpaceSplitTests {
    @Test func wordsBetweenSpacesAsSplitGivesThem() {
        for text in ["Maria  Quellwood ", " Dr Ann Vale", "", "   ", "one", "Zoë van Dam", "a \u{301}b c", "x\r\ny z"] {
            #expect(text.spaceSeparatedWords() == text.split(separator: " "), "\(text)")
        }
    }

    @Test func wordsCountedOnTheBytesMatchSplitOnSpacingAndTabs() {
        let texts = ["  Ann   Marie  Vale  ", "\tAnn\t Vale", "Ann\tVale", "a", " a ", "a b c d e f g h i j",
                     "José  María López ", " 日本 語 ", "Zoë\tvan  Dam", "ab  ", "  ab", " \t "]
        for text in texts {
            let words = text.spaceSeparatedWords()
            #expect(words == text.split(separator: " "), "\(text.debugDescription)")
            // The words are slices of the text, at the places split gives.
            #expect(words.map { $0.startIndex } == text.split(separator: " ").map { $0.startIndex }, "\(text.debugDescription)")
        }
    }

    @Test func spaceTestMatchesContains() {
        for text in ["Quellwood", "Ann Vale", "", "Zoë Dam", "Zoë", "tab\there"] {
            #expect(text.containsSpace == text.contains(" "), "\(text)")
        }
    }

    @Test func firstAndLastWordAsSplitGivesThem() {
        for name in ["Maria Quellwood", "Quellwood", "Ann  Vale ", "   ", "", " Ann", "Zoë Dam", "Dam Zoë", "x\r\ny z", "y z\r\n", "a \u{301}b"] {
            #expect(name.lastSpaceSeparatedWord.map(String.init) == name.split(separator: " ").last.map(String.init), "\(name.debugDescription)")
            #expect(name.firstSpaceSeparatedWord.map(String.init) == name.split(separator: " ").first.map(String.init), "\(name.debugDescription)")
        }
    }
}
