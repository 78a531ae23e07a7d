import Testing
@testable import Hearsay

@Suite struct ByteBufferTests {
    /// Bytes, pairs, copies and literals land in order, well past the first capacity.
    @Test func appendsInOrderAcrossGrowth() {
        var buffer = ByteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for round in 0..<200 {
            let byte = UInt8(truncatingIfNeeded: round)
            buffer.append(byte); expected.append(byte)
            buffer.append(0x5C, 0x6E); expected += [0x5C, 0x6E]
            buffer.append("key"); expected += Array("key".utf8)
            buffer.append("é and more" + String(round)); expected += Array(("é and more" + String(round)).utf8)
            let chunk: [UInt8] = Array(repeating: 0x41, count: round % 37)
            chunk.withUnsafeBufferPointer { buffer.append($0) }
            expected += chunk
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
    }

    @Test func appendsDecimalsAsStringDoes() {
        let samples = [0, 1, 9, 10, 11, 99, 100, 999, 1000, 65_535, 999_999_999, 1_000_000_000,
                       Int(Int32.max), 999_999_999_999_999_999, 1_000_000_000_000_000_000, Int.max, -1, -10, Int.min]
            + Array(0...10_001)  // every number written in line, and the first ones past them
        for n in samples {
            var buffer = ByteBuffer()
            buffer.appendDecimal(n)
            #expect(String(decoding: buffer.array, as: UTF8.self) == String(n))
        }
    }

    @Test func startsEmpty() {
        let buffer = ByteBuffer()
        #expect(buffer.count == 0)
        #expect(buffer.array.isEmpty)
    }

    /// A direct write keeps only the bytes the body says it wrote, and grows the buffer first.
    @Test func writesDirectlyUpToTheRoomAsked() {
        var buffer = ByteBuffer(capacity: 16)
        buffer.append("0123456789abcde")
        buffer.write(upTo: 40) { start in
            for i in 0..<3 { start[i] = 0x41 + UInt8(i) }
            return start + 3
        }
        buffer.append(0x21)
        #expect(String(decoding: buffer.array, as: UTF8.self) == "0123456789abcdeABC!")
    }

    /// Lent room is written in place until it runs out; then the bytes move to an allocation
    /// of the buffer's own, and the room is left as it was written.
    @Test func writesIntoLentRoomThenMovesOut() {
        var room = [UInt8](repeating: 0, count: 20)
        room.withUnsafeMutableBufferPointer { room in
            var buffer = ByteBuffer(lending: room)
            buffer.append("0123456789")
            let lentAtFirst = buffer.isLent
            #expect(lentAtFirst)
            #expect(Array(room.prefix(10)) == Array("0123456789".utf8))
            buffer.append("abcdefghijklmnop")
            let lentAfterGrowing = buffer.isLent
            #expect(!lentAfterGrowing)
            #expect(String(decoding: buffer.array, as: UTF8.self) == "0123456789abcdefghijklmnop")
        }
    }

    /// Room too small to lend (or none) gets a buffer of its own from the start.
    @Test func tinyRoomIsNotLent() {
        var room = [UInt8](repeating: 0, count: 4)
        room.withUnsafeMutableBufferPointer { room in
            var buffer = ByteBuffer(lending: room)
            let lent = buffer.isLent
            #expect(!lent)
            buffer.append("more than four bytes")
            #expect(String(decoding: buffer.array, as: UTF8.self) == "more than four bytes")
        }
    }
}
