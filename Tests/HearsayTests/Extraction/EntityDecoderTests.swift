import Testing
@testable import Hearsay

@Suite struct EntityDecoderTests {
    let decoder = EntityDecoder.shared

    @Test func decodesHTML5NamedReferencesLibxml2DoesNotKnow() {
        #expect(decoder.decode("a&comma; b&NewLine;c&sol;d&period;") == "a, b\nc/d.")
        #expect(decoder.decode("&lbrace;&rcub;&lpar;&rpar;&quest;") == "{}()?")
    }

    @Test func decodesNumericReferences() {
        #expect(decoder.decode("&#8217;&#x2019;&#X201C;") == "’’“")
        #expect(decoder.decode("&#150;") == "–", "C1 controls map through Windows-1252")
    }

    @Test func replacesInvalidCodePoints() {
        #expect(decoder.decode("&#x110000;") == "\u{FFFD}")
        #expect(decoder.decode("&#0;") == "\u{FFFD}")
        #expect(decoder.decode("&#xD800;") == "\u{FFFD}")
        #expect(decoder.decode("&#99999999999999999999;") == "\u{FFFD}")
    }

    @Test func leavesUnknownNamesAsText() {
        #expect(decoder.decode("&bogus; AT&T & more") == "&bogus; AT&T & more")
    }

    @Test func legacyNamesWithoutSemicolon() {
        #expect(decoder.decode("fish &amp chips &copy 2020") == "fish & chips © 2020")
    }

    @Test func doubleEncodingNeedsTwoPasses() {
        #expect(decoder.decode("Russia&&num;8217&semi;s", passes: 1) == "Russia&#8217;s")
        #expect(decoder.decode("Russia&&num;8217&semi;s", passes: 2) == "Russia’s")
    }

    @Test func tableHasEveryHTML5Name() {
        #expect(decoder.table.count == 2231)
    }
}
