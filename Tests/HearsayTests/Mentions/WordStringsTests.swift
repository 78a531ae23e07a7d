import Testing
@testable import Hearsay

@Suite struct WordStringsTests {
    @Test func keepsEachWordsTwoStringsUntilFull() {
        let strings = WordStrings(capacity: 3)
        #expect(strings.capacity == 3 && !strings.isFull)
        strings.append(text: "Wendle", lower: "wendle")
        strings.append(text: "a long word of more than fifteen bytes", lower: "a long word of more than fifteen bytes")
        strings.append(text: "ÉTÉ", lower: "été")
        #expect(strings.isFull && strings.count == 3)
        #expect((0..<3).map { strings.text($0) } == ["Wendle", "a long word of more than fifteen bytes", "ÉTÉ"])
        #expect((0..<3).map { strings.lower($0) } == ["wendle", "a long word of more than fifteen bytes", "été"])
    }

    @Test func pairsStartOnA64ByteBoundaryAndTakeHalfALine() {
        let strings = WordStrings(capacity: 4)
        #expect(Int(bitPattern: UnsafeRawPointer(strings.pairs)) % 64 == 0)
        #expect(MemoryLayout<WordStrings.Pair>.stride == 32)
    }

    @Test func firstWordReadsTheTextsFirstEightBytes() {
        let strings = WordStrings(capacity: 4)
        strings.append(text: "Ab", lower: "ab")
        strings.append(text: "Ab", lower: "ab")
        strings.append(text: "Zq", lower: "zq")
        // Equal small strings have equal first words; different ones differ.
        #expect(strings.firstWord(0) == strings.firstWord(1))
        #expect(strings.firstWord(0) != strings.firstWord(2))
    }

    @Test func aCopyIsItsOwnAndAMoveEmptiesTheOld() {
        let strings = WordStrings(capacity: 1)
        strings.append(text: "Orrin", lower: "orrin")
        let copy = strings.copy(toHold: 4)
        #expect(copy.capacity == 4 && copy.count == 1 && copy.text(0) == "Orrin")
        copy.append(text: "Quarry", lower: "quarry")
        #expect(strings.count == 1 && copy.count == 2 && copy.lower(1) == "quarry")
        let moved = copy.moved(toHold: 8)
        #expect(copy.count == 0 && moved.capacity == 8)
        #expect((0..<2).map { moved.text($0) } == ["Orrin", "Quarry"])
        strings.removeAll()
        #expect(strings.count == 0 && moved.text(0) == "Orrin")
        strings.append(text: "Sable", lower: "sable")
        #expect(strings.text(0) == "Sable" && strings.lower(0) == "sable")
    }
}
