import Testing
@testable import Hearsay

@Suite struct TextDecoderValidationTests {
    func valid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { TextDecoder.isValidUTF8($0) }
    }

    @Test func theEdgesOfTable3_7() {
        let cases: [([UInt8], Bool)] = [
            ([0x41, 0xC2, 0x80], true), ([0xC1, 0xBF], false), ([0xC0, 0x80], false), ([0xDF, 0xBF], true),
            ([0xE0, 0xA0, 0x80], true), ([0xE0, 0x9F, 0xBF], false), ([0xED, 0x9F, 0xBF], true), ([0xED, 0xA0, 0x80], false),
            ([0xEF, 0xBF, 0xBF], true), ([0xF0, 0x90, 0x80, 0x80], true), ([0xF0, 0x8F, 0xBF, 0xBF], false),
            ([0xF4, 0x8F, 0xBF, 0xBF], true), ([0xF4, 0x90, 0x80, 0x80], false), ([0xF5, 0x80, 0x80, 0x80], false),
            ([0x80], false), ([0xFF], false), ([0xE2, 0x80], false), ([0xE2, 0x28, 0xA1], false), ([0xF0, 0x9F, 0x98], false),
            ([], true),
        ]
        for (bytes, expected) in cases {
            #expect(valid(bytes) == expected, "\(bytes)")
            #expect(valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
        }
    }

    @Test func agreesWithTheStandardLibraryOnDamagedText() {
        var random = SplitMix64(state: 7)
        let pieces = ["a", "plain ASCII run longer than a word ", "é", "“", "—", "日本", "😀", "\u{0301}", "<p>", "\n"]
        for _ in 0..<3000 {
            var bytes = Array((0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined().utf8)
            // Damage one byte in most texts, anywhere: a lead, a continuation or an ASCII byte.
            if Int.random(in: 0..<4, using: &random) > 0 {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if Bool.random(using: &random) { bytes.removeLast(Int.random(in: 0...min(3, bytes.count), using: &random)) }
            #expect(valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            #expect(TextDecoder.isValidUTF8(bytes) == valid(bytes))
        }
    }

    @Test func aBadByteIsFoundAtEveryOffsetOfALongASCIIRun() {
        for offset in 0..<40 {
            var bytes = [UInt8](repeating: 0x61, count: 40)
            bytes[offset] = 0x80
            #expect(!valid(bytes), "offset \(offset)")
            bytes[offset] = 0xC3
            #expect(!valid(bytes), "a lead byte before an ASCII byte or the end, offset \(offset)")
            guard offset < 39 else { continue }
            bytes[offset + 1] = 0xA9
            #expect(valid(bytes), "é at offset \(offset)")
        }
    }

    @Test func byteOrderMark() {
        #expect(TextDecoder.hasUTF8BOM([0xEF, 0xBB, 0xBF]))
        #expect(TextDecoder.hasUTF8BOM([0xEF, 0xBB, 0xBF, 0x3C]))
        #expect(!TextDecoder.hasUTF8BOM([0xEF, 0xBB]))
        #expect(!TextDecoder.hasUTF8BOM([0x3C, 0xEF, 0xBB, 0xBF]))
    }
}
