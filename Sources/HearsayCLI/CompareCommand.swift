import ArgumentParser
import Foundation
import Hearsay

extension ComparisonRendering.Format: ExpressibleByArgument {}

/// `hearsay compare NAME NAME... --corpus INPUT`: speakers side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare speakers: counts, distinctive words, shared topics, quotes over time.",
        discussion: """
        Each NAME is matched like the speakers list: "Trump" finds Donald Trump when the corpus \
        settles it. --format html writes one self-contained page with SVG charts.
        """
    )

    @Argument(help: "Two or more speaker names.")
    var names: [String]

    @Option(help: "Reports (.jsonl) or a SQLite database.")
    var corpus: String

    @Option(help: "table, json or html.")
    var format: ComparisonRendering.Format = .table

    @Option(name: .shortAndLong, help: "Write here instead of standard output (written atomically).")
    var output: String?

    @Option(help: "Distinctive words and shared topics to list.")
    var words: Int = 15

    func validate() throws {
        if names.count < 2 { throw ValidationError("name at least two speakers to compare") }
        if words < 1 { throw ValidationError("--words must be at least 1") }
    }

    func run() throws {
        let comparison: SpeakerComparison
        do { comparison = try SpeakerComparison(names: names, source: try DigestSources.open(corpus), wordLimit: words) }
        catch let error as HearsayError {
            if case .usage = error { AnalyzeCommand.fail("\(error)", status: 64) }
            AnalyzeCommand.fail("\(error)", status: 66)
        } catch { AnalyzeCommand.fail("\(error)", status: 66) }
        do {
            let file = try OutputFile(path: output)
            file.write(ComparisonRendering.render(comparison, format: format))
            try file.commit()
        } catch { AnalyzeCommand.fail("\(error)", status: 74) }
    }
}
