import Testing
@testable import Hearsay

/// `DateNormalizer` gives every value the answer of its Foundation formatters, whichever way it
/// reaches it.
@Suite struct DateNormalizerTests {
    @Test func everyShapeGetsTheFormattersAnswer() {
        // Made-up values of the shapes pages use: RFC 3339, the numeric shapes read by hand, and
        // shapes only the formatters read.
        for value in ["2019-11-19T07:03:25+00:00", "2019-11-19T04:58:46Z", "2019-11-20T06:35:39+0000",
                      "2019-11-19T13:03:00.000Z", "2019-11-18T17:01:27.893", "2019-11-19 02:24:00", "2019-11-18",
                      "2019-11-20T06:37:00", "19 Nov 2019 07:09 GMT", "Mon, 18 Nov 2019 16:07:38 -0600",
                      "November 19, 2019", "2019/11/19", "not a date", "  2019-11-18  "] {
            let trimmed = WhitespaceTrimming.trimmed(value)
            let expected = DateNormalizer.isInternetDateTime(trimmed) ? trimmed : DateNormalizer.viaFormatters(trimmed)
            #expect(DateNormalizer.iso8601(value) == expected, "\(value)")
        }
    }

    @Test func valuesStartingWithALetterSkipOnlyParsersThatCannotReadThem() {
        // Made-up values in words: some parse (month or weekday first), some parse nowhere.
        let parsing = ["November 19, 2019", "Nov 3, 2021", "Mon, 18 Nov 2019 16:07:38 -0600",
                       "Tue, 01 Dec 2020 00:00:00 +0100", "February 29, 2020", "Sep 30, 1999"]
        let failing = ["November 20, 2019 12:32", "Tue Nov 19 2019 03:05:46 GMT+0000", "Updated 2019-11-19",
                       "T2019-11-19T07:03:25Z", "Z", "November 19, 2019, 07:47 PM EST", "Nov 31, 2019"]
        for value in parsing + failing {
            #expect(DateNormalizer.startsWithLetter(value))
            #expect(DateNormalizer.viaFormatters(value, fromLetter: true) == DateNormalizer.viaFormatters(value), "\(value)")
        }
        for value in parsing { #expect(DateNormalizer.viaFormatters(value, fromLetter: true) != nil, "\(value)") }
        #expect(!DateNormalizer.startsWithLetter("19 Nov 2019"))
        #expect(!DateNormalizer.startsWithLetter(""))
        #expect(!DateNormalizer.startsWithLetter("\u{C9}t\u{E9} 2019"))
    }

    @Test func numericShapesAreNormalisedToUTC() {
        #expect(DateNormalizer.iso8601("2019-11-19T13:03:00.000Z") == "2019-11-19T13:03:00Z")
        #expect(DateNormalizer.iso8601("2019-11-19 02:24:00") == "2019-11-19T02:24:00Z")
        #expect(DateNormalizer.iso8601("2019-11-18T17:01:27.893") == nil)
        #expect(DateNormalizer.iso8601("2019-11-18") == "2019-11-18")
    }
}
