import Testing
@testable import Hearsay

@Suite struct TokenStringsTests {
    /// Thread-wide words "Mira", "sang", "LOUD" (0, 1, 2).
    private func strings() -> WordStrings {
        let strings = WordStrings(capacity: 4)
        for word in ["Mira", "sang", "LOUD"] { strings.append(text: word, lower: word.lowercased()) }
        return strings
    }

    @Test func readsEachTokensTextOrLowercaseFormThroughItsWord() {
        let all = strings()
        // Tokens "LOUD Mira sang Mira"; document ids 0, 1, 2 are thread-wide words 2, 0, 1.
        let words: [Int32] = [2, 0, 1, 0], threadWords: [Int32] = [2, 0, 1]
        let texts = TokenStrings(all: all, lowercase: false, words: words, threadWords: threadWords)
        let lowercased = TokenStrings(all: all, lowercase: true, words: words, threadWords: threadWords)
        #expect(Array(texts) == ["LOUD", "Mira", "sang", "Mira"])
        #expect(Array(lowercased) == ["loud", "mira", "sang", "mira"])
        #expect(texts.distinct.count == 3 && texts.distinct[0] == "LOUD" && lowercased.distinct[1] == "mira")
    }

    @Test func givesWhereEachTokensStringIsKept() {
        let all = strings()
        let words: [Int32] = [2, 0, 1, 0], threadWords: [Int32] = [2, 0, 1]
        let texts = TokenStrings(all: all, lowercase: false, words: words, threadWords: threadWords)
        let lowercased = TokenStrings(all: all, lowercase: true, words: words, threadWords: threadWords)
        #expect(texts.indices.map { texts.address($0).pointee } == ["LOUD", "Mira", "sang", "Mira"])
        #expect(lowercased.address(0).pointee == "loud")
        // Two tokens of one word share its string; the text and lowercase form are kept apart.
        #expect(texts.address(1) == texts.address(3) && texts.address(1) != lowercased.address(1))
    }

    @Test func keepsReadingItsStringsWhenTheCacheMovesOn() {
        let all = strings()
        let texts = TokenStrings(all: all, lowercase: false, words: [1], threadWords: [1])
        // Words added later are not read (the snapshot's count), and its strings stay alive.
        all.append(text: "Late", lower: "late")
        #expect(texts.wordCount == 3 && texts[0] == "sang")
    }
}
