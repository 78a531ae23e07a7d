/// Renders analyses as one self-contained HTML page (inline CSS, no scripts, fonts or network):
/// per article the title and metadata, the quotes grouped by speaker with their cue and sentence,
/// the unattributed quotes, the article text with every quote highlighted and labelled with its
/// speaker (hover or focus shows the sieve and confidence), the people, places and organisations
/// mentioned with counts, and the warnings. Several articles get a table of contents.
///
/// The page is also well-formed XML (every element closed, every attribute quoted), so XML
/// tools can read it.
///
///     let analysis = try Pipeline.standard().analyze(text: "“No,” said Ann Lee.")
///     let page = HTMLRenderer.render(analysis)   // "<!DOCTYPE html>…<mark class=\"quote s0\" …"
public enum HTMLRenderer {
    /// What the table of contents keeps of one article: a few short strings, not the report.
    public struct ContentsEntry: Sendable, Equatable {
        /// The article's element id ("a1").
        public var anchor: String
        /// The title, or the input's id when there is none.
        public var title: String
        public var quotes: Int
        /// Set when the input could not be analysed.
        public var failed: Bool
    }

    /// The page for one analysed article.
    public static func render(_ analysis: Analysis) -> String { render([analysis]) }

    /// One page for several articles, with a table of contents when there is more than one.
    /// Holds the whole page in memory; `HTMLReportWriter` streams instead.
    public static func render(_ analyses: [Analysis]) -> String {
        var body = ""
        var contents: [ContentsEntry] = []
        for (i, analysis) in analyses.enumerated() {
            let (html, entry) = article(.analysis(analysis), number: i + 1)
            body += html
            contents.append(entry)
        }
        return pageStart(contents) + body + pageEnd
    }

    /// The page from its doctype up to the table of contents (shown for two articles or more).
    public static func pageStart(_ contents: [ContentsEntry]) -> String {
        let title = contents.count == 1 ? contents[0].title : "Hearsay report: \(contents.count) articles"
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Hearsay"/>
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <main>
        <p class="brand">Hearsay · who said what</p>

        """
        if contents.isEmpty { out += "<p>No articles.</p>\n" }
        if contents.count > 1 {
            out += "<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n"
            for entry in contents {
                let note = entry.failed ? "could not be analysed" : ArticleDigest.counted(entry.quotes, "quote")
                out += "<li><a href=\"#\(entry.anchor)\">\(HTMLEscaping.escape(entry.title))</a> <span class=\"count\">\(note)</span></li>\n"
            }
            out += "</ol>\n</nav>\n"
        }
        return out
    }

    /// Closes the page.
    public static let pageEnd = "</main>\n</body>\n</html>\n"

    /// The `<article>` for one outcome (numbered from 1) and its table-of-contents entry.
    public static func article(_ outcome: AnalysisOutcome, number: Int) -> (html: String, entry: ContentsEntry) {
        let anchor = "a\(number)"
        switch outcome {
        case let .failure(id, message):
            let html = """
            <article class="report" id="\(anchor)">
            <header><h1>\(HTMLEscaping.escape(id))</h1></header>
            <p class="failure">Could not be analysed: \(HTMLEscaping.escape(message))</p>
            </article>

            """
            return (html, ContentsEntry(anchor: anchor, title: id, quotes: 0, failed: true))
        case let .analysis(analysis):
            let digest = ArticleDigest(analysis)
            var out = "<article class=\"report\" id=\"\(anchor)\">\n"
            out += header(digest)
            out += speakers(digest, anchor: anchor)
            out += unattributed(digest, anchor: anchor)
            out += "<section class=\"text\">\n<h2>Article text</h2>\n"
            out += HTMLArticleText.render(analysis, speakers: digest.speakers, anchor: anchor)
            out += "</section>\n"
            out += "<section class=\"mentions\">\n"
            out += table(digest.people, title: "People mentioned", heading: "Person", withRoles: true)
            out += table(digest.places, title: "Places mentioned", heading: "Place", withRoles: false)
            out += table(digest.organizations, title: "Organisations mentioned", heading: "Organisation", withRoles: false)
            out += "</section>\n"
            out += "<section class=\"warnings\">\n<h2>Warnings</h2>\n"
            out += digest.warnings.isEmpty ? "<p>None.</p>\n"
                : "<ul>\n" + digest.warnings.map { "<li>\(HTMLEscaping.escape($0))</li>\n" }.joined() + "</ul>\n"
            out += "</section>\n</article>\n"
            return (out, ContentsEntry(anchor: anchor, title: digest.title ?? digest.id, quotes: digest.quoteCount, failed: false))
        }
    }

    /// The title, the metadata list and the quote summary.
    static func header(_ digest: ArticleDigest) -> String {
        let m = digest.metadata
        var rows: [(String, String?)] = [("Source", digest.id), ("By", m.authors.isEmpty ? nil : m.authors.joined(separator: ", "))]
        rows += [("Date", m.date), ("Site", m.siteName), ("URL", m.url), ("Language", m.language), ("Description", m.description)]
        var out = "<header>\n<h1>\(HTMLEscaping.escape(digest.title ?? "Untitled article"))</h1>\n<dl class=\"meta\">\n"
        for (label, value) in rows {
            guard let value, !value.isEmpty else { continue }
            out += "<dt>\(label)</dt><dd>\(HTMLEscaping.escape(value))</dd>\n"
        }
        out += "</dl>\n"
        out += "<p class=\"summary\">\(ArticleDigest.counted(digest.quoteCount, "quote")) from "
            + "\(ArticleDigest.counted(digest.speakers.count, "speaker")), \(digest.unattributed.count) unattributed.</p>\n"
        return out + "</header>\n"
    }

    /// The quotes grouped by speaker, each group in its speaker's colour.
    static func speakers(_ digest: ArticleDigest, anchor: String) -> String {
        var out = "<section class=\"speakers\">\n<h2>Quotes by speaker</h2>\n"
        if digest.speakers.isEmpty { out += "<p>No attributed quotes.</p>\n" }
        for (k, speaker) in digest.speakers.enumerated() {
            out += "<section class=\"speaker s\(k % HTMLStyle.speakerColours)\" id=\"\(anchor)-s\(k + 1)\">\n"
            out += "<h3><span class=\"swatch\"></span><span class=\"name\">\(HTMLEscaping.escape(speaker.name))</span>"
            if !speaker.roles.isEmpty { out += " <span class=\"roles\">\(HTMLEscaping.escape(speaker.roles.joined(separator: ", ")))</span>" }
            out += " <span class=\"count\">\(ArticleDigest.counted(speaker.entries.count, "quote"))</span></h3>\n"
            out += entries(speaker.entries, anchor: anchor)
            out += "</section>\n"
        }
        return out + "</section>\n"
    }

    /// The quotes no sieve attributed.
    static func unattributed(_ digest: ArticleDigest, anchor: String) -> String {
        var out = "<section class=\"unattributed\">\n<h2>Unattributed quotes</h2>\n"
        out += digest.unattributed.isEmpty ? "<p>None.</p>\n" : entries(digest.unattributed, anchor: anchor)
        return out + "</section>\n"
    }

    /// A numbered list of quotes: the quote, its sentence with the quote in bold, and its
    /// cue, speaker mention, sieve and confidence, linked to the quote in the article text.
    static func entries(_ entries: [ArticleDigest.Entry], anchor: String) -> String {
        var out = "<ol class=\"quotes\">\n"
        for entry in entries {
            let c = entry.context
            out += "<li>\n<p class=\"quote-text\">\(HTMLEscaping.escape(c.quote))</p>\n"
            out += "<p class=\"context\">\(HTMLEscaping.escape(c.before))<strong>\(HTMLEscaping.escape(c.quote))</strong>\(HTMLEscaping.escape(c.after))</p>\n"
            var facts = entry.facts(escape: HTMLEscaping.escape, emphasis: { "<em>\($0)</em>" })
            facts.append("<a href=\"#\(anchor)-q\(entry.index + 1)\">in the text</a>")
            out += "<p class=\"facts\">\(facts.joined(separator: " · "))</p>\n</li>\n"
        }
        return out + "</ol>\n"
    }

    /// A titled table of names with their mention counts (and roles for people), or "None.".
    static func table(_ rows: [ArticleDigest.Count], title: String, heading: String, withRoles: Bool) -> String {
        var out = "<h2>\(title)</h2>\n"
        guard !rows.isEmpty else { return out + "<p>None.</p>\n" }
        out += "<table>\n<thead><tr><th>\(heading)</th>" + (withRoles ? "<th>Role or title</th>" : "") + "<th class=\"num\">Mentions</th></tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr><td>\(HTMLEscaping.escape(row.name))</td>"
            if withRoles { out += "<td>\(HTMLEscaping.escape(row.roles.joined(separator: ", ")))</td>" }
            out += "<td class=\"num\">\(row.mentions)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
