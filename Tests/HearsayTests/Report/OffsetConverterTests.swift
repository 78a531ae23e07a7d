import Testing
@testable import Hearsay

@Suite struct OffsetConverterTests {
    /// Texts around the 256-byte checkpoint size, of two-byte characters so that byte and
    /// code-point offsets differ; the end of a 256- or 512-byte text was once mapped wrong.
    @Test(arguments: [255, 256, 257, 512, 1000])
    func everyCharacterBoundaryMapsToItsCodePoint(length: Int) {
        let text = String(repeating: "é", count: length / 2) + (length % 2 == 1 ? "a" : "")
        let bytes = Array(text.utf8)
        let converter = OffsetConverter(bytes)
        var expected = 0
        for offset in 0...bytes.count {
            let isBoundary = offset == bytes.count || bytes[offset] & 0xC0 != 0x80
            if isBoundary { #expect(converter.codePoint(offset) == expected, "byte \(offset)") }
            if offset < bytes.count, bytes[offset] & 0xC0 != 0x80 { expected += 1 }
        }
        #expect(converter.codePoint(bytes.count) == text.unicodeScalars.count, "the end of the text")
    }

    /// ASCII blocks (counted without a scan) next to blocks with multi-byte characters, at
    /// every byte offset, mid-character ones included: the lead bytes before the offset.
    @Test(arguments: [0, 1, 63, 64, 65, 128, 300])
    func mixedASCIIAndMultiByteBlocksMatchACount(asciiRun: Int) {
        let text = String(repeating: "a", count: asciiRun) + "“é” 🙂" + String(repeating: "b", count: asciiRun) + "ü"
        let bytes = Array(text.utf8)
        let converter = OffsetConverter(bytes)
        for offset in 0...bytes.count {
            let expected = bytes[..<offset].filter { $0 & 0xC0 != 0x80 }.count
            #expect(converter.codePoint(offset) == expected, "byte \(offset)")
        }
        #expect(converter.codePoint(bytes.count + 5) == text.unicodeScalars.count, "past the end")
        #expect(converter.codePoint(-1) == 0, "before the start")
    }

    /// Blocks made mostly of continuation bytes (four-byte and three-byte characters), where
    /// the per-lane sums of a block are largest.
    @Test(arguments: ["🙂", "€", "é🙂a"])
    func blocksOfContinuationBytesCountRight(unit: String) {
        let text = String(repeating: unit, count: 70)
        let bytes = Array(text.utf8)
        let converter = OffsetConverter(bytes)
        var expected = 0
        for offset in 0...bytes.count {
            if offset == bytes.count || bytes[offset] & 0xC0 != 0x80 { #expect(converter.codePoint(offset) == expected, "byte \(offset)") }
            if offset < bytes.count, bytes[offset] & 0xC0 != 0x80 { expected += 1 }
        }
    }

    /// Texts of one- to four-byte characters in a made-up order, at every byte offset (those
    /// inside a character too): the code points that start before the offset.
    @Test(arguments: [1, 7, 8, 9, 63, 64, 65, 200])
    func mixedWidthsMatchACountAtEveryOffset(length: Int) {
        let units = ["a", "é", "“", "🙂", " ", "ü", "\n", "€"]
        var text = ""
        for k in 0..<length { text += units[(k * 5 + k / 3) % units.count] }
        let bytes = Array(text.utf8)
        let converter = OffsetConverter(bytes)
        var expected = 0
        for offset in 0...bytes.count {
            #expect(converter.codePoint(offset) == expected, "byte \(offset)")
            if offset < bytes.count, bytes[offset] & 0xC0 != 0x80 { expected += 1 }
        }
        #expect(converter.codePoint(bytes.count) == text.unicodeScalars.count)
    }

    @Test func anEmptyTextHasOnlyOffsetZero() {
        let converter = OffsetConverter([])
        #expect(converter.codePoint(0) == 0)
        #expect(converter.codePoint(5) == 0)
        #expect(converter.codePoint(-3) == 0)
    }
}
