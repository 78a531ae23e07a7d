import Testing
@testable import Hearsay

@Suite struct KeyHashFilterTests {
    /// Made-up words, many enough for a filter of several words.
    static let keys: [String] = (0..<5_000).map { "Quillmoor \($0)" } + ["", "a", "Ab", "Ostrander-Pike Holdings", "Vell"]

    /// The hash `ByteIndex` gives the ASCII `word`.
    static func hash(_ word: String) -> UInt32 {
        Array(word.utf8).withUnsafeBufferPointer { ByteIndex.hashASCII($0)! }
    }

    @Test func everyKeyHashPasses() {
        let filter = KeyHashFilter(hashes: Self.keys.map(Self.hash))
        defer { filter.deallocate() }
        #expect(filter.wordCount > 1)
        for key in Self.keys { #expect(filter.mayContain(hash: Self.hash(key)), "\(key)") }
    }

    @Test func mostOtherHashesAreTurnedAway() {
        let filter = KeyHashFilter(hashes: Self.keys.map(Self.hash))
        defer { filter.deallocate() }
        let others = (0..<5_000).map { "Tarrowby \($0)" }
        let passed = others.filter { filter.mayContain(hash: Self.hash($0)) }.count
        // About 13 bits per key and two bits per hash let a few percent through; a broken
        // filter (every bit set, or none read) would let them all through.
        #expect(passed < others.count / 10, "\(passed) of \(others.count) passed")
    }

    @Test func aOneWordFilterWorks() {
        let filter = KeyHashFilter(hashes: [Self.hash("Vell")])
        defer { filter.deallocate() }
        #expect(filter.wordCount == 1)
        #expect(filter.mayContain(hash: Self.hash("Vell")))
        let empty = KeyHashFilter(hashes: [UInt32]())
        defer { empty.deallocate() }
        #expect(!empty.mayContain(hash: Self.hash("Vell")))
    }

    @Test func aFilteredTableStillFindsEveryKey() {
        // Keys canonically equivalent to ASCII (U+212A KELVIN SIGN, U+037E GREEK QUESTION MARK)
        // are indexed under their ASCII bytes: the filter must pass both spellings through.
        var dictionary: [String: Int] = [:]
        for (n, key) in Self.keys.enumerated() { dictionary[key] = n }
        dictionary["\u{212A}ell Tarn"] = -1
        dictionary["Vell\u{037E}"] = -2
        dictionary["Zoë Quill"] = -3
        let table = WordTable(dictionary)
        for (key, value) in dictionary {
            #expect(table[key] == value, "\(key)")
            var word = key
            word.withUTF8 { #expect(table[utf8: $0] == value, "\(key)") }
        }
        #expect(table["Kell Tarn"] == -1 && table["Vell;"] == -2)
        #expect(table["Zoe\u{0308} Quill"] == -3)
        #expect(table["Tarrowby 1"] == nil && table["Quillmoor 5000"] == nil && table["Kell tarn"] == nil)
    }
}
