import Foundation

/// Renders a `SpeakerComparison` as a text table, JSON, or one self-contained HTML page.
public enum ComparisonRendering {
    /// The output formats of `hearsay compare`.
    public enum Format: String, Sendable, CaseIterable {
        case table, json, html
    }

    /// The comparison in `format`.
    public static func render(_ comparison: SpeakerComparison, format: Format) -> String {
        switch format {
        case .table: return table(comparison)
        case .json: return json(comparison)
        case .html: return html(comparison)
        }
    }

    /// Pretty JSON with sorted keys.
    public static func json(_ comparison: SpeakerComparison) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(comparison)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    /// The side-by-side rows: counts, dates, outlets.
    static func countRows(_ c: SpeakerComparison) -> [[String]] {
        let day = { (date: String?) in date.map { String($0.prefix(10)) } ?? "" }
        return [
            [""] + c.speakers.map(\.name),
            ["quotes"] + c.speakers.map { String($0.quotes) },
            ["articles"] + c.speakers.map { String($0.articles) },
            ["words"] + c.speakers.map { String($0.words) },
            ["first quoted"] + c.speakers.map { day($0.firstDate) },
            ["last quoted"] + c.speakers.map { day($0.lastDate) },
            ["top outlet"] + c.speakers.map { $0.outlets.first.map { "\($0.name) (\($0.count))" } ?? "" },
        ]
    }

    /// Aligned text for a terminal.
    public static func table(_ c: SpeakerComparison) -> String {
        var out = TextTable.render(countRows(c), rightAligned: [], maxWidth: 40)
        out += "\nMost distinctive words (weighted log-odds, z-score):\n"
        let depth = c.speakers.map(\.distinctive.count).max() ?? 0
        var rows = [c.speakers.map(\.name)]
        for i in 0..<depth {
            rows.append(c.speakers.map { side in
                i < side.distinctive.count ? side.distinctive[i].word + " " + String(format: "%.1f", side.distinctive[i].z) : ""
            })
        }
        out += TextTable.render(rows)
        out += "\nShared topics (uses each):\n"
        out += c.sharedTopics.isEmpty ? "(none)\n"
            : TextTable.render([["word"] + c.speakers.map(\.name)] + c.sharedTopics.map { [$0.word] + $0.counts.map(String.init) },
                               rightAligned: Set(1...c.speakers.count))
        out += "\nQuotes over time:\n"
        out += c.periods.isEmpty ? "(no dated quotes)\n"
            : TextTable.render([["period"] + c.speakers.map(\.name)]
                               + c.periods.enumerated().map { i, period in [period] + c.speakers.map { String($0.timeline[i]) } },
                               rightAligned: Set(1...c.speakers.count))
        if c.undatedQuotes > 0 { out += "(\(c.undatedQuotes) quotes in undated articles left out)\n" }
        return out
    }

    /// One HTML page with inline CSS and SVG charts; it loads nothing from anywhere.
    public static func html(_ c: SpeakerComparison) -> String {
        let e = SVGChart.escape
        let names = c.speakers.map(\.name)
        func table(_ rows: [[String]], header: Bool = true) -> String {
            var out = "<table>"
            for (i, row) in rows.enumerated() {
                let tag = header && i == 0 ? "th" : "td"
                out += "<tr>" + row.map { "<\(tag)>\(e($0))</\(tag)>" }.joined() + "</tr>"
            }
            return out + "</table>"
        }
        var page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(names.joined(separator: " vs ")))</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .3rem; }
        table { border-collapse: collapse; margin: .5rem 0; } th, td { padding: .25rem .75rem; border-bottom: 1px solid #eee; text-align: left; }
        th { background: #f6f6f6; } .words { display: flex; gap: 2rem; flex-wrap: wrap; } .words ol { margin: .3rem 0; padding-left: 1.4rem; }
        .z { color: #777; font-size: .85em; } svg { max-width: 100%; height: auto; } .note { color: #666; font-size: .9em; }
        </style></head><body>
        <h1>\(e(names.joined(separator: " · ")))</h1>
        <p class="note">\(c.corpusArticles) articles, \(c.corpusQuotes) quotes in the corpus.</p>
        <h2>Side by side</h2>
        \(table(countRows(c)))
        <h2>Quotes over time</h2>

        """
        if c.periods.isEmpty {
            page += "<p class=\"note\">No dated quotes.</p>\n"
        } else {
            page += SVGChart.lines(labels: c.periods, series: c.speakers.map { ($0.name, $0.timeline) }, title: "Quotes over time") + "\n"
        }
        if c.undatedQuotes > 0 { page += "<p class=\"note\">\(c.undatedQuotes) quotes in undated articles are not shown.</p>\n" }
        page += "<h2>Most distinctive words</h2>\n<p class=\"note\">Weighted log-odds ratio with an informative Dirichlet prior "
            + "(Monroe, Colaresi &amp; Quinn 2008), each speaker against the others, the whole corpus as prior; z-scores in grey.</p>\n<div class=\"words\">"
        for (i, side) in c.speakers.enumerated() {
            let color = SVGChart.palette[i % SVGChart.palette.count]
            page += "<div><h3 style=\"color: \(color)\">\(e(side.name))</h3><ol>"
                + side.distinctive.map { "<li>\(e($0.word)) <span class=\"z\">\(String(format: "%.1f", $0.z))</span></li>" }.joined()
                + "</ol></div>"
        }
        page += "</div>\n<h2>Shared topics</h2>\n"
        page += c.sharedTopics.isEmpty ? "<p class=\"note\">No content word is used by all of them.</p>\n"
            : table([["word"] + names] + c.sharedTopics.map { [$0.word] + $0.counts.map(String.init) }) + "\n"
        page += "<h2>Top speakers in the corpus</h2>\n"
        page += SVGChart.bars(c.topSpeakers.map { ($0.name, $0.count) }, highlight: names, title: "Top speakers by quotes") + "\n"
        page += "</body></html>\n"
        return page
    }
}
