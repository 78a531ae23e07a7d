import Foundation
import Testing
@testable import Hearsay

/// JSONL records carry title, date, URL and site name into the report.
@Suite struct RecordMetadataTests {
    @Test func recordMetadataOverridesTheText() throws {
        let line = Array(#"{"id": "r1", "text": "“Fine,” said Ann Lee.", "title": "Headline", "date": "2016-09-12", "site_name": "Daily", "url": "https://example.com/r1"}"#.utf8)
        let input = InputEnumerator.record(line, source: "x.jsonl", line: 1, base: "/")
        guard case let .annotated(inner, metadata) = input else { Issue.record("expected metadata"); return }
        #expect(inner.id == "r1" && input.id == "r1")
        #expect(metadata == RecordMetadata(title: "Headline", date: "2016-09-12", url: "https://example.com/r1", siteName: "Daily"))
        let outcome = CorpusRunner.process(input, try Pipeline.standard().makeAnalyzer())
        guard case let .analysis(analysis) = outcome else { Issue.record("analysis failed"); return }
        #expect(analysis.title == "Headline")
        #expect(analysis.metadata.date == "2016-09-12")
        #expect(ArticleOutlet.name(analysis.metadata) == "Daily")
    }

    @Test func plainRecordsStayPlain() {
        let input = InputEnumerator.record(Array(#"{"id": "r2", "text": "Hello."}"#.utf8), source: "x.jsonl", line: 1, base: "/")
        guard case .text = input else { Issue.record("expected a plain text input"); return }
    }

    @Test func outletFallsBackToTheHost() {
        #expect(ArticleOutlet.name(ArticleMetadata(url: "https://www.nytimes.com/2016/a.html")) == "nytimes.com")
        #expect(ArticleOutlet.name(ArticleMetadata()) == nil)
    }
}
