/// Escapes text so that Markdown (CommonMark and GitHub tables) shows it literally.
enum MarkdownEscaping {
    /// Characters that start emphasis, links, code, HTML, headings or table cells.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!"]

    /// `s` on one line (line breaks become spaces) with Markdown's special characters
    /// backslash-escaped, and `&` escaped where it could start a character reference. O(n).
    ///
    ///     MarkdownEscaping.inline("a *b* <i> & c")  // "a \\*b\\* \\<i\\> & c"
    static func inline(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let scalars = Array(s.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n", "\r": out += " "
            case "&":
                let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                if next == "#" || next.properties.isAlphabetic || ("0"..."9").contains(next) { out += "\\&" } else { out += "&" }
            default:
                if special.contains(scalar) { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `inline(s)`, also escaping what would make the start of a line a list item, heading,
    /// quote or rule (`- `, `+ `, `1. `, `=`).
    static func lineStart(_ s: String) -> String {
        let escaped = inline(s)
        guard let first = escaped.unicodeScalars.first else { return escaped }
        if first == "-" || first == "+" || first == "=" { return "\\" + escaped }
        // "1. " or "1) ": escape the punctuation after the digits.
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let mark = escaped.dropFirst(digits.count).first, mark == "." || mark == ")" {
            return digits + "\\" + escaped.dropFirst(digits.count)
        }
        return escaped
    }
}
