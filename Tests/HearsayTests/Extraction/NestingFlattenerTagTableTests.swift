import Testing
@testable import Hearsay

@Suite struct NestingFlattenerTagTableTests {
    /// The numbers `table` gives the space-separated names of `text`, read where they stand in it.
    func ids(_ text: String, in table: inout NestingFlattener.TagTable) -> [Int] {
        let bytes = Array(text.utf8)
        var result: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                if end > start { result.append(table.id(buffer.baseAddress!, from: start, to: end, readable: bytes.count)) }
                start = end + 1
            }
        }
        return result
    }

    @Test func namesAreNumberedInOrderWithoutCase() {
        var table = NestingFlattener.TagTable()
        #expect(ids("div P Div p my-widget DIV", in: &table) == [0, 1, 0, 1, 2, 0])
        #expect(table.count == 3)
    }

    @Test func aNameAtTheEndOfTheBufferIsTheNameReadAWordAtATime() {
        var table = NestingFlattener.TagTable()
        // The first "blockquote" is read a word at a time, the last one (too near the end) byte by byte.
        #expect(ids("blockquote section xxxxxxxxxxxxxxxxxx SECTION BlockQuote", in: &table) == [0, 1, 2, 1, 0])
    }

    @Test func namesPrefixingEachOtherAreDifferent() {
        var table = NestingFlattener.TagTable()
        #expect(ids("b br bdo blockquot blockquote blockquotes b", in: &table) == [0, 1, 2, 3, 4, 5, 0])
    }

    @Test func longNamesAreNumberedToo() {
        var table = NestingFlattener.TagTable()
        let long = "a-custom-element-name"
        #expect(ids("\(long) p \(long.uppercased()) a-custom-element-nam", in: &table) == [0, 1, 0, 2])
    }

    @Test func manyNamesKeepTheirNumbersAsTheTableGrows() {
        var table = NestingFlattener.TagTable()
        let names = (0..<300).map { "x-\($0)" }.joined(separator: " ")
        #expect(ids(names, in: &table) == Array(0..<300))
        #expect(ids(names.uppercased(), in: &table) == Array(0..<300))
    }

    @Test func kindsFollowTheName() {
        var table = NestingFlattener.TagTable()
        let numbers = ids("BR li SCRIPT td div", in: &table)
        #expect(table.kinds[numbers[0]] == .void)
        #expect(table.kinds[numbers[1]] == [.optionalEnd, .paragraphLevel])
        #expect(table.kinds[numbers[2]] == .rawText)
        #expect(table.kinds[numbers[3]] == [.optionalEnd, .paragraphLevel])
        #expect(table.kinds[numbers[4]] == [])
    }
}
