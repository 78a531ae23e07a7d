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

    @Test func longStringsSharingTheirFirstAndLastEightBytesStayApart() {
        // 9-16 bytes are told apart by their first and last eight, longer ones by every byte.
        let words = ["abcdefghXstuvwxyz", "abcdefghYstuvwxyz", "abcdefghstuvwxyz", "abcdefghZtuvwxyz",
                     "abcdefghXstuvwxyz", "abcdefgh-stuvwxyz-0", "abcdefgh-stuvwxyz-0", "abcdefgh+stuvwxyz-0"]
        let bytes = Array(words.joined(separator: " ").utf8)
        var spans: [(Int, Int)] = [], start = 0
        for w in words { spans.append((start, start + w.utf8.count)); start += w.utf8.count + 1 }
        let interner = TokenInterner(capacity: 4)
        let ids = bytes.withUnsafeBufferPointer { b in spans.map { interner.intern(b, $0.0, $0.1) } }
        #expect(ids.map(\.id) == [0, 1, 2, 3, 0, 4, 4, 5])
        #expect(ids.map(\.isNew) == [true, true, true, true, false, true, false, true])
    }

    @Test func internsAWholeDocumentAsOneTokenAtATime() throws {
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: "Ola saw Ola near the Ostrander-Pike lake; the lake."))
        let one = TokenInterner(capacity: 2), all = TokenInterner(capacity: 2)
        let single = document.bytes.withUnsafeBufferPointer { b in document.tokens.map { Int32(one.intern(b, $0.span.start, $0.span.end).id) } }
        var ids = [Int32](repeating: -1, count: document.tokens.count)
        document.bytes.withUnsafeBufferPointer { b in
            document.tokens.withUnsafeBufferPointer { tokens in
                ids.withUnsafeMutableBufferPointer { all.intern(b, tokens: tokens, into: $0) }
            }
        }
        #expect(ids == single && all.count == one.count)
        #expect(ids[0] == ids[2] && ids[0] != ids[1])
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

    @Test func aBatchGivesTheIdsOneAtATimeGivesAcrossGrowthAndCollisions() {
        // Seeded words of 0 to 24 bytes from a small alphabet (many repeats, first-slot
        // collisions, long words), interned as one batch by a table made for sixteen (it grows
        // several times within the batch) and one token at a time by another; then both again
        // after a reset, where the batch starts with room to spare.
        var random = SplitMix64(state: 7)
        var bytes: [UInt8] = []
        var tokens: [Document.Token] = []
        for _ in 0..<6000 {
            let length = Int(random.next() % 25)
            let start = bytes.count
            for _ in 0..<length { bytes.append(UInt8(0x61 + random.next() % 3)) }
            tokens.append(Document.Token(span: Span(start, bytes.count), kind: .word))
            bytes.append(0x20)
        }
        let batch = TokenInterner(capacity: 16), single = TokenInterner(capacity: 16)
        for round in 0..<2 {
            if round == 1 { batch.reset(capacity: 16); single.reset(capacity: 16) }
            var ids = [Int32](repeating: -1, count: tokens.count)
            bytes.withUnsafeBufferPointer { b in
                tokens.withUnsafeBufferPointer { t in ids.withUnsafeMutableBufferPointer { batch.intern(b, tokens: t, into: $0) } }
            }
            let expected = bytes.withUnsafeBufferPointer { b in tokens.map { Int32(single.intern(b, $0.span.start, $0.span.end).id) } }
            #expect(ids == expected, "round \(round)")
            #expect(batch.count == single.count && batch.count > 1000)
        }
    }

    @Test func aTableResetForEachDocumentNumbersAsANewTableWould() {
        // Seeded documents of 1 to 3,000 words from a small alphabet, large and small in turn:
        // one table reset for each (told to expect far fewer words than some have, so that it
        // grows within them, and reusing room a larger document left) gives every document the
        // ids a table made for it alone gives.
        var random = SplitMix64(state: 11)
        let reused = TokenInterner(capacity: 16)
        for document in 0..<40 {
            var bytes: [UInt8] = []
            var tokens: [Document.Token] = []
            let words = document % 3 == 0 ? 1 + Int(random.next() % 3000) : 1 + Int(random.next() % 40)
            for _ in 0..<words {
                let length = 1 + Int(random.next() % 12)
                let start = bytes.count
                for _ in 0..<length { bytes.append(UInt8(0x61 + random.next() % 4)) }
                tokens.append(Document.Token(span: Span(start, bytes.count), kind: .word))
                bytes.append(0x20)
            }
            reused.reset(capacity: document % 2 == 0 ? 8 : words)
            let fresh = TokenInterner(capacity: 16)
            var ids = [Int32](repeating: -1, count: tokens.count), expected = ids
            bytes.withUnsafeBufferPointer { b in
                tokens.withUnsafeBufferPointer { t in
                    ids.withUnsafeMutableBufferPointer { reused.intern(b, tokens: t, into: $0) }
                    expected.withUnsafeMutableBufferPointer { fresh.intern(b, tokens: t, into: $0) }
                }
            }
            #expect(ids == expected, "document \(document)")
            #expect(reused.count == fresh.count)
        }
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

    @Test func shortKeysAreTheBytesWithZerosAboveWhereverTheyAreRead() {
        // The same bytes give the same key read in one load (room to spare) or one by one (at the
        // end of the text), and bytes past the length never count.
        let text = Array("abcdefghZZZZZZZZ".utf8)
        text.withUnsafeBufferPointer { b in
            let p = b.baseAddress!
            for length in 0...8 {
                var expected: UInt64 = 0
                for k in 0..<length { expected |= UInt64(text[k]) << UInt64(8 * k) }
                #expect(TokenInterner.shortKey(p, length, room: 16) == expected, "length \(length)")
                #expect(TokenInterner.shortKey(p, length, room: length) == expected, "length \(length)")
            }
            // "ab" followed by other bytes keys as "ab" does.
            let other = Array("abXY".utf8)
            other.withUnsafeBufferPointer { o in
                #expect(TokenInterner.shortKey(o.baseAddress!, 2, room: 4) == TokenInterner.shortKey(p, 2, room: 16))
            }
        }
        // A token that ends the text is found again where it is read with room to spare.
        let bytes = Array("quill met quill".utf8)
        let interner = TokenInterner(capacity: 4)
        bytes.withUnsafeBufferPointer { b in
            #expect(interner.intern(b, 0, 5).id == 0)
            #expect(interner.intern(b, 6, 9).id == 1)
            #expect(interner.intern(b, 10, 15) == (0, false))
        }
    }

    @Test func keyMasksKeepTheFirstBytesUpToEight() {
        #expect(TokenInterner.keyMask(0) == 0)
        #expect(TokenInterner.keyMask(1) == 0xFF)
        #expect(TokenInterner.keyMask(3) == 0xFF_FFFF)
        #expect(TokenInterner.keyMask(7) == 0x00FF_FFFF_FFFF_FFFF)
        // Eight bytes and more keep the whole word (a shift by 64 bits would have kept none).
        #expect(TokenInterner.keyMask(8) == UInt64.max)
        #expect(TokenInterner.keyMask(13) == UInt64.max)
    }

    @Test func resetNumbersFromZeroAgainInTheSameTable() {
        let bytes = Array("quill wenna quill ostrander-of-the-pike wenna".utf8)
        let spans = [(0, 5), (6, 11), (12, 17), (18, 39), (40, 45)]
        let interner = TokenInterner(capacity: 16)
        // First a document of many words, so that the table has grown far past what the next needs.
        let many = Array((0..<6000).map { "w\($0)" }.joined().utf8)
        many.withUnsafeBufferPointer { m in
            var start = 0
            for k in 0..<6000 {
                let length = "w\(k)".utf8.count
                _ = interner.intern(m, start, start + length)
                start += length
            }
        }
        #expect(interner.count == 6000)
        bytes.withUnsafeBufferPointer { b in
            for capacity in [2, 16, 5000, 8] {
                interner.reset(capacity: capacity)
                #expect(interner.count == 0)
                let ids = spans.map { interner.intern(b, $0.0, $0.1) }
                #expect(ids.map(\.id) == [0, 1, 0, 2, 1])
                #expect(ids.map(\.isNew) == [true, true, false, true, false])
                // Each id keeps its first occurrence, length, key (first eight bytes) and tail
                // (none for eight bytes or fewer, a hash of all the bytes for more than sixteen).
                #expect(interner.start(2) == 18 && interner.length(2) == 21 && interner.length(0) == 5)
                #expect(interner.key(0) == TokenInterner.shortKey(b.baseAddress!, 5, room: 8) && interner.tail(0) == 0)
                #expect(interner.key(2) == TokenInterner.shortKey(b.baseAddress! + 18, 8, room: 8))
                #expect(interner.tail(2) == TokenInterner.longHash(b.baseAddress! + 18, 21))
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
