import Testing
@testable import Hearsay

@Suite struct CoveringWordsTests {
    /// The words `CoveringWords` reads from `bytes`, with `fill` for a short word.
    static func words(_ bytes: [UInt8], fill: UInt64 = 0) -> [UInt64] {
        var out: [UInt64] = []
        bytes.withUnsafeBufferPointer { CoveringWords.forEach($0, shortFill: fill) { out.append($0) } }
        return out
    }

    /// The bytes of `word`, lowest first.
    static func bytes(of word: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }

    @Test func noBytesGiveNoWords() {
        #expect(Self.words([]).isEmpty)
    }

    @Test func everyByteIsReadAndNoOtherForEveryLength() {
        for n in 1...40 {
            // Distinct byte values 1...n, none of them the fill.
            let input = (1...n).map { UInt8($0) }
            let words = Self.words(input, fill: 0xEE00_0000_0000_0000)
            #expect(words.count == (n >= 8 ? (n + 7) / 8 : 1), "length \(n)")
            let seen = Set(words.flatMap(Self.bytes(of:)))
            let expected = Set(input).union(n >= 4 ? [] : [0, 0xEE])
            #expect(seen == expected, "length \(n)")
        }
    }

    @Test func countIsHowManyWordsAreRead() {
        for n in 0...40 {
            #expect(CoveringWords.count(ofBytes: n) == Self.words([UInt8](repeating: 0x61, count: n)).count, "length \(n)")
        }
    }

    @Test func wholeWordsAreReadInOrderAndTheTailOverlaps() {
        let input: [UInt8] = Array(1...11)
        let words = Self.words(input)
        #expect(words.map(Self.bytes(of:)) == [Array(1...8), Array(4...11)])
    }

    @Test func aShortWordHasItsFirstMiddleAndLastBytesBelowTheFill() {
        #expect(Self.words([0x61, 0x62, 0x63], fill: 0x2121_2121_2100_0000) == [0x2121_2121_2163_6261])
        #expect(Self.words([0x61], fill: 0) == [0x61_6161])
        // Four to seven bytes: the first four low, the last four high.
        #expect(Self.words([1, 2, 3, 4, 5]).map(Self.bytes(of:)) == [[1, 2, 3, 4, 2, 3, 4, 5]])
    }
}
