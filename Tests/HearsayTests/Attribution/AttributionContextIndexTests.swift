import Testing
@testable import Hearsay

@Suite struct AttributionContextIndexTests {
    @Test func lastWordAsSplitGivesIt() {
        for name in ["Maria Quellwood", "Quellwood", "Ann  Vale ", "   ", "", "Zoë Dam", "Dam Zoë", "x\r\ny z", "a \u{301}b"] {
            let expected = name.split(separator: " ").last.map(String.init)
            #expect(AttributionContext.lastWord(name).map(String.init) == expected, "\(name.debugDescription)")
        }
    }
}
