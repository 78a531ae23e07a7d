import Testing
@testable import Hearsay

@Suite struct TextDecoderTests {
    @Test func invalidUTF8IsReplacedWithAWarning() {
        let result = TextDecoder.decode([0x48, 0x69, 0xFF, 0xFE, 0x21])
        #expect(result.text == "Hi\u{FFFD}\u{FFFD}!")
        #expect(result.warnings.contains { $0.code == .invalidUTF8 })
    }

    @Test func utf16WithBOM() {
        let le: [UInt8] = [0xFF, 0xFE] + Array("Héllo".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(TextDecoder.decode(le).text == "Héllo")
        let be: [UInt8] = [0xFE, 0xFF] + Array("Héllo".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoder.decode(be).text == "Héllo")
    }

    @Test func windows1252WhenDeclared() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x93, 0x68, 0x69, 0x94]
        let result = TextDecoder.decode(bytes, declaredCharset: "windows-1252")
        #expect(result.text == "café “hi”")
    }

    @Test func utf8BOMIsDropped() {
        #expect(TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x41]).text == "A")
    }

    @Test func binaryDetection() {
        #expect(TextDecoder.looksBinary([0x00, 0x01, 0x02, 0x03, 0x00, 0x7F, 0x00, 0x10]))
        #expect(!TextDecoder.looksBinary(Array("Plain text\nwith lines.".utf8)))
    }

    @Test func controlBytesScoreAsOneByOne() {
        var random = SplitMix64(state: 3)
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0x9F, 0xC3, 0xFF]
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let expected = bytes.reduce(0) { sum, b in
                sum + (b < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains(b) ? (b == 0 ? 1 : 2) : 0)
            }
            #expect(bytes.withUnsafeBufferPointer { TextDecoder.controlScore($0) } == expected, "\(bytes)")
        }
    }

    @Test func binaryIsJudgedOnTheFirstEightKilobytes() {
        let text = [UInt8](repeating: 0x61, count: 8192)
        #expect(!TextDecoder.looksBinary(text + [UInt8](repeating: 1, count: 8192)))
        var spotted = text
        for k in stride(from: 0, to: 8192, by: 19) { spotted[k] = 0x01 }
        #expect(TextDecoder.looksBinary(spotted), "432 control bytes score 864, over 10% of 8,192")
        for k in stride(from: 0, to: 8192, by: 38) { spotted[k] = 0x61 }
        #expect(!TextDecoder.looksBinary(spotted), "216 control bytes, 432 points, are under")
    }
}
