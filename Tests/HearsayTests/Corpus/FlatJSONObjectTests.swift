import Foundation
import Testing
@testable import Hearsay

@Suite struct FlatJSONObjectTests {
    func parse(_ line: String) -> [String: String]? { FlatJSONObject.parse(Array(line.utf8)) }

    @Test func readsAFlatObjectOfStrings() {
        #expect(parse(#"{"id":"a1","text":"Two lines.\nEnd."}"#) == ["id": "a1", "text": "Two lines.\nEnd."])
        #expect(parse(" \t{ \"id\" : \"x\" ,\r\n\"title\":\"\" } ") == ["id": "x", "title": ""])
        #expect(parse("{}") == [:])
    }

    @Test func unescapesEveryEscape() {
        #expect(parse(#"{"t":"q\" b\\ s\/ \b\f\n\r\t"}"#) == ["t": "q\" b\\ s/ \u{08}\u{0C}\n\r\t"])
        #expect(parse(#"{"t":"caf\u00e9 \u00E9 \u2014 \ud83d\ude00 end"}"#) == ["t": "café é — 😀 end"])
        // Raw multi-byte text passes through as it is, escapes or not around it.
        #expect(parse(#"{"t":"“Zoë” said \"no\" — ok"}"#) == ["t": "“Zoë” said \"no\" — ok"])
    }

    /// Lines the quick reader leaves to `JSONSerialization`: other value types, nesting, bad
    /// escapes, repeated keys, raw control characters, bad UTF-8 and anything after the object.
    @Test func declinesWhatItCannotVouchFor() {
        let declined = [
            #"{"id":7,"text":"x"}"#, #"{"text":"x","authors":["A"]}"#, #"{"m":{"a":"b"}}"#, #"{"t":null}"#,
            #"{"t":"a\x"}"#, #"{"t":"\ud83d"}"#, #"{"t":"\ude00"}"#, #"{"t":"\ud83d\u0041"}"#, #"{"t":"\u12"}"#,
            #"{"t":"\u0000"}"#, #"{"t":"a","t":"b"}"#, "{\"t\":\"a\u{01}b\"}", "{\"t\":\"a\tb\"}",
            #"{"t":"x"} x"#, #"{"t":"x"}{}"#, #"{"t":"x",}"#, #"{"t" "x"}"#, #"{"t":"x""#, #"["t"]"#, #""t""#, "",
            #"{"t":"unterminated}"#,
        ]
        for line in declined { #expect(parse(line) == nil, "\(line)") }
        #expect(FlatJSONObject.parse([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D]) == nil)
        #expect(FlatJSONObject.parse([0xEF, 0xBB, 0xBF] + Array(#"{"t":"x"}"#.utf8)) == nil)
        // A byte-order mark anywhere, raw or escaped (Foundation drops some of them).
        #expect(parse("{\"t\":\"a\\n\u{FEFF}b\"}") == nil)
        #expect(parse("{\"t\":\"a\u{FEFF}b\"}") == nil)
        #expect(parse(#"{"t":"a\ufeffb"}"#) == nil)
    }

    /// Whatever it reads, it reads as Foundation does, escapes at every position of strings
    /// longer than the eight bytes it scans at a time.
    @Test func agreesWithJSONSerialization() throws {
        var lines: [String] = []
        for escape in [#"\""#, #"\\"#, #"\n"#, #"\u00e9"#, #"\ud83d\ude00"#, "é", "—"] {
            for position in 0...18 {
                var text = Array(repeating: "a", count: 18)
                text.insert(escape, at: position)
                lines.append(#"{"id":"n\#(position)","text":"\#(text.joined())","title":"T"}"#)
            }
        }
        for line in lines {
            let flat = try #require(parse(line), "\(line)")
            let foundation = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(flat == foundation.mapValues { $0 as? String }, "\(line)")
        }
    }
}
