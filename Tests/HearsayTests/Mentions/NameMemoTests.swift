import Testing
@testable import Hearsay

@Suite struct NameMemoTests {
    /// `find` on the UTF-8 bytes of `name`: the entry when kept, else the slot for `record` (-1: none).
    private func find(_ name: String, in memo: NameMemo) -> (entry: NameMemo.Entry?, slot: Int) {
        var name = name
        let found = name.withUTF8 { memo.find($0) }
        return found >= 0 ? (memo.entries[found], -1) : (nil, found == -1 ? -1 : -2 - found)
    }

    /// `record` of `name`, after a `find` that did not find it.
    private func record(_ name: String, words: Range<Int>, verbatim: Bool, in memo: inout NameMemo) {
        let slot = find(name, in: memo).slot
        var name = name
        name.withUTF8 { memo.record($0, slot: slot, words: words, verbatim: verbatim) }
    }

    @Test func aRecordedNameIsFoundWithItsWords() {
        var memo = NameMemo()
        #expect(find("Tessa Brannock", in: memo).entry == nil)
        record("Tessa Brannock", words: 0..<2, verbatim: true, in: &memo)
        record("Brannock", words: 2..<3, verbatim: false, in: &memo)
        let tessa = find("Tessa Brannock", in: memo).entry
        #expect(tessa?.words == 0..<2 && tessa?.verbatim == true)
        let brannock = find("Brannock", in: memo).entry
        #expect(brannock?.words == 2..<3 && brannock?.verbatim == false)
        // Names alike in their first or last eight bytes, or in all but their count, are other names.
        #expect(find("Tessa Brannockk", in: memo).entry == nil)
        #expect(find("Tessa  Brannock", in: memo).entry == nil)
        #expect(find("Brannoc", in: memo).entry == nil)
        #expect(find("Ivo Brannock", in: memo).entry == nil)
    }

    @Test func namesOfEveryKeptLengthAreToldApart() {
        var memo = NameMemo()
        let names = (1...16).flatMap { n in ["a", "b"].map { String(repeating: "x", count: n - 1) + $0 } }
            + (1...16).map { String(repeating: "y", count: $0) }
        for (k, name) in names.enumerated() { record(name, words: k..<k + 1, verbatim: k % 2 == 0, in: &memo) }
        for (k, name) in names.enumerated() {
            #expect(find(name, in: memo).entry?.words == k..<k + 1)
            #expect(find(name, in: memo).entry?.verbatim == (k % 2 == 0))
        }
        #expect(memo.entries.count == names.count)
    }

    @Test func emptyAndLongNamesAreNeitherFoundNorKept() {
        let memo = NameMemo()
        #expect(find("", in: memo).slot == -1)
        #expect(find("Tessa Quillworthy", in: memo).slot == -1)
        #expect(find("Tessa Quillworth", in: memo).slot >= 0)
        #expect(find("Zoë", in: memo).slot >= 0)
    }

    @Test func aResetMemoForgetsItsNamesAndTakesThemAgain() {
        var memo = NameMemo()
        // More names than the first slots hold: the table grows.
        for k in 0..<100 { record("Name \(k)", words: k..<k + 1, verbatim: true, in: &memo) }
        #expect(find("Name 42", in: memo).entry?.words == 42..<43)
        memo.reset()
        #expect(memo.entries.isEmpty)
        for k in 0..<100 { #expect(find("Name \(k)", in: memo).entry == nil) }
        record("Name 7", words: 3..<5, verbatim: false, in: &memo)
        #expect(find("Name 7", in: memo).entry?.words == 3..<5)
        #expect(find("Name 42", in: memo).entry == nil)
    }
}
