import Testing
@testable import Hearsay

@Suite struct TSVTableTests {
    @Test func rowsSplitOnTabsSkippingCommentsAndBlankLines() {
        let table = TSVTable(parsing: "# header\tcomment\nMr\thonorific\tm\n\nZoë\tf\n\tempty first\nlast\t\n")
        #expect(table.rows.map { $0.map(String.init) } == [["Mr", "honorific", "m"], ["Zoë", "f"], ["", "empty first"], ["last", ""]])
    }

    @Test func carriageReturnsAndMissingFinalNewline() {
        let table = TSVTable(parsing: "a\tb\r\nc\td")
        #expect(table.rows.map { $0.map(String.init) } == [["a", "b"], ["c", "d"]])
    }

    @Test func bundledLexiconsParse() throws {
        let places = try TSVTable.resource("Lexicons/places.tsv")
        #expect(places.rows.count > 40_000)
        #expect(places.rows.allSatisfy { $0.count >= 4 })
    }
}
