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

    /// The mask's lowest bit is the first byte to escape, whatever bytes surround it: every
    /// byte value at every place of a word, among bytes that need no escape (ASCII and the high
    /// bytes of multi-byte characters) and after other bytes that do.
    @Test func escapeMaskFindsTheFirstByteToEscape() {
        func needs(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C }
        for filler: UInt8 in [0x20, 0x21, 0x41, 0x7F, 0x80, 0xC3, 0xE2, 0xFF] {
            for place in 0..<8 {
                for b in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = b
                    // Bytes after the tested one that need an escape too must not move the answer.
                    if place < 7 { bytes[7] = 0x00 }
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let first = bytes.firstIndex(where: needs)
                    let mask = JSONWriter.escapeMask(word)
                    #expect(mask == 0 ? first == nil : mask.trailingZeroBitCount / 8 == first,
                            "filler \(filler) byte \(b) at \(place)")
                    #expect(JSONWriter.needsEscape(word) == (first != nil))
                }
            }
        }
    }

    /// The vector mask marks exactly the bytes to escape (0xFF, the others 0) at each of the
    /// sixteen places, whatever byte value and whatever bytes around it.
    @Test func vectorEscapeMaskMarksExactlyTheBytesToEscape() {
        func needs(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C }
        for filler: UInt8 in [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xE0, 0xFF, 0x0A] {
            for place in 0..<16 {
                for b in UInt8.min...UInt8.max {
                    var bytes = SIMD16<UInt8>(repeating: filler)
                    bytes[place] = b
                    var expected = SIMD2<UInt64>()
                    for k in 0..<16 where needs(bytes[k]) { expected[k / 8] |= 0xFF << UInt64(8 * (k % 8)) }
                    #expect(JSONWriter.escapeMask(bytes) == expected, "filler \(filler) byte \(b) at \(place)")
                }
            }
        }
    }

    /// The escape of `s` spelled out byte by byte, as the writer must give it.
    func expectedEscape(_ s: String) -> String {
        var out: [UInt8] = [0x22]
        for b in s.utf8 {
            switch b {
            case 0x22: out += Array(#"\""#.utf8)
            case 0x5C: out += Array(#"\\"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0..<0x20: out += Array(String(format: #"\u%04x"#, Int(b)).utf8)
            default: out.append(b)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// Strings of every length up to a few words, with each byte to escape at every place
    /// (shorter than eight bytes they are read as one padded word), give the escapes spelled out.
    @Test func escapesEveryShortStringAtEveryPlace() {
        for length in 0...18 {
            let plain = String(repeating: "x", count: length)
            #expect(written(plain) == expectedEscape(plain), "plain of \(length)")
            for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}"] {
                for place in 0...length {
                    var sample = Array(repeating: "a", count: length)
                    sample.insert(special, at: place)
                    let text = sample.joined()
                    #expect(written(text) == expectedEscape(text), "\(special.debugDescription) at \(place) of \(length)")
                }
            }
        }
        // Short strings around multi-byte characters, and nothing but escapes.
        for text in ["é", "é\"", "\"é", "’s", "a’\nb", "\u{02}\u{03}", "\"\"\"\"\"\"\""] {
            #expect(written(text) == expectedEscape(text), "\(text.debugDescription)")
        }
    }

    /// Up to sixteen bytes with nothing to escape are copied whole and reported copied; with a
    /// byte to escape anywhere, nothing is written and the caller is told to escape them.
    @Test func copiesShortRunsOnlyWhenNothingNeedsAnEscape() {
        for length in 0...16 {
            let plain = Array("Zoë’s plain word".utf8.prefix(length))
            var w = JSONWriter(capacity: 16)
            w.raw("<")
            let copied = plain.withUnsafeBufferPointer { w.copiedShort($0.baseAddress!, count: length) }
            #expect(copied, "plain of \(length)")
            #expect(w.bytes == Array("<".utf8) + plain, "plain of \(length)")
            for special: UInt8 in [0x22, 0x5C, 0x0A, 0x01, 0x1F] {
                for place in 0..<max(length, 1) where length > 0 {
                    var sample = plain
                    sample[place] = special
                    var w = JSONWriter(capacity: 16)
                    w.raw("<")
                    let copied = sample.withUnsafeBufferPointer { w.copiedShort($0.baseAddress!, count: length) }
                    #expect(!copied, "\(special) at \(place) of \(length)")
                    #expect(w.bytes == Array("<".utf8), "\(special) at \(place) of \(length)")
                }
            }
        }
    }

    /// A short string's bytes sit in the low bytes of the padded word, each byte above them an `a`.
    @Test func partialWordsHoldTheBytesThenPadding() {
        let bytes: [UInt8] = [0x22, 0x01, 0xE2, 0x80, 0x99, 0x5C, 0x7A]
        for count in 1...7 {
            let word = bytes.withUnsafeBytes { JSONWriter.partialWord($0.baseAddress!, count) }
            for place in 0..<8 {
                let byte = UInt8(truncatingIfNeeded: word >> UInt64(8 * place))
                #expect(byte == (place < count ? bytes[place] : 0x61), "\(count) bytes, byte \(place)")
            }
        }
    }

    /// Several escapes in one word and in a row, and a string that is all escapes.
    @Test func escapesRunsOfSpecialBytes() {
        #expect(written("a\"\"\\\n\"b") == #""a\"\"\\\n\"b""#)
        #expect(written(String(repeating: "\"", count: 20)) == "\"" + String(repeating: "\\\"", count: 20) + "\"")
        #expect(written("0123456\u{02}89abcdef\"") == #""0123456\u000289abcdef\"""#)
    }

    /// More escapes than the room `escaped` keeps for them in one write (two-byte and six-byte
    /// ones, close together and among long runs), into writers that start with almost no
    /// room, so that each write must grow the buffer: the same as escaping each byte alone.
    @Test func escapesPastTheRoomKeptForThem() {
        let pieces = ["\n", "\"", "\u{01}", "plain text of some length, ", "é", "\\", "\u{1F}", "ab"]
        for seed in 1...40 {
            var text = "", state = seed
            for _ in 0..<(seed * 7) {
                state = (state &* 1_103_515_245 &+ 12_345) & 0x7FFF_FFFF
                text += pieces[state % pieces.count]
            }
            var w = JSONWriter(capacity: 16)
            w.value(text)
            #expect(String(decoding: w.bytes, as: UTF8.self) == expectedEscape(text), "seed \(seed)")
        }
        let manyBreaks = String(repeating: "\n", count: 3 * JSONWriter.escapeRoom) + "end"
        #expect(written(manyBreaks) == "\"" + String(repeating: "\\n", count: 3 * JSONWriter.escapeRoom) + "end\"")
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
        var samples = [0, 9, 10, 99, 100, 65_535, Int(Int32.max), Int.max, -1, Int.min]
        var power = 1
        for _ in 0..<18 { power *= 10; samples += [power - 1, power, power + 1, power * 5 + 7] }
        for n in samples {
            var w = JSONWriter()
            w.decimal(n)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(n))
        }
    }

    /// JSON written straight into the returned array is the same whether it fits the room
    /// guessed for it or outgrows it.
    @Test func writesIntoTheArrayWhetherOrNotItFits() {
        func build(_ w: inout JSONWriter) {
            w.beginObject()
            w.member("text", String(repeating: "say \"hi\"\n", count: 30))
            w.key("list"); w.beginArray(); for n in 0..<50 { w.value(n * 997) }; w.endArray()
            w.endObject()
        }
        var reference = JSONWriter()
        build(&reference)
        for capacity in [0, 16, 100, 1_000, 100_000] {
            let bytes = JSONWriter.json(pretty: false, capacity: capacity) { build(&$0) }
            #expect(bytes == reference.bytes, "capacity \(capacity)")
        }
    }

    /// Numbers print as `String(d)` does (with ".0" for whole ones), on the thousandths fast
    /// path and off it.
    @Test func writesDoublesAsStringDoes() {
        var samples: [Double] = [0.85, 0.9, 0.001, 0.05, 0.005, 1.5, 12.25, 999_999.999, 0.0005, 1e-7, 0.1 + 0.2,
                                 1.0 / 3.0, 123_456.789, 1_000_000.5, 2.5e20, -0.75, -3.0, 0.0, 7.0]
        for k in stride(from: 1, to: 200_000, by: 7) { samples.append(Double(k) / 1000) }
        for k in stride(from: 1, to: 5_000, by: 3) { samples.append(Double(k) / 100 + 0.0001) }
        // Halfway between thousandths and a step either side of them, where the rounding of
        // `d * 1000` decides: none of these is a whole number of thousandths but `k / 1000`.
        for k in 1..<3_000 {
            let d = Double(k) / 1000
            samples += [(Double(k) + 0.5) / 1000, d.nextUp, d.nextDown, (d * 1000).nextDown / 1000]
        }
        for d in samples {
            var w = JSONWriter()
            w.value(d)
            let expected = d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d)
            #expect(String(decoding: w.bytes, as: UTF8.self) == expected, "\(d)")
        }
        var w = JSONWriter()
        w.value(Double.nan); w.value(Double.infinity)
        #expect(String(decoding: w.bytes, as: UTF8.self) == "null,null")
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
