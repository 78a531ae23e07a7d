import Testing
@testable import Hearsay

@Suite struct ContractionTests {
    /// What the byte reading must agree with: the character comparison it replaced.
    func reference(_ word: String) -> String {
        for suffix in ["’s", "'s", "’re", "'re", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "’m", "'m"] where word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    static let words = ["he’s", "she's", "they’re", "we're", "i’ve", "you've", "he’d", "she'd", "we’ll", "they'll", "i’m", "i'm",
                        "’s", "'s", "s", "", "is", "bus", "the", "real", "well", "he’l", "hers", "minister’s", "café’s", "naïve's",
                        "o’clock", "rock’n’roll", "he’S", "he‘s", "he’s\u{301}", "x\u{0600}’s", "日本’s", "he’’s"]

    @Test func strippedAgreesWithCharacterSuffixes() {
        for word in Self.words { #expect(Contraction.stripped(word) == reference(word), "\(word)") }
    }

    @Test func possessiveAgreesWithCharacterSuffixes() {
        for word in Self.words {
            #expect(Contraction.isPossessive(word) == (word.hasSuffix("’s") || word.hasSuffix("'s")), "\(word)")
        }
        #expect(Contraction.isPossessive("Putin’s") && Contraction.isPossessive("Trump's") && !Contraction.isPossessive("they’re"))
    }

    /// A token's possessive, ruled out by its word's facts, agrees with the string's.
    @Test func tokenPossessiveAgreesWithItsText() throws {
        let document = try TestSupport.document("Ina Wevell’s aide and Tom's friend said they’re at the café’s door, x\u{0600}’s too; he's gone. ’s")
        let t = TokenFeatures(document)
        var possessives = 0
        for k in 0..<t.count {
            #expect(Contraction.isPossessive(k, t) == Contraction.isPossessive(t.texts[k]), "\(t.texts[k])")
            if Contraction.isPossessive(k, t) { possessives += 1 }
        }
        #expect(possessives >= 3)
    }
}
