import Testing
@testable import Hearsay

/// `NumericDate` answers each shape it reads exactly as `DateNormalizer`'s Foundation
/// formatters do, and leaves everything else to them.
@Suite struct NumericDateTests {
    /// Made-up dates over leap and common years, every month, its first and last day.
    static let dates: [String] = {
        var dates: [String] = []
        for year in [1999, 2000, 2019, 2020, 2100] {
            for month in 1...12 {
                for day in [1, NumericDate.days(in: month, of: year)] {
                    dates.append(String(year) + "-" + twoDigits(month) + "-" + twoDigits(day))
                }
            }
        }
        return dates
    }()

    static let times = ["00:00:00", "23:59:59", "12:34:56", "07:03:25"]

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Checks that `value` is read and that the reading is the formatters' answer.
    static func expectSameAsFormatters(_ value: String) {
        guard let reading = NumericDate.reading(value) else {
            Issue.record("\(value) is not read")
            return
        }
        let formatters = DateNormalizer.viaFormatters(value)
        switch reading {
        case let .date(normalized): #expect(normalized == formatters, "\(value)")
        case .noFormatParses: #expect(formatters == nil, "\(value)")
        }
    }

    @Test func datesAreReadAsTheFormattersReadThem() {
        for (k, date) in Self.dates.enumerated() {
            Self.expectSameAsFormatters(date)
            let time = Self.times[k % Self.times.count]
            Self.expectSameAsFormatters(date + " " + time)
            Self.expectSameAsFormatters(date + "T" + time)
            Self.expectSameAsFormatters(date + "T" + time + ".000Z")
            Self.expectSameAsFormatters(date + "T" + time + ".999Z")
        }
    }

    @Test func fractionsWithoutAZoneAreReadAsNoFormatParsesThem() {
        for (k, date) in Self.dates.enumerated() where k % 4 == 0 {
            for digits in 1...9 {
                let value = date + "T" + Self.times[k % Self.times.count] + "." + String(repeating: "7", count: digits)
                #expect(NumericDate.reading(value) == .noFormatParses, "\(value)")
                Self.expectSameAsFormatters(value)
            }
        }
    }

    static let zones = ["Z", "+0000", "-0500", "+0530", "+2359", "-00:00", "+08:00", "-11:30"]

    @Test func zonesAreReadAsTheFormattersReadThem() {
        for (k, date) in Self.dates.enumerated() {
            let time = Self.times[k % Self.times.count]
            let zone = Self.zones[k % Self.zones.count]
            Self.expectSameAsFormatters(date + "T" + time + zone)
            Self.expectSameAsFormatters(date + " " + time + zone)
            Self.expectSameAsFormatters(date + "T" + time.prefix(5) + zone)
        }
    }

    @Test func aZoneAfterTheSecondsKeepsTheValueAndOtherZonesParseNowhere() {
        #expect(NumericDate.reading("2019-11-20T11:19:29+0000") == .date("2019-11-20T11:19:29+0000"))
        #expect(NumericDate.reading("2019-11-20T11:19:29-05:00") == .date("2019-11-20T11:19:29-05:00"))
        #expect(NumericDate.reading("2019-11-20 13:42:06+08:00") == .noFormatParses)
        #expect(NumericDate.reading("2019-11-20 13:42:06Z") == .noFormatParses)
        #expect(NumericDate.reading("2019-11-20T10:43Z") == .noFormatParses)
        #expect(NumericDate.reading("2019-11-19T13:16+0000") == .noFormatParses)
    }

    @Test func otherShapesAndOddFieldsAreLeftToTheFormatters() {
        for value in ["2019-02-29", "2019-13-01", "2019-00-10", "2019-04-31", "0999-01-01", "3000-01-01",
                      "2019-11-19 24:00:00", "2019-11-19T12:60:00", "2019-11-19T12:00:60",
                      "2019-11-19T13:03:00.00Z", "2019-11-19T13:03:00.0000Z", "2019-11-19T13:03:00.000+0000",
                      "2019-11-19T13:03:00.0000000000", "2019-11-19T13:16", "2019-11-19 13:16:00 GMT",
                      "2019/11/19", "19 Nov 2019", "2019-11-19x", "2019-11-1",
                      "2019-11-20T11:19:29+2400", "2019-11-20T11:19:29+0060", "2019-11-20T11:19:29+05",
                      "2019-11-20T11:19:29+05:0", "2019-11-20T11:19:29 +0000", "2019-11-20T10:43+05",
                      "2019-11-20 10:43Z", "2019-11-20T24:00Z", "2019-11-20T10:60Z", "2019-11-20T10:43:00.000+0000"] {
            #expect(NumericDate.reading(value) == nil, "\(value)")
        }
    }

    @Test func daysInMonthFollowTheGregorianLeapYears() {
        #expect(NumericDate.days(in: 2, of: 2019) == 28)
        #expect(NumericDate.days(in: 2, of: 2020) == 29)
        #expect(NumericDate.days(in: 2, of: 2100) == 28)
        #expect(NumericDate.days(in: 2, of: 2000) == 29)
        #expect(NumericDate.days(in: 4, of: 2019) == 30)
        #expect(NumericDate.days(in: 12, of: 2019) == 31)
    }
}
