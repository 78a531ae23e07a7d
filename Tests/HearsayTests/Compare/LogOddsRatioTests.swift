import Foundation
import Testing
@testable import Hearsay

/// The weighted log-odds ratio on a corpus small enough to check by hand.
@Suite struct LogOddsRatioTests {
    @Test func handComputedValues() throws {
        // Focus says "tax" 3 times and "war" once; rest says "war" 3 times and "tax" once.
        let focus = ["tax": 3, "war": 1], rest = ["tax": 1, "war": 3]
        let prior = ["tax": 4, "war": 4]
        let scores = LogOddsRatio.scores(focus: focus, rest: rest, prior: prior, priorScale: 1)
        #expect(scores.map(\.word) == ["tax", "war"])
        // α_tax = 4, α0 = 8, n_i = n_j = 4:
        // δ = log((3+4)/(4+8-3-4)) - log((1+4)/(4+8-1-4)) = log(7/5) - log(5/7)
        let delta = log(7.0 / 5) - log(5.0 / 7)
        let z = delta / (1.0 / 7 + 1.0 / 5).squareRoot()
        let tax = try #require(scores.first)
        #expect(abs(tax.delta - delta) < 1e-12)
        #expect(abs(tax.z - z) < 1e-12)
        #expect(tax.count == 3)
        #expect(abs(scores[1].z + z) < 1e-12, "symmetric data give symmetric scores")
    }

    @Test func priorShrinksRareWords() {
        // "one-off" appears once for focus, never for rest; "often" 20 to 5. With a prior the
        // frequent difference wins; the rare word cannot top the list by chance.
        // Both groups have 71 words; "the" is equally frequent in both, "and" only in the rest.
        let focus = ["oneoff": 1, "often": 20, "the": 50], rest = ["often": 5, "the": 50, "and": 16]
        let prior = ["oneoff": 1, "often": 25, "the": 100, "and": 16]
        let scores = LogOddsRatio.scores(focus: focus, rest: rest, prior: prior)
        #expect(scores.map(\.word) == ["often", "oneoff", "the", "and"])
        #expect(scores[0].z > 1.96, "20 to 5 is significant")
        #expect(scores[1].z < 1, "a single use is not")
        let the = scores.first { $0.word == "the" }!
        #expect(abs(the.z) < 1, "equal use is not distinctive")
    }
}
