import Testing
@testable import Hearsay

@Suite struct SpeakerWordsTests {
    @Test func everyListedWordCarriesTheBitsOfItsLists() {
        for (bit, words) in SpeakerWords.lists {
            for word in words { #expect(SpeakerWords.of(word).contains(bit), "\(word)") }
        }
        // A word on several lists has each of their bits.
        let and = SpeakerWords.of("and")
        #expect(and.contains([.thatOrConjunction, .andOrBut, .walkStop, .clauseStarter, .nominalStop]))
        #expect(!and.contains(.determiner))
    }

    @Test func unlistedWordsHaveOnlyTheirSpellingFacts() {
        #expect(SpeakerWords.of("plan").isEmpty)
        #expect(SpeakerWords.of("quickly") == .lyAdverb)
        // Four characters are not enough for an adverb: "only" is on the skippable list instead.
        #expect(!SpeakerWords.of("holy").contains(.lyAdverb))
        #expect(SpeakerWords.of("speaking").contains(.ingOrEd) && SpeakerWords.of("asked").contains(.ingOrEd))
        #expect(SpeakerWords.of("71-year-old").contains(.yearOld))
        // Lists hold lowercase words.
        #expect(!SpeakerWords.of("Monday").contains(.weekday) && SpeakerWords.of("monday").contains(.weekday))
    }

    @Test func spellingBitsAreThoseOfHasSuffixAndCount() {
        // ASCII words read on their bytes; others (a combining mark, a non-ASCII letter) by characters.
        let words = ["", "ly", "holy", "early", "quickly", "ing", "thing", "asked", "ed", "d", "71-year-old", "year-old", "-year-old",
                     "naïvely", "café", "fiancéed", "e\u{301}d", "l\u{301}y", "quickl\u{301}y", "ly\u{301}", "ŝing", "ﬁly",
                     "tab\tly", "a\r\nly", "emoji😀ing", "five-year-olds", "ĳly", "oily", "lily", "ng", "bing", "ning", "seed",
                     "9-year-old", "tenyear-old", "x-year-olD", "-Year-old", "2-year_old", "\u{7F}ing", "ed\u{1F}"]
        for word in words {
            var expected: SpeakerWords = []
            if word.hasSuffix("ly") && word.count > 4 { expected.insert(.lyAdverb) }
            if word.hasSuffix("ing") || word.hasSuffix("ed") { expected.insert(.ingOrEd) }
            if word.hasSuffix("-year-old") { expected.insert(.yearOld) }
            #expect(SpeakerWords.spelling(of: word) == expected, "\(word.debugDescription)")
        }
        #expect(SpeakerWords.spelling(of: "early") == .lyAdverb && SpeakerWords.spelling(of: "naïvely") == .lyAdverb)
        #expect(SpeakerWords.spelling(of: "quickl\u{301}y").isEmpty)
        #expect(Array("year-old".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) } == SpeakerWords.yearOldWord)
    }

    @Test func theMemoComputesEachIdOnce() {
        let memo = SpeakerWordMemo(count: 3)
        var asked = 0
        for _ in 0..<3 { #expect(memo.words(1) { asked += 1; return "the" }.contains(.article)) }
        #expect(asked == 1)
        var looked = 0
        for _ in 0..<3 { #expect(memo.answer(.pronoun, 1) { looked += 1; return true }) }
        #expect(!memo.answer(.role, 1) { false })
        #expect(!memo.answer(.role, 1) { true })
        #expect(looked == 1)
        // Answers to questions leave the word bits alone, and other ids alone.
        #expect(memo.words(1) { "x" }.contains(.article))
        #expect(memo.words(2) { "monday" } == .weekday)
    }
}
