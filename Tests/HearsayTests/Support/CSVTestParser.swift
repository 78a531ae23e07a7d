/// An RFC 4180 parser written for the tests, independent of the library's reader: records of
/// fields, quoted fields with doubled quotes and line breaks, CRLF or LF record ends.
enum CSVTestParser {
    /// Parses `text` into records; throws on a quote in an unquoted field or an unclosed quote.
    static func parse(_ text: String, separator: Character = ",") throws -> [[String]] {
        struct Malformed: Error { let reason: String }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        var fieldWasQuoted = false
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    quoted = false
                    i += 1
                    continue
                }
                field.append(c)
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else { throw Malformed(reason: "quote inside an unquoted field at \(i)") }
                quoted = true
                fieldWasQuoted = true
            case separator:
                record.append(field); field = ""; fieldWasQuoted = false
            case "\r\n", "\n":
                record.append(field); field = ""; fieldWasQuoted = false
                records.append(record); record = []
            default:
                guard !fieldWasQuoted else { throw Malformed(reason: "text after a closing quote at \(i)") }
                field.append(c)
            }
            i += 1
        }
        if quoted { throw Malformed(reason: "unclosed quote") }
        if !field.isEmpty || !record.isEmpty || fieldWasQuoted { record.append(field); records.append(record) }
        return records
    }
}
