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
}
