/// The numeric date shapes pages use most after RFC 3339, read on their bytes with the answer
/// `DateNormalizer`'s Foundation formatters give them, so that those formatters (which clone
/// ICU's date formatter at every parse) are not asked:
///
/// - `2019-11-18`: the date (the `yyyy-MM-dd` format);
/// - `2019-11-19 02:24:00` and `2019-11-19T02:24:00`: the date-time in UTC (`yyyy-MM-dd
///   HH:mm:ss`, `yyyy-MM-dd'T'HH:mm:ss`, read as UTC);
/// - `2019-11-19T13:03:00.000Z`: the date-time in UTC, its fraction dropped
///   (`yyyy-MM-dd'T'HH:mm:ss.SSSZ`);
/// - `2019-11-18T17:01:27.893` (a fraction of one to nine digits, no zone): no format parses it;
/// - `2019-11-20T11:19:29+0000` (a zone after the seconds: `Z`, `+HHMM` or `+HH:MM`): the ISO
///   8601 parser takes it, so it is kept as it is;
/// - `2019-11-20 13:42:06+08:00` (a zone after a space-separated time) and `2019-11-20T10:43Z`
///   (a zone after the minutes): no format parses them.
///
/// On the 181 scrapinghub pages, 17 of the 25 dates that still reached the formatters had a zone
/// shape; each cost the formatters about two million instructions.
///
/// Only fields in plain ranges are read here (a year from 1000 to 2999, a real day of its month,
/// a time before 24:00:00); anything else is left to the formatters. `DateNormalizerTests`
/// checks each shape against the formatters value by value.
enum NumericDate {
    /// The formatters' answer for a value of one of the shapes.
    enum Reading: Equatable {
        /// The value normalised, as the first format that parses it gives it.
        case date(String)
        /// No format parses the value.
        case noFormatParses
    }

    /// What the formatters make of `value`, or nil when it is not one of the shapes.
    static func reading(_ value: String) -> Reading? {
        var value = value
        return value.withUTF8 { reading($0) }
    }

    /// `reading` on the value's UTF-8 bytes.
    static func reading(_ b: UnsafeBufferPointer<UInt8>) -> Reading? {
        guard b.count >= 10, isDate(b) else { return nil }
        if b.count == 10 { return .date(String(decoding: b, as: UTF8.self)) }
        guard b.count >= 16, b[10] == 0x20 || b[10] == 0x54 else { return nil }
        let withT = b[10] == 0x54
        guard b.count >= 19, isTime(b) else {
            // Hours and minutes then a zone, which no format reads.
            return withT && isHourMinute(b) && isZone(b, from: 16) ? .noFormatParses : nil
        }
        if isZone(b, from: 19) { return withT ? .date(String(decoding: b, as: UTF8.self)) : .noFormatParses }
        let utc = String(decoding: UnsafeBufferPointer(rebasing: b[0..<10]), as: UTF8.self) + "T"
            + String(decoding: UnsafeBufferPointer(rebasing: b[11..<19]), as: UTF8.self) + "Z"
        if b.count == 19 { return .date(utc) }
        // A fraction after the seconds: three digits and `Z`, or digits alone.
        guard b[10] == 0x54, b[19] == 0x2E else { return nil }
        let digits = b[20...].prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        if digits == 3, b.count == 24, b[23] == 0x5A { return .date(utc) }
        if (1...9).contains(digits), b.count == 20 + digits { return .noFormatParses }
        return nil
    }

    /// Whether the first ten bytes are `YYYY-MM-DD`, with a year from 1000 to 2999 and a day of
    /// its month.
    private static func isDate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let year = number(b, 0, 4), b[4] == 0x2D, let month = number(b, 5, 2), b[7] == 0x2D,
              let day = number(b, 8, 2) else { return false }
        return (1000...2999).contains(year) && (1...12).contains(month) && day >= 1 && day <= days(in: month, of: year)
    }

    /// Whether bytes 11 to 18 are `HH:MM:SS`, before 24:00:00.
    private static func isTime(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isHourMinute(b), b[16] == 0x3A, let second = number(b, 17, 2) else { return false }
        return second < 60
    }

    /// Whether bytes 11 to 15 are `HH:MM`, before 24:00.
    private static func isHourMinute(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let hour = number(b, 11, 2), b[13] == 0x3A, let minute = number(b, 14, 2) else { return false }
        return hour < 24 && minute < 60
    }

    /// Whether the bytes from `start` to the end are a zone: `Z`, or a sign and `HHMM` or `HH:MM`
    /// with an hour before 24 and a minute before 60.
    private static func isZone(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let length = b.count - start
        if length == 1 { return b[start] == 0x5A }
        guard length == 5 || length == 6, b[start] == 0x2B || b[start] == 0x2D, let hour = number(b, start + 1, 2) else { return false }
        if length == 6 && b[start + 3] != 0x3A { return false }
        guard let minute = number(b, start + length - 2, 2) else { return false }
        return hour < 24 && minute < 60
    }

    /// The decimal number in the `count` bytes from `start`, when they are all digits.
    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var n = 0
        for k in start..<(start + count) {
            let d = Int(b[k]) - 0x30
            guard d >= 0 && d <= 9 else { return nil }
            n = n * 10 + d
        }
        return n
    }

    /// The number of days in `month` of `year` (Gregorian).
    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
