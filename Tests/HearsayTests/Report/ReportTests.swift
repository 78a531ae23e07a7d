import Foundation
import Testing
@testable import Hearsay

@Suite struct ReportTests {
    @Test func offsetsAreCodePointsIntoText() throws {
        let text = "Café owner Zoë Ñúñez said: “Ça va très bien — merci.” 😀 Then she left for Paris."
        let analysis = try TestSupport.analyze(text)
        let report = Report(analysis)
        let scalars = Array(report.text.unicodeScalars)
        func slice(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        let quote = try #require(report.quotes.first)
        #expect(slice(quote.start, quote.end) == quote.text)
        #expect(quote.text == "Ça va très bien — merci.")
        let speaker = try #require(quote.speaker)
        #expect(slice(speaker.mentionStart, speaker.mentionEnd) == speaker.mention)
        for place in report.places { for m in place.mentions { #expect(slice(m.start, m.end) == m.text) } }
        #expect(report.text == text, "plain-text input: text equals the input")
        #expect(report.offsetUnit == "codepoint")
    }

    @Test func jsonRoundTripsThroughCodable() throws {
        let analysis = try Pipeline.standard().analyze(bytes: TestSupport.seedBytes(), id: "seed")
        let report = Report(analysis)
        let decoded = try JSONDecoder().decode(Report.self, from: Data(report.json()))
        #expect(decoded == report)
        let pretty = try JSONDecoder().decode(Report.self, from: Data(report.json(pretty: true)))
        #expect(pretty == report)
    }

    @Test func jsonEscapesControlCharacters() throws {
        let report = Report(try TestSupport.analyze("Tab\there, quote \" and backslash \\ and \u{01} bell."))
        let object = try JSONSerialization.jsonObject(with: Data(report.json())) as? [String: Any]
        #expect(object?["text"] as? String == "Tab\there, quote \" and backslash \\ and \u{01} bell.")
    }

    @Test func schemaFieldNames() throws {
        let report = Report(try TestSupport.analyze("“Yes,” said Ann Lee."))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json())) as? [String: Any])
        for key in ["schema_version", "id", "title", "text", "offset_unit", "paragraphs", "sentences", "quotes", "people", "places",
                    "organizations", "warnings"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let quote = try #require((object["quotes"] as? [[String: Any]])?.first)
        for key in ["text", "start", "end", "kind", "speaker", "cue", "sieve", "confidence"] { #expect(quote[key] != nil, "missing quote.\(key)") }
        let speaker = try #require(quote["speaker"] as? [String: Any])
        for key in ["name", "mention", "mention_start", "mention_end"] { #expect(speaker[key] != nil, "missing speaker.\(key)") }
    }

    @Test func offsetConverter() {
        let converter = OffsetConverter(Array(String(repeating: "é", count: 600).utf8))
        #expect(converter.codePoint(0) == 0)
        #expect(converter.codePoint(2) == 1)
        #expect(converter.codePoint(1000) == 500)
        #expect(converter.codePoint(1200) == 600)
    }
}
