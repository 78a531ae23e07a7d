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
}
