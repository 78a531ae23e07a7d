/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscaping {
    /// `s` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe both as
    /// element text and inside a double- or single-quoted attribute value. O(n).
    ///
    ///     HTMLEscaping.escape("<b> & \"x\"")  // "&lt;b&gt; &amp; &quot;x&quot;"
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
