import Testing
@testable import Hearsay

/// Lexicons changed by hand after loading: the pruning tables made from the bundled keys must
/// not hide what was added.
@Suite struct LexiconsEditingTests {
    /// The mentions the recogniser finds in `text` with `lexicons`.
    private func mentions(_ text: String, _ lexicons: Lexicons) throws -> [Mention] {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        return EntityRecognizer(lexicons: lexicons).recognize(document).mentions
    }

    @Test func aTitleAddedByHandIsFound() throws {
        #expect(Lexicons.shared.titles["Grand Vizier"] == nil)
        #expect(Lexicons.shared.titlePrefixes != nil)
        var lexicons = Lexicons.shared
        lexicons.titles["Grand Vizier"] = TitleEntry(kind: "title", gender: .female)
        #expect(lexicons.titlePrefixes == nil)
        let found = try mentions("Grand Vizier Ada Brumby said the plan had worked.", lexicons)
        let ada = try #require(found.first { $0.name.hasSuffix("Brumby") })
        #expect(ada.title == "Grand Vizier")
        #expect(ada.name == "Ada Brumby")
    }

    @Test func anOrganizationAddedByHandIsFoundWhole() throws {
        #expect(Lexicons.shared.organizations["Quangle Wangle Trust"] == nil)
        var lexicons = Lexicons.shared
        lexicons.organizations["Quangle Wangle Trust"] = "QWT"
        lexicons.multiWordStarts.insert("Quangle")
        #expect(lexicons.organizationPrefixes == nil)
        let found = try mentions("Staff at the Quangle Wangle Trust said the plan had worked.", lexicons)
        let trust = try #require(found.first { $0.name == "Quangle Wangle Trust" })
        #expect(trust.kind == .organization)
        #expect(trust.canonical == "QWT")
    }

    @Test func aTeamAddedByHandIsFound() throws {
        #expect(Lexicons.shared.teams["Quillans"] == nil)
        var lexicons = Lexicons.shared
        lexicons.teams["Quillans"] = "football"
        #expect(lexicons.teamPrefixes == nil)
        // A town and the team's nickname: the team is looked for after the place.
        let found = try mentions("The Philadelphia Quillans won on Sunday.", lexicons)
        #expect(found.contains { $0.name == "Philadelphia Quillans" && $0.kind == .organization })
    }

    @Test func theBundledLexiconsKeepTheirPruningTables() {
        let lexicons = Lexicons.shared
        #expect(lexicons.titlePrefixes?.contains("Prime Min") == true)
        #expect(lexicons.organizationPrefixes != nil)
        #expect(lexicons.teamPrefixes?.contains("Red S") == true)
        #expect(lexicons.teamPrefixes?.contains("Eagles's") == true)
        #expect(lexicons.teamPrefixes?.contains("Said") == false)
    }
}
