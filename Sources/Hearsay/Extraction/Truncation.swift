/// Cuts over-long input at a clean boundary, so that the memory and time the later stages take
/// stay bounded whatever the input's size.
enum Truncation {
    /// How far back from the cap a paragraph break, line break or space is looked for.
    static let lookBehind = 1 << 16

    /// The byte length of the longest prefix of `bytes` within `limit` that ends at a paragraph
    /// break (blank line), else a line break, else a space, looked for in the last 64 KB before
    /// the cap; else at the last character boundary. `bytes.count` when it fits.
    static func cutPoint(_ bytes: [UInt8], limit: Int) -> Int {
        guard bytes.count > limit else { return bytes.count }
        let floor = max(0, limit - lookBehind)
        var i = limit
        var line: Int?, space: Int?
        while i > floor {
            let b = bytes[i - 1]
            if b == 0x0A {
                if i >= 2, bytes[i - 2] == 0x0A { return i }
                line = line ?? i
            } else if b == 0x20 || b == 0x09 {
                space = space ?? i
            }
            i -= 1
        }
        if let cut = line ?? space { return cut }
        var cut = limit
        while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// `text` cut to at most `limit` UTF-8 bytes at a clean boundary, with the warning that says
    /// so (nil when it fits).
    static func prefix(of text: String, limit: Int, what: String) -> (String, AnalysisWarning?) {
        guard text.utf8.count > limit else { return (text, nil) }
        let bytes = Array(text.utf8)
        let cut = cutPoint(bytes, limit: limit)
        return (String(decoding: bytes[..<cut], as: UTF8.self), warning(what, total: bytes.count, kept: cut))
    }

    /// The UTF-8 `bytes` cut to at most `limit` bytes at a clean boundary, with the warning that
    /// says so (nil when they fit): the bytes of `prefix(of: String(decoding: bytes, as: UTF8.self), …)`.
    static func prefix(of bytes: [UInt8], limit: Int, what: String) -> ([UInt8], AnalysisWarning?) {
        guard bytes.count > limit else { return (bytes, nil) }
        let cut = cutPoint(bytes, limit: limit)
        return (Array(bytes[..<cut]), warning(what, total: bytes.count, kept: cut))
    }

    /// The paragraphs that fit in `limit` bytes of text (the last one cut at a clean boundary),
    /// with the warning that says so (nil when they all fit).
    static func prefix(of paragraphs: [Article.Paragraph], limit: Int) -> ([Article.Paragraph], AnalysisWarning?) {
        var used = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let length = paragraph.text.utf8.count + (index > 0 ? 2 : 0)
            if used + length <= limit { used += length; continue }
            let total = paragraphs.reduce(0) { $0 + $1.text.utf8.count + 2 } - 2
            var kept = Array(paragraphs[..<index])
            let room = limit - used - (index > 0 ? 2 : 0)
            if room > 0 {
                let bytes = Array(paragraph.text.utf8)
                let cut = cutPoint(bytes, limit: room)
                if cut > 0 { kept.append(Article.Paragraph(String(decoding: bytes[..<cut], as: UTF8.self), kind: paragraph.kind)) }
            }
            let keptBytes = kept.reduce(0) { $0 + $1.text.utf8.count + 2 } - (kept.isEmpty ? 0 : 2)
            return (kept, warning("article text", total: total, kept: keptBytes))
        }
        return (paragraphs, nil)
    }

    static func warning(_ what: String, total: Int, kept: Int) -> AnalysisWarning {
        AnalysisWarning(.truncated, "the \(what) is \(total) bytes, over the cap: only its first \(kept) bytes were analysed")
    }
}
