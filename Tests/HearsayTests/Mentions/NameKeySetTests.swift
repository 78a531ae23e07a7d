import Testing
@testable import Hearsay

@Suite struct NameKeySetTests {
    /// Made-up words: ASCII, mixed case, non-ASCII, an empty word, canonically equivalent
    /// spellings and words long enough to be hashed in several loads.
    static let words = ["quill", "ostrander-pike", "zoë", "zoe\u{308}", "", "a\u{37E}b", "o'dell", "Quill", "\u{212A}ent", "Kent",
                        "a;b", "INA", "Ostrander-Pike", "ZOË", "wevell-ostrander", "AB", "@[`{"]

    /// What a `Set<String>` built the same way answers.
    static func expectSameAnswers(_ keys: NameKeySet, _ reference: Set<String>) {
        for word in words + ["absent", "wevell", "quil", "quilk", "ina-ostrander"] {
            if word.lowercased() == word { #expect(keys.contains(lowercase: word) == reference.contains(word), "\(word)") }
            let lowered = Array(word.utf8).withUnsafeBufferPointer { keys.contains(lowercasing: $0) }
            #expect(lowered == reference.contains(word.lowercased()), "\(word)")
        }
    }

    @Test func answersAsASetOfStrings() {
        let keys = NameKeySet()
        var reference: Set<String> = []
        #expect(keys.isEmpty())
        for word in Self.words.prefix(6) {
            keys.insert(lowercase: word)
            reference.insert(word)
            Self.expectSameAnswers(keys, reference)
        }
        #expect(!keys.isEmpty())
        for word in Self.words.dropFirst(6) {
            Array(word.utf8).withUnsafeBufferPointer { keys.insert(lowercasing: $0) }
            reference.insert(word.lowercased())
            Self.expectSameAnswers(keys, reference)
        }
    }

    @Test func growsPastItsFirstTable() {
        let keys = NameKeySet(minimumCapacity: 1)
        for k in 0..<200 { keys.insert(lowercase: "name\(k)") }
        for k in 0..<200 { #expect(keys.contains(lowercase: "name\(k)")) }
        #expect(!keys.contains(lowercase: "name200"))
        #expect(!keys.contains(lowercase: ""))
    }

    @Test func wordsOfEveryLengthAreToldApartByAnyOneByte() {
        // Words are kept as covering words (one to three bytes, four to eight, then eight at a
        // time with the last word overlapping): a change at any position must tell them apart.
        let keys = NameKeySet(minimumCapacity: 2)
        for n in 1...26 {
            let word = (0..<n).map { Character(UnicodeScalar(UInt8(0x61 + ($0 * 7 + n) % 26))) }
            keys.insert(lowercase: String(word), as: 1)
            #expect(keys.contains(lowercase: String(word)), "\(n)")
            #expect(Array(String(word).uppercased().utf8).withUnsafeBufferPointer { keys.contains(lowercasing: $0) }, "\(n)")
            for k in 0..<n {
                var changed = word
                changed[k] = changed[k] == "z" ? "y" : "z"
                #expect(!keys.contains(lowercase: String(changed)), "\(n) \(k)")
            }
            #expect(!keys.contains(lowercase: String(word.dropLast())) || n == 1, "\(n) shorter")
            #expect(CoveringWords.count(ofBytes: n) == (n <= 8 ? 1 : (n + 7) / 8))
        }
    }

    @Test func wordsKeepTheKindsTheyWereAddedAs() {
        let keys = NameKeySet()
        keys.insert(lowercase: "wevell", as: 1)
        Array("Wevell".utf8).withUnsafeBufferPointer { keys.insert(lowercasing: $0, as: 4) }
        keys.insert(lowercase: "zoë", as: 2)
        keys.insert(lowercase: "", as: 8)
        #expect(keys.contains(lowercase: "wevell", anyOf: 1) && keys.contains(lowercase: "wevell", anyOf: 4))
        #expect(!keys.contains(lowercase: "wevell", anyOf: 2 | 8))
        #expect(Array("ZOË".utf8).withUnsafeBufferPointer { keys.contains(lowercasing: $0, anyOf: 2) })
        #expect(!keys.contains(lowercase: "zoë", anyOf: 1))
        #expect(keys.contains(lowercase: "", anyOf: 8) && !keys.contains(lowercase: "", anyOf: 1))
        #expect(!keys.isEmpty(of: 4) && !keys.isEmpty(of: 8) && keys.isEmpty(of: 16))
    }

    @Test func lowercasesEightBytesAsEachByte() {
        let word = Array("Az@[`{ZaQ".utf8)
        let packed = word.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        let lowered = NameKeySet.lowercaseWord(packed)
        for k in 0..<8 { #expect(UInt8(truncatingIfNeeded: lowered >> (8 * UInt64(k))) == Array(String(decoding: word, as: UTF8.self).lowercased().utf8)[k]) }
    }

    @Test func outerWordsOfANameAreItsFirstAndLastSpaceSeparatedWords() {
        for name in ["Ina Wevell", " Port  Quill ", "Ostrander-Pike", "Mrs. Ina Wevell's", "   ", ""] {
            let ranges = Array(name.utf8).withUnsafeBufferPointer { EntityRecognizer.outerWordRanges($0) }
            guard let (first, last) = ranges else { Issue.record("ASCII name not read: \(name)"); continue }
            let bytes = Array(name.utf8)
            #expect(first.isEmpty ? name.firstSpaceSeparatedWord == nil : String(decoding: bytes[first], as: UTF8.self) == name.firstSpaceSeparatedWord.map(String.init))
            #expect(last.isEmpty ? name.lastSpaceSeparatedWord == nil : String(decoding: bytes[last], as: UTF8.self) == name.lastSpaceSeparatedWord.map(String.init))
        }
        #expect(Array("Zoë Falk".utf8).withUnsafeBufferPointer { EntityRecognizer.outerWordRanges($0) } == nil)
    }
}
