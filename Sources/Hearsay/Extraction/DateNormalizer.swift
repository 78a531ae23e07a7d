import Foundation

/// Normalises publication dates to ISO 8601.
enum DateNormalizer {
    /// `value` as an ISO 8601 date-time (or date), when one of the common formats parses.
    ///
    /// RFC 3339 date-times are kept as they are, and the numeric shapes `NumericDate` reads are
    /// answered by hand, as the formatters would answer them: each parse through Foundation's
    /// `DateFormatter` clones ICU's date formatter (perf: about a tenth of article extraction's
    /// time on the 181 scrapinghub pages went there; a date no format parses costs ten clones).
    static func iso8601(_ value: String) -> String? {
        let trimmed = WhitespaceTrimming.trimmed(value)
        if isInternetDateTime(trimmed) { return trimmed }
        switch NumericDate.reading(trimmed) {
        case let .date(normalized)?: return normalized
        case .noFormatParses?: return nil
        case nil: return viaFormatters(trimmed, fromLetter: startsWithLetter(trimmed))
        }
    }

    /// Whether `value` starts with an ASCII letter, where neither the ISO 8601 parser nor a
    /// format that starts with the year can read anything (ICU skips only white space before
    /// a numeric field, and a letter is no digit of any script).
    static func startsWithLetter(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        return (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A
    }

    /// `trimmed` as ISO 8601 through Foundation's formatters: the ISO 8601 parser, then each
    /// fallback format in turn, the first that parses giving the date (and time) in UTC.
    ///
    /// With `fromLetter` (`trimmed` starts with an ASCII letter, see `startsWithLetter`), the
    /// ISO 8601 parser and the formats that start with the year are not asked: each parse
    /// costs an ICU clone, and on the 181 scrapinghub pages most dates that get here are
    /// written in words (`November 19, 2019, 07:47 PM EST`), which seven of the eleven
    /// parsers cannot read.
    static func viaFormatters(_ trimmed: String, fromLetter: Bool = false) -> String? {
        Formatters.shared.lock.withLock {
            let formatters = Formatters.shared
            if !fromLetter, formatters.iso.date(from: trimmed) != nil { return trimmed }
            for (format, formatter) in formatters.fallbacks where !(fromLetter && format.utf8.first == 0x79) {
                if let date = formatter.date(from: trimmed) {
                    return (format.contains("HH") ? formatters.dateTimeOut : formatters.dateOut).string(from: date)
                }
            }
            return nil
        }
    }

    /// The formatters `iso8601(_:)` uses, built once (building one costs far more than using
    /// it) and used by one thread at a time.
    final class Formatters: @unchecked Sendable {
        static let shared = Formatters()
        let lock = NSLock()
        let iso = ISO8601DateFormatter()
        /// The fallback formats, in the order they are tried, each with its formatter.
        let fallbacks: [(String, DateFormatter)]
        let dateTimeOut = ISO8601DateFormatter()
        let dateOut = ISO8601DateFormatter()

        private init() {
            let formats = ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", "yyyy-MM-dd'T'HH:mm:ssZ", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss",
                           "yyyy-MM-dd", "EEE, dd MMM yyyy HH:mm:ss Z", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "yyyy/MM/dd"]
            fallbacks = formats.map { format in
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: "en_US_POSIX")
                formatter.timeZone = TimeZone(identifier: "UTC")
                formatter.dateFormat = format
                return (format, formatter)
            }
            dateTimeOut.formatOptions = [.withInternetDateTime]
            dateOut.formatOptions = [.withFullDate]
        }
    }

    /// Whether `value` is already an RFC 3339 date-time (`2024-03-05T10:00:00Z`,
    /// `2019-11-19T08:30:00-05:00`), the common case, checked without building a formatter.
    static func isInternetDateTime(_ value: String) -> Bool {
        let b = Array(value.utf8)
        guard b.count == 20 || b.count == 25 else { return false }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        guard digits(0..<4), b[4] == 0x2D, digits(5..<7), b[7] == 0x2D, digits(8..<10), b[10] == 0x54,
              digits(11..<13), b[13] == 0x3A, digits(14..<16), b[16] == 0x3A, digits(17..<19) else { return false }
        let month = Int(b[5] - 0x30) * 10 + Int(b[6] - 0x30), day = Int(b[8] - 0x30) * 10 + Int(b[9] - 0x30)
        let hour = Int(b[11] - 0x30) * 10 + Int(b[12] - 0x30)
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, b[14] < 0x36, b[17] < 0x36 else { return false }
        if b.count == 20 { return b[19] == 0x5A }
        return (b[19] == 0x2B || b[19] == 0x2D) && digits(20..<22) && b[22] == 0x3A && digits(23..<25)
    }
}
