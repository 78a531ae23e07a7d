import Foundation

/// Small SVG charts drawn as text, for pages that must open offline: a line chart of counts
/// over time and a horizontal bar chart.
public enum SVGChart {
    /// Series colours, in order (readable on white, distinct in greyscale too).
    public static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]

    /// A line chart: one line per series over `labels`, with axes, gridlines and a legend.
    public static func lines(labels: [String], series: [(name: String, values: [Int])], width: Int = 760, height: Int = 300,
                             title: String) -> String {
        let left = 48.0, right = 16.0, top = 28.0, bottom = 56.0
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        let maxValue = max(1, series.flatMap(\.values).max() ?? 1)
        let step = niceStep(maxValue)
        let yMax = Double(((maxValue + step - 1) / step) * step)
        func x(_ i: Int) -> Double { labels.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(labels.count - 1) }
        func y(_ v: Int) -> Double { top + plotHeight * (1 - Double(v) / yMax) }
        var svg = open(width: width, height: height, title: title)
        for tick in stride(from: 0, through: Int(yMax), by: step) {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(tick)))\" stroke=\"#e5e5e5\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">\(tick)</text>"
        }
        let labelEvery = max(1, Int((Double(labels.count) / 12).rounded(.up)))
        for (i, label) in labels.enumerated() where i % labelEvery == 0 || i == labels.count - 1 {
            svg += "<text x=\"\(f(x(i)))\" y=\"\(f(top + plotHeight + 16))\" text-anchor=\"end\" font-size=\"10\" fill=\"#555\" "
                + "transform=\"rotate(-35 \(f(x(i))) \(f(top + plotHeight + 16)))\">\(escape(label))</text>"
        }
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(top + plotHeight))\" stroke=\"#888\"/>"
        for (s, item) in series.enumerated() {
            let color = palette[s % palette.count]
            let points = item.values.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points)\"><title>\(escape(item.name))</title></polyline>"
            for (i, value) in item.values.enumerated() {
                svg += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(value)))\" r=\"3\" fill=\"\(color)\"><title>\(escape(item.name)) \(escape(labels[i])): \(value)</title></circle>"
            }
            let legendX = left + Double(s) * 170
            svg += "<rect x=\"\(f(legendX))\" y=\"8\" width=\"12\" height=\"12\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(f(legendX + 16))\" y=\"18\" font-size=\"12\">\(escape(item.name))</text>"
        }
        return svg + "</svg>"
    }

    /// A horizontal bar chart; bars whose label is in `highlight` get the series colours.
    public static func bars(_ items: [(label: String, value: Int)], highlight: [String] = [], width: Int = 760, title: String) -> String {
        let rowHeight = 22.0, left = 190.0, right = 60.0, top = 8.0
        let height = Int(top * 2 + rowHeight * Double(max(1, items.count)))
        let maxValue = Double(max(1, items.map(\.value).max() ?? 1))
        let plotWidth = Double(width) - left - right
        var svg = open(width: width, height: height, title: title)
        for (i, item) in items.enumerated() {
            let y = top + rowHeight * Double(i)
            let barWidth = max(1, plotWidth * Double(item.value) / maxValue)
            let color = highlight.firstIndex(of: item.label).map { palette[$0 % palette.count] } ?? "#b8b8b8"
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y + 15))\" text-anchor=\"end\" font-size=\"12\">\(escape(item.label))</text>"
            svg += "<rect x=\"\(f(left))\" y=\"\(f(y + 3))\" width=\"\(f(barWidth))\" height=\"\(f(rowHeight - 6))\" fill=\"\(color)\">"
                + "<title>\(escape(item.label)): \(item.value)</title></rect>"
            svg += "<text x=\"\(f(left + barWidth + 6))\" y=\"\(f(y + 15))\" font-size=\"11\" fill=\"#333\">\(item.value)</text>"
        }
        return svg + "</svg>"
    }

    /// The opening tag with an accessible title.
    static func open(width: Int, height: Int, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" "
            + "aria-label=\"\(escape(title))\" font-family=\"system-ui, sans-serif\"><title>\(escape(title))</title>"
    }

    /// A round step for about five gridlines up to `maxValue`.
    static func niceStep(_ maxValue: Int) -> Int {
        let raw = Double(maxValue) / 5
        let magnitude = pow(10, floor(log10(max(raw, 1))))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        return max(1, Int(step))
    }

    /// A coordinate with one decimal.
    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Text escaped for XML and HTML (the one escaper the HTML reports use).
    public static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
