import Testing
@testable import Hearsay

@Suite struct WordShapeFilterTests {
    @Test func passesEveryKeyAndRulesOutOtherShapes() {
        let keys = ["said", "told", "put", "acknowledged-and-more-than-fifteen"]
        let filter = WordShapeFilter(keys: keys)
        for key in keys { #expect(filter.mayContain(key), "\(key)") }
        // Same first and last letter and length as "said": only the table can tell.
        #expect(filter.mayContain("sped"))
        #expect(!filter.mayContain("say") && !filter.mayContain("tolds") && !filter.mayContain("x"))
        // Lengths from 15 on share a bit.
        #expect(filter.mayContain("a-made-up-word-that-is-quite-long-n"))
        // A word with a non-ASCII first or last byte is always passed on.
        #expect(filter.mayContain("café") && filter.mayContain("élan"))
    }
}

@Suite struct WordShapeFilterShapeTests {
    @Test func oneShapeAnswersAsTheWordDoes() {
        let filter = WordShapeFilter(keys: ["said", "put"])
        for word in ["said", "sped", "say", "put", "café", "x", ""] {
            #expect(filter.mayContain(shape: WordShapeFilter.shape(of: word)) == filter.mayContain(word), "\(word)")
        }
        #expect(WordShapeFilter.shape(of: "élan") == nil)
        #expect(WordShapeFilter.shape(of: "said") == WordShapeFilter.shape(of: "sped"))
    }
}
