import Testing
@testable import Hearsay

@Suite struct ByteSearchTests {
    @Test func theFirstEqualByteOfAWordIsExact() {
        var random = SplitMix64(state: 8)
        let alphabet: [UInt8] = [0x00, 0x01, 0x21, 0x22, 0x23, 0x3E, 0x3F, 0x7F, 0x80, 0xA2, 0xBE, 0xFF]
        for _ in 0..<3000 {
            let bytes = (0..<8).map { _ in alphabet.randomElement(using: &random)! }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            for byte in [UInt8(0x00), 0x22, 0x3E, 0xA2] {
                let found = ByteSearch.equalBytes(word, byte)
                let expected = bytes.firstIndex(of: byte)
                #expect(found == 0 ? expected == nil : found.trailingZeroBitCount >> 3 == expected, "\(bytes) \(byte)")
            }
        }
    }

    @Test func nextFindsTheByteOrTheEnd() {
        let bytes = Array("ab<cd<".utf8)
        #expect(ByteSearch.next(0x3C, in: bytes, from: 0, to: bytes.count) == 2)
        #expect(ByteSearch.next(0x3C, in: bytes, from: 3, to: 5) == 5)
        #expect(ByteSearch.next(0x3C, in: bytes, from: 4, to: 2) == 4)
    }
}
