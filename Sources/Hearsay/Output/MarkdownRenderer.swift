/// Renders an analysis as a Markdown quote report people read: the title and metadata, the
/// quotes grouped by speaker (each with its cue and its sentence), the unattributed quotes, the
/// people, places and organisations mentioned with counts, and the warnings.
///
///     let analysis = try Pipeline.standard().analyze(text: "“No,” said Ann Lee.")
///     print(MarkdownRenderer.render(analysis))   // "# Untitled article …### Ann Lee …"
public enum MarkdownRenderer {
    /// The Markdown report of one analysed article. O(length of the report).
    public static func render(_ analysis: Analysis) -> String { render(ArticleDigest(analysis)) }

    /// The Markdown report of an article's digest.
    public static func render(_ digest: ArticleDigest) -> String {
        var out = "# \(MarkdownEscaping.inline(digest.title ?? "Untitled article"))\n\n"
        out += metadata(digest)
        out += "\n## Quotes by speaker\n\n"
        if digest.speakers.isEmpty { out += "No attributed quotes.\n" }
        for (k, speaker) in digest.speakers.enumerated() {
            if k > 0 { out += "\n" }
            out += "### \(MarkdownEscaping.inline(speaker.name))\n\n"
            var about = speaker.roles.map { "*\(MarkdownEscaping.inline($0))*" }
            about.append(ArticleDigest.counted(speaker.entries.count, "quote"))
            out += about.joined(separator: " · ") + "\n\n"
            out += entries(speaker.entries)
        }
        out += "\n## Unattributed quotes\n\n"
        out += digest.unattributed.isEmpty ? "None.\n" : entries(digest.unattributed)
        out += "\n## People mentioned\n\n"
        out += table(digest.people, heading: "Person", withRoles: true)
        out += "\n## Places mentioned\n\n"
        out += table(digest.places, heading: "Place", withRoles: false)
        out += "\n## Organisations mentioned\n\n"
        out += table(digest.organizations, heading: "Organisation", withRoles: false)
        out += "\n## Warnings\n\n"
        out += digest.warnings.isEmpty ? "None.\n" : digest.warnings.map { "- \(MarkdownEscaping.inline($0))\n" }.joined()
        return out
    }

    /// The Markdown for an input that could not be analysed at all.
    public static func renderFailure(id: String, message: String) -> String {
        "# \(MarkdownEscaping.inline(id))\n\n**Could not be analysed:** \(MarkdownEscaping.inline(message))\n"
    }

    /// The report for an outcome: the article's report, or the failure notice.
    public static func render(_ outcome: AnalysisOutcome) -> String {
        switch outcome {
        case let .analysis(analysis): return render(analysis)
        case let .failure(id, message): return renderFailure(id: id, message: message)
        }
    }

    /// The metadata list: source, then whatever the page declared, then the quote summary.
    static func metadata(_ digest: ArticleDigest) -> String {
        let m = digest.metadata
        var rows: [(String, String?)] = [("Source", digest.id)]
        rows.append(("By", m.authors.isEmpty ? nil : m.authors.joined(separator: ", ")))
        rows += [("Date", m.date), ("Site", m.siteName), ("URL", m.url), ("Language", m.language), ("Description", m.description)]
        var out = ""
        for (label, value) in rows {
            guard let value, !value.isEmpty else { continue }
            out += "- **\(label):** \(MarkdownEscaping.inline(value))\n"
        }
        out += "- **Quotes:** \(digest.quoteCount) from \(ArticleDigest.counted(digest.speakers.count, "speaker")), \(digest.unattributed.count) unattributed\n"
        return out
    }

    /// A numbered list of quotes, each with its cue line and its sentence as a block quote
    /// (the quote itself in bold); items are separated by blank lines.
    static func entries(_ entries: [ArticleDigest.Entry]) -> String {
        var items: [String] = []
        for (n, entry) in entries.enumerated() {
            var out = ""
            let marker = "\(n + 1). "
            let indent = String(repeating: " ", count: marker.count)
            out += marker + MarkdownEscaping.inline(entry.context.quote) + "  \n"
            let facts = entry.facts(escape: MarkdownEscaping.inline, emphasis: { "*\($0)*" })
            out += indent + facts.joined(separator: " · ") + "\n\n"
            let c = entry.context
            let sentence = MarkdownEscaping.lineStart(c.before) + "**" + MarkdownEscaping.inline(c.quote) + "**" + MarkdownEscaping.inline(c.after)
            out += indent + "> \(sentence)\n"
            items.append(out)
        }
        return items.joined(separator: "\n")
    }

    /// A table of names with their mention counts (and roles for people), or "None.".
    static func table(_ rows: [ArticleDigest.Count], heading: String, withRoles: Bool) -> String {
        guard !rows.isEmpty else { return "None.\n" }
        var out = withRoles ? "| \(heading) | Role or title | Mentions |\n| --- | --- | ---: |\n" : "| \(heading) | Mentions |\n| --- | ---: |\n"
        for row in rows {
            let name = MarkdownEscaping.inline(row.name)
            if withRoles {
                out += "| \(name) | \(MarkdownEscaping.inline(row.roles.joined(separator: ", "))) | \(row.mentions) |\n"
            } else {
                out += "| \(name) | \(row.mentions) |\n"
            }
        }
        return out
    }
}
