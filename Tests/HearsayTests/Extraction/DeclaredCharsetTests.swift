import Testing
@testable import Hearsay

/// The byte search for a page's declared charset gives what a search by characters gives.
@Suite struct DeclaredCharsetTests {
    /// The search by characters on the lowercased text (what pages with other bytes fall back to).
    static func byCharacters(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = text.range(of: "charset=") else { return nil }
        var value = text[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
        value = value.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        return value.isEmpty ? nil : String(value)
    }

    @Test(arguments: [
        "<meta charset=\"UTF-8\"><p>café</p>",
        "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; CHARSET=ISO-8859-1\"><p>naïve</p>",
        "<p>é</p><meta charset='windows-1252'>",
        "<p>no declaration, only ünïcödé</p>",
        "<meta charset=é>",
        "<meta charset=utf\u{301}8>",
        "<meta charset=\u{301}utf-8>",
        "é<meta charset=koi8-r",
        "<meta charset=gb_2312 >…",
    ])
    func agreesWithTheSearchByCharacters(_ page: String) {
        let bytes = Array(page.utf8)
        #expect(ArticleExtractor.declaredCharset(bytes) == Self.byCharacters(bytes))
    }

    @Test func aDeclarationPastFourKilobytesIsIgnored() {
        let bytes = Array(String(repeating: "é", count: 2100).utf8) + Array("<meta charset=utf-8>".utf8)
        #expect(ArticleExtractor.declaredCharset(bytes) == nil)
    }
}
