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

    @Test func keysSharingTheirFirstEightBytesAreToldApartByTheRest() {
        let long = String(repeating: "Quillmoor ", count: 30)
        let table: WordTable<Int> = WordTable([
            "Ostrander": 1, "Ostrander Pike": 2, "Ostrander Pine": 3, "Ostrand": 4, "Ostrande": 5,
            long: 6, long + "x": 7, "a": 8, "ab": 9, "abc": 10, "abcd": 11,
        ])
        #expect(table["Ostrander"] == 1 && table["Ostrander Pike"] == 2 && table["Ostrander Pine"] == 3)
        #expect(table["Ostrand"] == 4 && table["Ostrande"] == 5)
        #expect(table["Ostrander Pik"] == nil && table["Ostrander Pikes"] == nil && table["Ostrandex"] == nil)
        #expect(table[long] == 6 && table[long + "x"] == 7 && table[long + "y"] == nil && table[String(long.dropLast())] == nil)
        #expect(table["a"] == 8 && table["ab"] == 9 && table["abc"] == 10 && table["abcd"] == 11)
        #expect(table["aa"] == nil && table["abb"] == nil && table["b"] == nil && table["abcde"] == nil)
    }

    @Test func everyKeyOfALargeTableIsFoundAndNearMissesAreNot() {
        var dictionary: [String: Int] = [:]
        for k in 0..<5_000 { dictionary["w\(k)"] = k; dictionary["Quillmoor Street \(k)"] = -k }
        let table = WordTable(dictionary)
        for k in 0..<5_000 {
            #expect(table["w\(k)"] == k && table["Quillmoor Street \(k)"] == -k)
            #expect(table["v\(k)"] == nil && table["Quillmoor Street \(k)x"] == nil)
        }
    }
}
