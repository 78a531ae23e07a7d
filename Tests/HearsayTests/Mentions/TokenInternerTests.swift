import Testing
@testable import Hearsay

@Suite struct TokenInternerTests {
    @Test func equalBytesShareAnIdInOrderOfFirstOccurrence() {
        let bytes = Array("the cat, the hat; Thé thé the catalogue catalogue x".utf8)
        // Words of every length class: short (<= 8 bytes, packed), long (memcmp), one byte.
        let words: [(Int, Int)] = [(0, 3), (4, 7), (9, 12), (13, 16), (18, 22), (23, 27), (28, 31), (32, 41), (42, 51), (52, 53)]
        let interner = TokenInterner(capacity: words.count)
        let ids = bytes.withUnsafeBufferPointer { buffer in words.map { interner.intern(buffer, $0.0, $0.1) } }
        #expect(ids.map(\.id) == [0, 1, 0, 2, 3, 4, 0, 5, 5, 6])
        #expect(ids.map(\.isNew) == [true, true, false, true, true, true, false, true, false, true])
        #expect(interner.count == 7)
    }

    @Test func shortStringsOfEqualLengthDifferingInTheMiddleStayApart() {
        // Packed keys cover every byte: "abcdxfgh" and "abcdyfgh" differ only in byte 4.
        let bytes = Array("abcdxfghabcdyfghabxab".utf8)
        let interner = TokenInterner(capacity: 4)
        let ids = bytes.withUnsafeBufferPointer { b in [interner.intern(b, 0, 8).id, interner.intern(b, 8, 16).id,
                                                          interner.intern(b, 16, 19).id, interner.intern(b, 19, 21).id] }
        #expect(Set(ids).count == 4)
    }

    @Test func tokenFeaturesShareTextsAndCountDistinctWords() throws {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: "The cat saw the cat. The end."))
        let t = TokenFeatures(document)
        #expect(t.ids[0] == t.ids[6])        // "The" … "The"
        #expect(t.ids[1] == t.ids[4])        // "cat" … "cat"
        #expect(t.ids[0] != t.ids[3])        // "The" is not "the"
        #expect(t.distinctCount == Set(t.texts).count)
        #expect(t.lowercased[0] == "the" && t.capitalized[0] && !t.capitalized[3])
    }

    @Test func characterCountsMatchStringCount() throws {
        let text = "A Zoë’s naïve café ‘Ok’ x 🙂 Ab"
        let t = TokenFeatures(try Segmenter().document(for: Article(paragraphs: [], verbatimText: text)))
        for k in 0..<t.count { #expect(t.characterCount(k) == t.texts[k].count, "\(t.texts[k])") }
    }
}

@Suite struct TokenInternerGrowthTests {
    @Test func growsPastItsFirstCapacityAndKeepsEveryId() {
        // Five thousand distinct words (short and long) in a table made for sixteen, each seen twice.
        let words = (0..<5000).map { $0 % 2 == 0 ? "w\($0)" : "a-longer-word-\($0)" }
        let text = words.joined(separator: " ") + " " + words.joined(separator: " ")
        let bytes = Array(text.utf8)
        var spans: [(Int, Int)] = []
        var start = 0
        for (k, b) in bytes.enumerated() where b == 0x20 { spans.append((start, k)); start = k + 1 }
        spans.append((start, bytes.count))
        let interner = TokenInterner(capacity: 16)
        let ids = bytes.withUnsafeBufferPointer { buffer in spans.map { interner.intern(buffer, $0.0, $0.1) } }
        #expect(interner.count == 5000)
        #expect(ids[..<5000].map(\.id) == Array(0..<5000))
        #expect(ids[5000...].map(\.id) == Array(0..<5000))
        #expect(ids[5000...].allSatisfy { !$0.isNew })
    }

    @Test func longBytesCompareEveryByte() {
        let base = Array("an-unusually-long-token-of-words".utf8)
        base.withUnsafeBufferPointer { a in
            for length in 9...base.count {
                #expect(TokenInterner.sameLongBytes(a.baseAddress!, a.baseAddress!, length))
                // A change at any position, in the first, a middle or the overlapping last load, is seen.
                for k in 0..<length {
                    var other = base
                    other[k] ^= 0x20
                    let same = other.withUnsafeBufferPointer { TokenInterner.sameLongBytes(a.baseAddress!, $0.baseAddress!, length) }
                    #expect(!same, "length \(length), byte \(k)")
                }
            }
        }
    }

    @Test func longTokensDifferingLateGetTheirOwnIds() {
        let text = Array("constitutional constitutionaL constitutional".utf8)
        let interner = TokenInterner(capacity: 4)
        text.withUnsafeBufferPointer { t in
            #expect(interner.intern(t, 0, 14).id == 0)
            #expect(interner.intern(t, 15, 29).id == 1)
            #expect(interner.intern(t, 30, 44) == (0, false))
        }
    }
}
