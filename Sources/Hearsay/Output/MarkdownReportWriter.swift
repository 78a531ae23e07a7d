/// Writes a Markdown quote report per article, streamed in input order; articles are
/// separated by a horizontal rule. See `MarkdownRenderer` for what each report shows.
public struct MarkdownReportWriter: ReportWriter {
    let file: OutputFile
    var count = 0

    /// A writer to `path` (nil: standard output).
    public init(path: String?) throws {
        self.file = try OutputFile(path: path)
    }

    /// Writes one article's report (or its failure notice) right away.
    public mutating func write(_ outcome: AnalysisOutcome) throws {
        if count > 0 { file.write("\n---\n\n") }
        file.write(MarkdownRenderer.render(outcome))
        count += 1
    }

    /// Commits the file.
    public mutating func finish() throws {
        if count == 0 { file.write("No articles.\n") }
        try file.commit()
    }
}
