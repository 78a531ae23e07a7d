import Foundation
import Testing
@testable import Hearsay

@Suite struct JSONWriterTests {
    func written(_ s: String) -> String {
        var w = JSONWriter()
        w.value(s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(written("plain") == "\"plain\"")
        #expect(written("") == "\"\"")
        #expect(written("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"")
        #expect(written("a\nb\rc\td\u{01}e\u{1F}") == "\"a\\nb\\rc\\td\\u0001e\\u001f\"")
        #expect(written("“Moscow’s” — Zoë 🙂") == "\"“Moscow’s” — Zoë 🙂\"")
    }

    @Test func roundTripsThroughAJSONParser() throws {
        let samples = ["\"", "\\\\", "end\n", "\u{00}\u{7F}é\"x\"", String(repeating: "ab\"c", count: 100)]
        for sample in samples {
            let data = Data(written(sample).utf8)
            let decoded = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) as? String
            #expect(decoded == sample)
        }
    }

    /// Each character that needs an escape at every position of a string longer than the
    /// eight bytes scanned at a time, among ASCII and multi-byte text.
    @Test func escapesAtEveryPositionOfALongString() throws {
        for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}"] {
            for position in 0...20 {
                var sample = Array(repeating: "é", count: 4) + Array(repeating: "a", count: 12)
                sample.insert(special, at: min(position, sample.count))
                let text = sample.joined()
                let data = Data(written(text).utf8)
                let decoded = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) as? String
                #expect(decoded == text, "\(special.debugDescription) at \(position)")
            }
        }
    }

    /// Commas between members and elements at every depth, empty containers, and numbers.
    @Test func nestsObjectsAndArraysWithCommas() {
        func build(pretty: Bool) -> String {
            var w = JSONWriter(pretty: pretty)
            w.beginObject()
            w.member("a", 0)
            w.key("list"); w.beginArray()
            w.value(7); w.value(1234567890); w.beginObject(); w.endObject(); w.beginArray(); w.endArray()
            w.beginObject(); w.member("x", -12); w.member("y", "z"); w.endObject()
            w.endArray()
            w.key("empty"); w.beginArray(); w.endArray()
            w.member("n", nil as Int?)
            w.endObject()
            return String(decoding: w.bytes, as: UTF8.self)
        }
        #expect(build(pretty: false) == #"{"a":0,"list":[7,1234567890,{},[],{"x":-12,"y":"z"}],"empty":[],"n":null}"#)
        // Pretty output starts each value on a line of its own, the first one too.
        #expect(build(pretty: true) == "\n" + """
            {
              "a": 0,
              "list": [
                7,
                1234567890,
                {},
                [],
                {
                  "x": -12,
                  "y": "z"
                }
              ],
              "empty": [],
              "n": null
            }
            """)
    }

    @Test func writesDecimalsAsStringDoes() {
        for n in [0, 9, 10, 99, 100, 65_535, Int(Int32.max), Int.max, -1, Int.min] {
            var w = JSONWriter()
            w.decimal(n)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(n))
        }
    }

    /// Commas stay right at depths past the 64 levels kept in one word of bits.
    @Test func nestsDeeperThanSixtyFourLevels() {
        var w = JSONWriter()
        for level in 0..<100 { w.beginArray(); w.value(level) }
        for level in (0..<100).reversed() { w.endArray(); w.value("after\(level)") }
        // Each array holds its number and the next array, then is followed by a string.
        let expected = (0..<100).map { "[\($0)" }.joined(separator: ",")
            + (0..<100).reversed().map { "],\"after\($0)\"" }.joined()
        #expect(String(decoding: w.bytes, as: UTF8.self) == expected)
    }
}
