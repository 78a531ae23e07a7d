import Testing
@testable import Hearsay

@Suite struct CanonicalKeysTests {
    @Test func equalNamesOfOneKindShareANumberAndKindsStayApart() {
        var keys = CanonicalKeys()
        #expect(keys.number(of: "Tollan", isPlace: true) == 0)
        #expect(keys.number(of: "Tollan", isPlace: false) == 1)
        #expect(keys.number(of: "Quillby Harbour Authority of Tollan", isPlace: false) == 2)
        #expect(keys.number(of: "Tollan", isPlace: true) == 0)
        #expect(keys.number(of: "Quillby Harbour Authority of Tollan", isPlace: false) == 2)
        #expect(keys.number(of: "Quillby Harbour Authority of Tollam", isPlace: false) == 3)
        #expect(keys.count == 4)
    }

    @Test func namesEqualAsStringsShareANumberWhateverTheirBytes() {
        var keys = CanonicalKeys()
        // KELVIN SIGN is K as a string; a decomposed ë is the composed one.
        #expect(keys.number(of: "Kallos", isPlace: true) == 0)
        #expect(keys.number(of: "\u{212A}allos", isPlace: true) == 0)
        #expect(keys.number(of: "Zoë Bay", isPlace: true) == 1)
        #expect(keys.number(of: "Zoe\u{308} Bay", isPlace: true) == 1)
        #expect(keys.number(of: "Zoe\u{308} Bay", isPlace: false) == 2)
        #expect(keys.number(of: "Zoe Bay", isPlace: true) == 3)
    }

    @Test func aResetTableNumbersFromZeroAgain() {
        var keys = CanonicalKeys()
        _ = keys.number(of: "Tollan", isPlace: true)
        _ = keys.number(of: "Zoë Bay", isPlace: true)
        keys.reset(names: 4)
        #expect(keys.count == 0)
        #expect(keys.number(of: "Zoë Bay", isPlace: true) == 0)
        #expect(keys.number(of: "Tollan", isPlace: true) == 1)
    }

    @Test func manyLongNamesGrowTheTable() {
        var keys = CanonicalKeys()
        for k in 0..<500 { #expect(keys.number(of: "Harbour Authority of Tollan number \(k)", isPlace: false) == k) }
        for k in 0..<500 { #expect(keys.number(of: "Harbour Authority of Tollan number \(k)", isPlace: false) == k) }
    }
}
