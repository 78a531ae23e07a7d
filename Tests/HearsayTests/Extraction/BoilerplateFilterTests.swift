import Testing
@testable import Hearsay

@Suite struct BoilerplateFilterTests {
    /// The key as the plain definition gives it: white space trimmed, every scalar lowercased.
    func reference(_ line: String) -> [UInt8] {
        let scalars = Array(line.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        return Array(scalars[start..<end].map { $0.properties.lowercaseMapping }.joined().utf8)
    }

    @Test func theShortcutsAnswerAsTheProperties() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(BoilerplateFilter.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(value)")
        }
        for range in [UInt32(0x80)..<0xC0, 0x2000..<0x2100, 0x3000..<0xA000] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(BoilerplateFilter.isCaseless(scalar))
                #expect(scalar.properties.lowercaseMapping == String(Character(scalar)), "\(String(value, radix: 16))")
            }
        }
        // A scalar that does not change when lowercased is its own lowercase mapping, and no
        // mapping is longer than the 12 bytes `normalized` leaves room for.
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mapping = scalar.properties.lowercaseMapping
            if mapping.utf8.count > 12 { Issue.record("U+\(String(value, radix: 16)) maps to \(mapping.utf8.count) bytes") }
            if !scalar.properties.changesWhenLowercased && mapping != String(Character(scalar)) { Issue.record("U+\(String(value, radix: 16))") }
        }
        #expect(!BoilerplateFilter.isCaseless("\u{C9}"))
        #expect(!BoilerplateFilter.isCaseless("\u{2126}"))
    }

    @Test func keysAreTrimmedAndLowercased() {
        let lines = ["  Advertisement\u{00A0}", "\u{2003}“Read MORE” — Ça Va\u{3000}", "İSTANBUL \u{212A}elvin ΣΟΦΊΑ",
                     "新闻 Ａｂｃ\t", "\u{0085}x\u{2028}", "plain words", "", " \n "]
        for line in lines { #expect(BoilerplateFilter.normalized(line) == reference(line), "\(line)") }
    }

    @Test func exactEntriesMatchAsStringsDo() {
        let filter = BoilerplateFilter(table: TSVTable(parsing: "exact\tshare;\nexact\tcafé corner\nprefix\tsign up\ncontains\tall rights reserved"))
        #expect(filter.isBoilerplate("SHARE;"))
        // U+037E is canonically a semicolon; a decomposed é equals the precomposed one.
        #expect(filter.isBoilerplate("Share\u{037E}"))
        #expect(filter.isBoilerplate("Cafe\u{0301} Corner"))
        #expect(!filter.isBoilerplate("Share this"))
        #expect(filter.isBoilerplate("Sign up today"))
        #expect(filter.isBoilerplate("© 2031 Harbour News. All rights reserved."))
        #expect(!filter.isBoilerplate("The harbour reopened."))
    }
}
