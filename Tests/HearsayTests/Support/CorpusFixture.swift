import Foundation
@testable import Hearsay

/// A six-article corpus for the corpus-level tests: Donald Trump named in full and as
/// "Mr. Trump" alone, Hillary and Bill Clinton, an ambiguous lone "Clinton", and a quote with
/// commas and inner quotation marks.
enum CorpusFixture {
    static let records: [(id: String, text: String, date: String)] = [
        ("a1", "“We will build it, and fast,” said Donald Trump in Ohio. Mr. Trump spoke for an hour.", "2016-03-01"),
        ("a2", "“The plan is a disgrace,” said Hillary Clinton in Iowa. Mrs. Clinton left early.", "2016-03-02"),
        ("a3", "“I will win Florida,” Mr. Trump said on Tuesday.", "2016-04-05"),
        ("a4", "“Ask me later,” said Bill Clinton in Arkansas. “Much later,” Mr. Clinton added.", "2016-04-06"),
        ("a5", "“We are ready for them,” Clinton said.", "2016-05-01"),
        ("a6", "“First part, with a comma.\n\n“Second part with “inner” words,” said Ann Lee, the union leader.", "2016-05-02"),
    ]

    /// Quotes the pipeline finds in the corpus (checked by `analysesHaveTheExpectedQuotes`).
    static let quoteCount = 8

    /// The analyses, with each record's date.
    static func analyses() throws -> [Analysis] {
        let pipeline = Pipeline.standard()
        return try records.map { record in
            var analysis = try pipeline.analyze(text: record.text, id: record.id)
            analysis.metadata.date = record.date
            return analysis
        }
    }

    /// The corpus as a JSONL input file of `{"id", "text", "date"}` records.
    static func writeInput(to url: URL) throws {
        let lines = try records.map { record -> String in
            let data = try JSONSerialization.data(withJSONObject: ["id": record.id, "text": record.text, "date": record.date], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A report decoded from hand-written JSON whose cells are awkward for spreadsheets: a quote
    /// and a title with commas, quotation marks and a line break.
    static func awkwardReport() throws -> Report {
        let json = #"""
        {"schema_version": 1, "id": "odd,id", "title": "Title, with \"quotes\"", "text": "He said: \"Yes, we\nwill,\" and left. Later.",
         "offset_unit": "codepoint",
         "metadata": {"authors": ["A, B"], "date": "2016-01-02", "site_name": null, "url": "https://www.example.org/x", "language": null, "description": null},
         "paragraphs": [{"start": 0, "end": 41, "kind": "body"}],
         "sentences": [{"start": 0, "end": 34}, {"start": 35, "end": 41}],
         "quotes": [{"text": "Yes, we\nwill,", "start": 10, "end": 23, "kind": "direct", "paragraph": 0,
                     "speaker": {"name": "Jo \"JJ\" Smith", "mention": "He", "mention_start": 0, "mention_end": 2},
                     "cue": "said", "cue_start": 3, "cue_end": 7, "sieve": "leading-cue", "confidence": 0.9}],
         "people": [{"name": "Jo \"JJ\" Smith", "gender": "u", "roles": [], "mentions": [{"text": "He", "start": 0, "end": 2}]}],
         "places": [], "organizations": [], "other_quoted": [], "warnings": []}
        """#
        return try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    }
}
