import Testing
@testable import Hearsay

@Suite struct ByteArenaTests {
    @Test func aGrownArenaHoldsTheKeptBytesAndTheRoomAskedFor() {
        let arena = ByteArena(capacity: 8)
        for k in 0..<8 { arena.buffer[k] = UInt8(0x61 + k) }
        // Doubled until it holds 40 bytes: 8 -> 16 -> 32 -> 64.
        let grown = arena.grown(toHold: 40, keeping: 5)
        #expect(grown.buffer.count == 64)
        #expect(Array(grown.buffer[0..<5]) == Array("abcde".utf8))
        // One doubling is enough when it holds the size asked for.
        #expect(arena.grown(toHold: 9, keeping: 0).buffer.count == 16)
    }
}
