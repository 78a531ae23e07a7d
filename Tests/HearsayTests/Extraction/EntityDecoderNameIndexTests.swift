import Testing
@testable import Hearsay

@Suite struct EntityDecoderNameIndexTests {
    func contains(_ index: EntityDecoder.NameIndex, _ name: String) -> Bool? {
        let bytes = Array(("&" + name + "x").utf8)
        return bytes.withUnsafeBufferPointer { index.contains($0, from: 1, to: bytes.count - 1) }
    }

    @Test func namesAreFoundByTheirBytes() {
        let index = EntityDecoder.NameIndex(["amp;", "amp", "nbsp;", "Aring;", "CounterClockwiseContourIntegral;"])
        #expect(contains(index, "amp;") == true)
        #expect(contains(index, "amp") == true)
        #expect(contains(index, "Aring;") == true)
        #expect(contains(index, "aring;") == false, "names are case-sensitive")
        #expect(contains(index, "nbs;") == false)
        #expect(contains(index, "nbsp;x") == false)
        #expect(contains(index, "bogus;") == false)
        #expect(contains(index, "CounterClockwiseContourIntegral;") == nil, "over 16 bytes: the table is asked")
        #expect(contains(index, "") == nil)
    }

    @Test func theSharedIndexAgreesWithItsTable() {
        let decoder = EntityDecoder.shared
        for name in decoder.table.keys {
            let variants = [name, name.uppercased(), name.lowercased(), String(name.dropLast()), name + "x"]
            for variant in variants {
                let bytes = Array(variant.utf8)
                #expect(decoder.knows(bytes, from: 0, to: bytes.count) == (decoder.table[variant] != nil), "\(variant)")
            }
        }
    }
}
