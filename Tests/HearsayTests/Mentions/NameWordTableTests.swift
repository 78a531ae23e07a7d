import Testing
@testable import Hearsay

@Suite struct NameWordTableTests {
    @Test func namesSplitAtSpacesLineFeedsAndNoBreakSpaces() {
        var table = NameWordTable()
        #expect(table.words(of: "Tessa  Brannock") == ["Tessa", "Brannock"])
        #expect(table.words(of: "Tessa\nBrannock") == ["Tessa", "Brannock"])
        #expect(table.words(of: "Tessa\u{00A0}Brannock") == ["Tessa", "Brannock"])
        // A line feed after a carriage return is part of one character with it: no split.
        #expect(table.words(of: "Tessa\r\nBrannock") == ["Tessa\r\nBrannock"])
    }

    @Test func possessiveEndingsGoAndHeadlineCapitalsAreTitleCased() {
        var table = NameWordTable()
        #expect(table.words(of: "Tessa Brannock's") == ["Tessa", "Brannock"])
        #expect(table.words(of: "ZOË QUILL’s") == ["Zoë", "Quill"])
        #expect(table.words(of: "HENRY VIII") == ["Henry", "VIII"])
        #expect(table.words(of: "'s Brannock") == ["Brannock"])
        #expect(table.words(of: "J. BRANNOCK") == ["J.", "Brannock"])
    }

    @Test func aCombiningMarkAfterASpaceKeepsTheCharacterSplit() {
        var table = NameWordTable()
        // " \u{301}" is one character, no space: the name is one word, as `split` on characters gives.
        #expect(table.words(of: "Tessa \u{301}Brannock") == ["Tessa \u{301}Brannock"])
    }

    @Test func equalWordsShareAClassAndEqualBytesASpelling() {
        var table = NameWordTable()
        var ids: [Int32] = []
        table.appendWords(of: "Zoë Quill", to: &ids)
        table.appendWords(of: "Zoe\u{308} QUILL", to: &ids)
        table.appendWords(of: "\u{212A}ira Kira", to: &ids)
        #expect(ids.count == 6)
        #expect(ids[1] == ids[3])
        #expect(ids[0] != ids[2])
        #expect(table.wordClass(ids[0]) == table.wordClass(ids[2]))
        #expect(table.wordClass(ids[4]) == table.wordClass(ids[5]))
        #expect(table.wordClass(ids[0]) != table.wordClass(ids[1]))
        #expect(table.isShort(ids[0]) == false)
    }

    @Test func classesAreAppendedAfterWhatOutHolds() {
        var table = NameWordTable()
        var ids: [Int32] = []
        table.appendWords(of: "Zoë Quill", to: &ids)
        table.appendWords(of: "Zoe\u{308} Quill Quill", to: &ids)
        var out: [Int32] = [42]
        table.appendClasses(of: ids, to: &out)
        #expect(out.count == 6)
        #expect(out[0] == 42)
        #expect(Array(out[1...]) == ids.map { table.wordClass($0) })
        // "Zoë" in either spelling is one class, "Quill" another.
        #expect(out[1] == out[3] && out[2] == out[4] && out[4] == out[5] && out[1] != out[2])
    }

    @Test func asciiNamesSplitAsOtherNamesDo() {
        var table = NameWordTable()
        #expect(table.words(of: "  Tessa \n\nBrannock's ") == ["Tessa", "Brannock"])
        #expect(table.words(of: "\nTESSA\r\nBRANNOCK") == ["Tessa\r\nbrannock"])
        #expect(table.words(of: "Tessa 's") == ["Tessa"])
        #expect(table.words(of: "") == [])
        #expect(NameWordTable.isASCII(UnsafeBufferPointer(start: nil, count: 0)))
        var long = "Tessa Brannock-Quillworthy"
        #expect(long.withUTF8 { NameWordTable.isASCII($0) })
        var accented = "Tessa Brannock-Quillworthé"
        #expect(!accented.withUTF8 { NameWordTable.isASCII($0) })
    }

    @Test func separatorsStandAloneOnlyBesideOrdinaryCharacters() {
        func check(_ s: String) -> Bool { var s = s; return s.withUTF8 { NameWordTable.separatorsStandAlone($0) } }
        #expect(check("Tessa Brannock"))
        #expect(check("José Émile"))
        #expect(!check("Tessa \u{301}x"))
        #expect(!check("\u{600} Tessa"))
    }

    @Test func aResetTableNumbersWordsAfreshAsANewOneWould() {
        var table = NameWordTable()
        var before: [Int32] = []
        table.appendWords(of: "Tessa Brannock", to: &before)
        table.appendWords(of: "Zoë Quill", to: &before)
        table.reset(words: 4)
        #expect(table.classCount == 0)
        var ids: [Int32] = []
        table.appendWords(of: "Zoë Quill", to: &ids)
        table.appendWords(of: "Tessa Zoë", to: &ids)
        var fresh = NameWordTable()
        var freshIDs: [Int32] = []
        fresh.appendWords(of: "Zoë Quill", to: &freshIDs)
        fresh.appendWords(of: "Tessa Zoë", to: &freshIDs)
        #expect(ids == freshIDs)
        #expect(ids.map { table.wordClass($0) } == freshIDs.map { fresh.wordClass($0) })
        #expect(table.name(ids[0...1]) == "Zoë Quill")
        #expect(table.classCount == 3)
    }

    @Test func onlyAnASCIINameWrittenAsItsWordsIsVerbatim() {
        var table = NameWordTable()
        func verbatim(_ name: String) -> Bool {
            var ids: [Int32] = []
            return table.appendWords(of: name, to: &ids)
        }
        #expect(verbatim("Tessa Brannock"))
        #expect(verbatim("Henry VIII"))
        #expect(verbatim("Tessa\r\nBrannock"))
        #expect(!verbatim(""))
        #expect(!verbatim("Tessa  Brannock"))
        #expect(!verbatim("Tessa\nBrannock"))
        #expect(!verbatim(" Tessa"))
        #expect(!verbatim("Tessa "))
        #expect(!verbatim("Brannock's"))
        #expect(!verbatim("Tessa 's"))
        #expect(!verbatim("TESSA Quill"))
        #expect(!verbatim("HENRY VIII"))
        // Not ASCII: not told, whatever the words.
        #expect(!verbatim("Zoë Quill"))
        #expect(!verbatim("Zoë\u{00A0}Quill"))
        #expect(!verbatim("Tessa \u{301}Brannock"))
    }

    @Test func wordsOfAtMostTwoCharactersAreShort() {
        var table = NameWordTable()
        var ids: [Int32] = []
        for name in ["J.", "Jo", "Joe", "\r\n\r\n", "a\r\nb", "a\r\n", "Tessa", "TESSA", "Tl"] { table.appendWords(of: name, to: &ids) }
        #expect(ids.map { table.isShort($0) } == [true, true, false, true, false, true, false, false, true])
    }
}
