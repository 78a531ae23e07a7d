import Foundation

/// The dialect of a spreadsheet text file: comma-separated (RFC 4180) or tab-separated.
///
/// Fields that contain the separator, a double quote, a carriage return or a line feed are
/// wrapped in double quotes, with inner double quotes doubled; records end in CRLF. Tab-separated
/// files use the same quoting, so a tab or a newline inside a cell survives too.
///
/// ```swift
/// DelimitedText.csv.record(["a", "b,c", "say \"hi\""])  // a,"b,c","say ""hi"""\r\n
/// ```
public struct DelimitedText: Sendable, Equatable {
    /// The byte between fields.
    public var separator: UInt8
    /// The file name extension (`csv` or `tsv`).
    public var fileExtension: String

    /// Comma-separated values (RFC 4180).
    public static let csv = DelimitedText(separator: 0x2C, fileExtension: "csv")
    /// Tab-separated values.
    public static let tsv = DelimitedText(separator: 0x09, fileExtension: "tsv")

    /// The UTF-8 byte order mark that makes Excel read a file as UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Encodes one field, quoting it when needed.
    ///
    /// Complexity: O(n) in the field's UTF-8 length.
    public func field(_ value: String) -> String {
        let separator = self.separator
        let needsQuotes = value.utf8.contains { (byte: UInt8) -> Bool in
            byte == separator || byte == UInt8(0x22) || byte == UInt8(0x0A) || byte == UInt8(0x0D)
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Encodes one record: the fields joined by the separator, ending in CRLF.
    public func record(_ fields: [String]) -> String {
        var line = ""
        for (index, value) in fields.enumerated() {
            if index > 0 { line.unicodeScalars.append(Unicode.Scalar(separator)) }
            line += field(value)
        }
        return line + "\r\n"
    }
}
