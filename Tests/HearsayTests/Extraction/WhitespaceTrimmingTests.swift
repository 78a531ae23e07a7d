import Foundation
import Testing
@testable import Hearsay

/// `WhitespaceTrimming.trimmed` must answer exactly as Foundation's trimming does.
@Suite struct WhitespaceTrimmingTests {
    @Test func trimsASCIIWhiteSpaceAtBothEnds() {
        #expect(WhitespaceTrimming.trimmed(" \t\n Mayor opens the bridge \r\n") == "Mayor opens the bridge")
        #expect(WhitespaceTrimming.trimmed("\u{0B}\u{0C}x\u{0C}") == "x")
        #expect(WhitespaceTrimming.trimmed("  \n\t ") == "")
        #expect(WhitespaceTrimming.trimmed("") == "")
        #expect(WhitespaceTrimming.trimmed("already clean") == "already clean")
    }

    @Test func leavesNonASCIIEndsToFoundation() {
        // A no-break space, a line separator and an ideographic space are white space to
        // Foundation; an accented letter at the end is not.
        #expect(WhitespaceTrimming.trimmed("\u{00A0} Council vote \u{2028}") == "Council vote")
        #expect(WhitespaceTrimming.trimmed("\u{3000}café ") == "café")
        #expect(WhitespaceTrimming.trimmed(" é\u{0301} ") == "é\u{0301}")
    }

    @Test func agreesWithFoundation() {
        let samples = [" a ", "\u{85}b\u{85}", "\u{2003}c d\u{2003}", "\n\n", "x\u{00A0}", " \u{00A0}y z", "é", "\t日本\t", "\u{FEFF}q "]
        for sample in samples {
            #expect(WhitespaceTrimming.trimmed(sample) == sample.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
