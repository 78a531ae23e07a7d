import Testing
@testable import Hearsay

@Suite struct UTF16BufferTests {
    @Test func convertsMultibyteTextIncludingSurrogatePairs() {
        // Short words and runs of more than eight ASCII bytes (converted eight at a time) around
        // two-, three- and four-byte characters.
        let text = "a é “b” 😀 z, a long stretch of plain ASCII words é then more ASCII text😀after"
        let buffer = UTF16Buffer()
        let units: [UInt16]? = Array(text.utf8).withUnsafeBufferPointer { bytes in
            buffer.withUTF16(of: bytes) { $0.map(Array.init) }
        }
        #expect(units == Array(text.utf16))
    }

    /// Each UTF-16 unit's entry is the byte offset of its character (both halves of a pair
    /// that of the pair's character), and the entry after the last is the byte length.
    @Test func mapsEachUnitToItsByteOffset() {
        let text = "a é “b” 😀 z, a long stretch of plain ASCII words é then more ASCII text😀after"
        var expected: [Int32] = []
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            for _ in 0..<UTF16.width(scalar) { expected.append(offset) }
            offset += Int32(UTF8.width(scalar))
        }
        expected.append(offset)
        let buffer = UTF16Buffer()
        let offsets: [Int32]? = Array(text.utf8).withUnsafeBufferPointer { bytes in
            buffer.withUTF16(of: bytes) { units in
                units.flatMap { units in buffer.byteOffsets.map { Array(UnsafeBufferPointer(start: $0, count: units.count + 1)) } }
            }
        }
        #expect(offsets == expected)
        #expect(buffer.byteOffsets == nil)
    }

    @Test func refusesMalformedUTF8() {
        let buffer = UTF16Buffer()
        for bad: [UInt8] in [[0x61, 0xFF], [0xC3], [0xE2, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            let converted = bad.withUnsafeBufferPointer { bytes in buffer.withUTF16(of: bytes) { $0 != nil } }
            #expect(!converted, "\(bad)")
        }
    }

    @Test func breakIteratorGivesTheSameByteOffsetsOnUTF16() throws {
        let text = "“Zoë’s café,” she said. 😀 Ça va? Dr. Ng left 3.5 km.\n\nNew line 漢字テスト. A sentence of plain words follows here. Then “one” more."
        let bytes = Array(text.utf8)
        let buffer = UTF16Buffer()
        for kind in [BreakIterator.Kind.sentence, .word] {
            let iterator = try BreakIterator.make(kind)
            try bytes.withUnsafeBufferPointer { raw in
                let direct = try iterator.boundaries(raw, withStatus: true)
                let viaUTF16 = try buffer.withUTF16(of: raw) { try iterator.boundaries(raw, utf16: $0, withStatus: true) }
                let viaMap = try buffer.withUTF16(of: raw) {
                    try iterator.boundaries(raw, utf16: $0, byteOffsets: buffer.byteOffsets, withStatus: true)
                }
                #expect(direct.offsets == viaUTF16.offsets)
                #expect(direct.statuses == viaUTF16.statuses)
                #expect(direct.offsets == viaMap.offsets)
                #expect(direct.statuses == viaMap.statuses)
                #expect(direct.offsets.count > 5)
            }
        }
    }
}

@Suite struct UTF16BufferLimitTests {
    @Test func textsPastTheLimitAreNotCopied() {
        let buffer = UTF16Buffer()
        let long = [UInt8](repeating: 0x61, count: UTF16Buffer.maximumBytes + 1)
        let copied = long.withUnsafeBufferPointer { bytes in buffer.withUTF16(of: bytes) { $0 != nil } }
        #expect(!copied)
        let short = [UInt8](repeating: 0x61, count: 100)
        #expect(short.withUnsafeBufferPointer { bytes in buffer.withUTF16(of: bytes) { $0?.count } } == 100)
    }
}
