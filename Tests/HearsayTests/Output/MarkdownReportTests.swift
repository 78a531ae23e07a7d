import Testing
@testable import Hearsay

/// The Markdown quote report: speakers with their quotes and sentences, unattributed quotes,
/// mentions with counts, warnings, and escaping.
@Suite struct MarkdownReportTests {
    /// The lines of the section under `## heading`, up to the next `## ` heading.
    static func section(_ markdown: String, _ heading: String) -> [Substring] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: Substring("## " + heading)) else { return [] }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { $0.hasPrefix("## ") } ?? rest.endIndex
        return Array(rest[..<end])
    }

    /// The speaker sections under "Quotes by speaker": name, then the numbered quote lines and sentence lines.
    static func speakers(_ markdown: String) -> [(name: String, quotes: [Substring], sentences: [Substring])] {
        var result: [(name: String, quotes: [Substring], sentences: [Substring])] = []
        for line in section(markdown, "Quotes by speaker") {
            if line.hasPrefix("### ") { result.append((String(line.dropFirst(4)), [], [])); continue }
            guard !result.isEmpty else { continue }
            if line.first?.isNumber == true { result[result.count - 1].quotes.append(line) }
            if line.trimmingPrefix(while: { $0 == " " }).hasPrefix("> ") { result[result.count - 1].sentences.append(line) }
        }
        return result
    }

    @Test func seedShowsMattisWithTwoQuotesAndLavrovWithOne() throws {
        let analysis = try Pipeline.standard().analyze(bytes: TestSupport.seedBytes(), id: "seed")
        let markdown = MarkdownRenderer.render(analysis)
        #expect(markdown.hasPrefix("# US not ready to collaborate militarily with Russia, says Trump’s defence secretary\n"))
        let speakers = Self.speakers(markdown)
        #expect(speakers.map(\.name) == ["Jim Mattis", "Sergey Lavrov"])
        #expect(speakers.map(\.quotes.count) == [2, 1])
        #expect(speakers.map(\.sentences.count) == [2, 1])
        #expect(markdown.contains("*defence secretary* · 2 quotes"))
        #expect(markdown.contains("*foreign minister* · 1 quote\n"))
        // Each quote comes with its whole sentence, the quote in bold.
        #expect(speakers[0].quotes[0].hasPrefix("1. “very little doubt that they have"))
        #expect(speakers[0].sentences[0].contains("Mr Mattis followed his dismissal with a sharp assessment of Russia’s alleged election meddling, saying there is **“very little doubt"))
        #expect(speakers[0].sentences[0].hasSuffix("in the democracies”**."))
        #expect(speakers[0].sentences[1].contains("Political leaders, Mr Mattis said, will seek **“a way forward where Russia"))
        #expect(speakers[0].sentences[1].hasSuffix("prove itself first”**."))
        #expect(speakers[1].sentences[0].hasSuffix("> He repeated Moscow’s standard line that Russia **“does not interfere in the domestic matters of other countries”**."))
        #expect(markdown.contains("cue *repeated* · named as “He” · sieve leading-cue, confidence 0.81 · kind mixed"))
        #expect(Self.section(markdown, "Unattributed quotes").contains("None."))
        #expect(Self.section(markdown, "People mentioned").contains("| Jim Mattis | defence secretary | 4 |"))
        #expect(Self.section(markdown, "Places mentioned").contains("| Russia | 9 |"))
        #expect(Self.section(markdown, "Warnings").contains("None."))
    }

    @Test func unattributedQuotesHaveTheirOwnSection() throws {
        let analysis = try TestSupport.analyze("The weather was cold. “We are closed for the winter & will not open again until spring.” Later, “We stay,” said Ann Lee.")
        #expect(analysis.quotes.contains { $0.attribution == nil }, "the example needs an unattributed quote")
        let markdown = MarkdownRenderer.render(analysis)
        let unattributed = Self.section(markdown, "Unattributed quotes")
        #expect(unattributed.contains { $0 == "1. “We are closed for the winter & will not open again until spring.”  " })
        #expect(unattributed.contains { $0.contains("no speaker found") })
        #expect(unattributed.contains { $0 == "   > **“We are closed for the winter & will not open again until spring.”**" })
        #expect(Self.speakers(markdown).map(\.name) == ["Ann Lee"])
    }

    @Test func warningsComeLast() throws {
        let analysis = try TestSupport.analyze("“This never closes, said Ann Lee.")
        #expect(!analysis.warnings.isEmpty, "the example needs a warning")
        let markdown = MarkdownRenderer.render(analysis)
        let warnings = Self.section(markdown, "Warnings")
        #expect(warnings.contains { $0.hasPrefix("- unclosed-quote: ") })
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.last == "## Warnings")
    }

    @Test func markupInQuotesIsEscaped() throws {
        let analysis = try TestSupport.analyze("“It is <script>alert(1)</script> & *bold* [x](y) &amp;,” said Bob Stone.")
        let markdown = MarkdownRenderer.render(analysis)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> & \\*bold\\* \\[x\\](y) \\&amp;"))
    }

    @Test func failuresAreShownNotDropped() {
        let markdown = MarkdownRenderer.render(AnalysisOutcome.failure(id: "broken.gz", message: "cannot inflate"))
        #expect(markdown == "# broken.gz\n\n**Could not be analysed:** cannot inflate\n")
    }

    @Test func escapingHelpers() {
        #expect(MarkdownEscaping.inline("a *b* <i> & c\nd") == "a \\*b\\* \\<i\\> & c d")
        #expect(MarkdownEscaping.lineStart("1. not a list") == "1\\. not a list")
        #expect(MarkdownEscaping.lineStart("- not a list") == "\\- not a list")
        #expect(MarkdownEscaping.lineStart("# not a heading") == "\\# not a heading")
    }

    /// README's excerpt of the seed's Markdown report is what the renderer writes.
    @Test func readmeExcerptIsTheStartOfTheSeedReport() throws {
        let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
        let intro = try #require(readme.range(of: "For the seed article the Markdown report begins:\n\n```markdown\n"))
        let end = try #require(readme[intro.upperBound...].range(of: "…\n```"))
        let excerpt = String(readme[intro.upperBound..<end.lowerBound])
        let analysis = try Pipeline.standard().analyze(bytes: TestSupport.seedBytes(), id: "Corpora/seed-article.html")
        #expect(MarkdownRenderer.render(analysis).hasPrefix(excerpt))
        #expect(excerpt.count > 500)
    }
}
