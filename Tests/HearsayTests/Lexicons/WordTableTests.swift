import Testing
@testable import Hearsay

@Suite struct WordTableTests {
    @Test func wordsAreFoundOnTheirBytesAndOthersAreNot() {
        let table: WordTable<Int> = WordTable(["Port Quill": 1, "": 2, "Zoë": 3])
        #expect(table["Port Quill"] == 1 && table["Port quill"] == nil && table["Port Quil"] == nil)
        #expect(table["Zoë"] == 3)
        var word = "Port Quill"
        word.withUTF8 { #expect(table[utf8: $0] == 1) }
    }

    @Test func theEmptyWordHashesAlikeWhereverItsBufferPoints() {
        // An empty slice of a real buffer has an address; it must not be read.
        let bytes: [UInt8] = Array("Quill".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let empty = UnsafeBufferPointer(rebasing: buffer[2..<2])
            #expect(empty.baseAddress != nil)
            #expect(ByteIndex.hashASCII(empty) == 0)
            #expect(ByteIndex.hashASCII(UnsafeBufferPointer(start: nil, count: 0)) == 0)
            let table: WordTable<Int> = WordTable(["": 7])
            #expect(table[utf8: empty] == 7)
        }
    }

    @Test func aMappedHashIsTheHashOfTheMappedBytes() {
        for word in ["a", "Ab", "QUILL", "Port Quill", "Ostrander-Pike Holdings", "zoe"] {
            let lower = Array(word.lowercased().utf8)
            let mapped = Array(word.utf8).withUnsafeBufferPointer { ByteIndex.hashASCII($0, mapping: NameKeySet.lowercaseWord) }
            let plain = lower.withUnsafeBufferPointer { ByteIndex.hashASCII($0) }
            #expect(mapped == plain && mapped != nil, "\(word)")
        }
        #expect(Array("Zoë".utf8).withUnsafeBufferPointer { ByteIndex.hashASCII($0, mapping: NameKeySet.lowercaseWord) } == nil)
    }
}
