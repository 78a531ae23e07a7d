/// Writes one self-contained HTML page for all articles (see `HTMLRenderer`).
///
/// Each article is rendered as it arrives and written to a spool file; only its
/// table-of-contents entry (title, anchor, quote count) stays in memory. `finish()` writes the
/// page head and the table of contents, copies the spooled articles after them and commits.
public struct HTMLReportWriter: ReportWriter {
    let file: OutputFile
    let spool: SpoolFile
    var contents: [HTMLRenderer.ContentsEntry] = []

    /// A writer to `path` (nil: standard output, written when the run finishes).
    public init(path: String?) throws {
        self.file = try OutputFile(path: path)
        self.spool = try SpoolFile(beside: path)
    }

    /// Renders one article (or its failure notice) into the spool.
    public mutating func write(_ outcome: AnalysisOutcome) throws {
        let (html, entry) = HTMLRenderer.article(outcome, number: contents.count + 1)
        spool.write(html)
        contents.append(entry)
    }

    /// Writes the head and table of contents, then the articles, and commits the file.
    public mutating func finish() throws {
        file.write(HTMLRenderer.pageStart(contents))
        try spool.drain(into: file)
        file.write(HTMLRenderer.pageEnd)
        try file.commit()
    }
}
