import Testing
@testable import Hearsay

@Suite struct DashSieveTests {
    /// The five dashes, and nothing else, however close its bytes.
    @Test func isDashIsTheFiveDashes() {
        for dash in ["-", "--", "—", "–", "―"] { #expect(DashSieve.isDash(dash), "\(dash)") }
        for other in ["", "+", "---", "-a", "‐", "‒", "…", "’", "x", "—-", "e\u{301}"] { #expect(!DashSieve.isDash(other), "\(other)") }
        // The answer is the string comparison's.
        for text in ["-", "--", "—", "–", "―", "‐", "‒", "—-", "a"] {
            #expect(DashSieve.isDash(text) == ["-", "—", "–", "--", "―"].contains(text), "\(text)")
        }
    }
}
