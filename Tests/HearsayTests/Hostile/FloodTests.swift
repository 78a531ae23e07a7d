import Foundation
import Testing
@testable import Hearsay

/// Texts that once made a stage quadratic: a quarter of a megabyte of one pattern must be
/// analysed in seconds (it took minutes when every quote or name scanned all the others).
@Suite struct FloodTests {
    /// Pattern repeated to 256 KiB, and what made it slow.
    static let floods: [(pattern: String, why: String)] = [
        ("“x” ", "quotes with no speaker in one run-on sentence (floating-quote, continuation)"),
        ("“x”\n\n", "a paragraph per quote (floating-quote scanned every quote)"),
        ("“x” -Ann Lee ", "dash quotes in one sentence (leading-cue scanned every quote)"),
        ("ACME ", "capitalised words in one sentence (each started a name run to its end)"),
        ("Ann Lee Bob Stone ", "names in one sentence"),
        ("according to Ann Lee, “x” ", "according-to scanned the whole sentence per quote"),
        ("From Ann Lee:\n\n“x”\n\n", "colon paragraphs"),
    ]

    @Test(arguments: floods.map(\.pattern))
    func floodIsAnalysedInSeconds(_ pattern: String) throws {
        let text = String(repeating: pattern, count: (256 << 10) / pattern.utf8.count)
        let started = Date()
        let analysis = try Pipeline.standard(configuration: Configuration(includeIndirect: true)).analyze(text: text)
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 60, "\(seconds) s for 256 KiB (debug build)")
        #expect(analysis.document.sentences.allSatisfy { $0.length <= Segmenter.maxSentenceBytes })
    }
}
