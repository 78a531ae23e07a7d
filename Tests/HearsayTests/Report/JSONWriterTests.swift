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
}
