import Testing
@testable import Hearsay

@Suite struct ShortScalarTests {
    @Test func decodesEveryOneAndTwoByteScalarAsSwiftDoes() {
        for value in 0..<0x800 {
            let bytes = Array(String(Character(Unicode.Scalar(UInt32(value))!)).utf8)
            let found = bytes.withUnsafeBufferPointer { ShortScalar.at($0.baseAddress!, 0, $0.count) }
            #expect(found?.value == value && found?.length == bytes.count, "U+\(String(value, radix: 16))")
        }
    }

    @Test func turnsAwayLongerTruncatedAndMalformedSequences() {
        // Three bytes (’), a lead byte at the end, a lead without its continuation, an overlong
        // two-byte form of "/", and a lone continuation byte.
        let cases: [[UInt8]] = [[0xE2, 0x80, 0x99], [0xC3], [0xC3, 0x41], [0xC0, 0xAF], [0x80]]
        for bytes in cases {
            let found = bytes.withUnsafeBufferPointer { ShortScalar.at($0.baseAddress!, 0, $0.count) }
            #expect(found == nil, "\(bytes)")
        }
    }
}
