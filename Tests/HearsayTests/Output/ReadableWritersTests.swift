import Foundation
import Testing
@testable import Hearsay

/// The Markdown and HTML writers as `hearsay analyze --format markdown|html` uses them:
/// streamed, one file for several articles, failures kept, no temporary files left behind.
@Suite struct ReadableWritersTests {
    /// A fresh empty folder, removed by the caller.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-writers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func htmlWriterSpoolsArticlesAndWritesTheContentsFirst() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.html").path
        var writer = try ReportWriters.make(.html, path: out, options: OutputOptions())
        let pipeline = Pipeline.standard()
        try writer.write(.analysis(try pipeline.analyze(text: "“One,” said Ann Lee.")))
        try writer.write(.failure(id: "missing.html", message: "cannot read missing.html"))
        try writer.write(.analysis(try pipeline.analyze(text: "“Two,” said Bob Stone.")))
        #expect(!FileManager.default.fileExists(atPath: out), "nothing at the destination before finish")
        try writer.finish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.html"], "spool and partial files are gone")
        let page = try MarkupNode.parse(String(contentsOfFile: out, encoding: .utf8))
        let nav = try #require(page.all("nav").first)
        #expect(nav.all("li").count == 3)
        #expect(nav.all("li")[1].text.contains("could not be analysed"))
        #expect(page.all("article").count == 3)
        #expect(page.withClass("failure").first?.text == "Could not be analysed: cannot read missing.html")
        #expect(page.withClass("who").map(\.text) == ["Ann Lee", "Bob Stone"])
    }

    @Test func markdownWriterSeparatesArticles() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.md").path
        var writer = try ReportWriters.make(.markdown, path: out, options: OutputOptions())
        try writer.write(.analysis(try Pipeline.standard().analyze(text: "“One,” said Ann Lee.")))
        try writer.write(.failure(id: "missing.html", message: "cannot read missing.html"))
        try writer.finish()
        let markdown = try String(contentsOfFile: out, encoding: .utf8)
        let parts = markdown.components(separatedBy: "\n---\n\n")
        #expect(parts.count == 2)
        #expect(parts[0].contains("### Ann Lee"))
        #expect(parts[1] == "# missing.html\n\n**Could not be analysed:** cannot read missing.html\n")
    }

    @Test func commandWritesMarkdownAndHTML() throws {
        let markdown = try TestSupport.run(["analyze", TestSupport.seedPath, "--format", "markdown"])
        #expect(markdown.status == 0)
        let text = String(decoding: markdown.out, as: UTF8.self)
        #expect(text.contains("### Jim Mattis\n\n*defence secretary* · 2 quotes"))
        #expect(text.contains("### Sergey Lavrov\n\n*foreign minister* · 1 quote"))

        let html = try TestSupport.run(["analyze", TestSupport.seedPath, TestSupport.seedPath, "--format", "html"])
        #expect(html.status == 0)
        let page = try MarkupNode.parse(String(decoding: html.out, as: UTF8.self))
        #expect(page.all("nav").count == 1)
        #expect(page.all("article").count == 2)
        #expect(HTMLReportTests.quoteMarks(page).count == 6)
    }
}
