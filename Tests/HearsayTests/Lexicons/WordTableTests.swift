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

    @Test func anEntryNumberReadsBackItsValue() {
        // Made-up keys; a word the byte index cannot read gives no entry number.
        let table: WordTable<Int> = WordTable(["Port Quill": 1, "Vell": 2, "Zoë": 3])
        for (word, value) in [("Port Quill", 1), ("Vell", 2)] {
            var bytes = word
            let entry = bytes.withUTF8 { table.entry(utf8: $0) }
            #expect(entry.map { table.value(at: $0) } == value, "\(word)")
        }
        var absent = "Quill", accented = "Zoë"
        #expect(absent.withUTF8 { table.entry(utf8: $0) } == nil)
        #expect(accented.withUTF8 { table.entry(utf8: $0) } == nil && table["Zoë"] == 3)
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
    @Test func plainPunctuationIsItsOwnDecompositionAndCombinesWithNothing() {
        var scalars: [Unicode.Scalar] = [Unicode.Scalar(0xA0)!]
        for v in 0x2010...0x2027 { scalars.append(Unicode.Scalar(v)!) }
        for scalar in scalars {
            let alone = String(Character(scalar))
            #expect(Array(alone.decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar], "\(scalar.value)")
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "\(scalar.value)")
            var word = "Quill" + alone + "s"
            #expect(word.withUTF8 { ByteIndex.isPlain($0) }, "\(scalar.value)")
        }
        for word in ["Zoë", "\u{212A}elvin", "Quill\u{2028}", "Quill\u{200F}", "Quill\u{2030}", "Quill\u{00A1}", "Quill\u{301}"] {
            var word = word
            #expect(!word.withUTF8 { ByteIndex.isPlain($0) }, "\(word)")
        }
    }

    @Test func onlyThePlainEquivalentsDecomposeToPlainBytes() {
        // Every scalar whose canonical decomposition is ASCII and plain punctuation is one that
        // `plainEquivalent` maps, to that decomposition; every other scalar it refuses.
        for value in 0x80...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            var decomposed = alone.decomposedStringWithCanonicalMapping
            let plain = decomposed.withUTF8 { ByteIndex.isPlain($0) }
            let mapped = ByteIndex.Builder.plainEquivalent(alone)
            #expect(mapped == (plain ? Array(decomposed.utf8) : nil), "\(value)")
        }
    }

    @Test func theASCIIEquivalentRefusesPlainPunctuationThePlainOneKeeps() {
        // Both map the three scalars with a one-scalar ASCII decomposition; only `plainEquivalent`
        // keeps plain punctuation (NBSP, dashes, curly quotes) as it is.
        #expect(ByteIndex.Builder.asciiEquivalent("\u{212A}ing") == Array("King".utf8))
        #expect(ByteIndex.Builder.plainEquivalent("\u{212A}ing") == Array("King".utf8))
        for word in ["Quill\u{00A0}Moor", "Quill—Moor", "O’Quill", "“Quill”"] {
            #expect(ByteIndex.Builder.asciiEquivalent(word) == nil, "\(word)")
            #expect(ByteIndex.Builder.plainEquivalent(word) == Array(word.utf8), "\(word)")
        }
        #expect(ByteIndex.Builder.asciiEquivalent("Zoë") == nil)
        #expect(ByteIndex.Builder.plainEquivalent("Zoë") == nil)
    }

    @Test func wordsWithPlainPunctuationAreAnsweredAsTheCollectionAnswersThem() {
        let dictionary: [String: Int] = [
            "O’Quill": 1, "“Quill”": 2, "Quill—Moor": 3, "\u{212A}ing’s": 4, "Zoë’s": 5, "’": 6, "Quill\u{00A0}Moor": 7,
            "Cafe\u{301}—Moor": 8, "Port Quill": 9,
        ]
        let table = WordTable(dictionary)
        let set = WordTable(Set(dictionary.keys))
        let words = ["O’Quill", "O'Quill", "“Quill”", "\"Quill\"", "Quill—Moor", "Quill–Moor", "King’s", "\u{212A}ing’s",
                     "Zoë’s", "Zoe\u{308}’s", "’", "‘", "Quill\u{00A0}Moor", "Quill Moor", "Café—Moor", "Cafe\u{301}—Moor",
                     "Port Quill", "Port Quill’s", "—", ""]
        for word in words {
            var bytes = word
            #expect(table[word] == dictionary[word], "\(word)")
            #expect(bytes.withUTF8 { table[utf8: $0] } == dictionary[word], "\(word)")
            #expect(set.contains(word) == (dictionary[word] != nil), "\(word)")
        }
        // Found on their bytes, not by the collection: the index holds the plain keys (a key
        // as its decomposition), and other words are left to the collection.
        var builder = ByteIndex.Builder(capacity: 4)
        #expect(builder.insert("O’Quill") && builder.insert("\u{212A}ing’s") && !builder.insert("Zoë’s"))
        let index = builder.finish()
        if case .found = index.find("O’Quill") {} else { Issue.record("O’Quill") }
        if case .found = index.find("King’s") {} else { Issue.record("King’s") }
        if case .absent = index.find("O’Quil") {} else { Issue.record("O’Quil") }
        if case .notASCII = index.find("Zoë’s") {} else { Issue.record("Zoë’s") }
    }
}
