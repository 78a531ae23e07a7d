import ArgumentParser
import Foundation
import Hearsay

extension SpeakerListing.Format: ExpressibleByArgument {}

/// `hearsay speakers INPUT`: every quoted speaker of a corpus, one identity per person.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the speakers of a corpus: quotes, articles, dates, outlets, places and people.",
        discussion: """
        INPUT is a file of reports (from analyze --format jsonl or json) or a database (from \
        analyze --sqlite). Names are merged across articles by conservative rules (see README: \
        "Speakers across articles").
        """
    )

    @Argument(help: "Reports (.jsonl) or a SQLite database.")
    var input: String

    @Option(help: "table, csv or json.")
    var format: SpeakerListing.Format = .table

    @Option(help: "Show only the N most quoted speakers.")
    var limit: Int?

    @Option(name: .shortAndLong, help: "Write here instead of standard output (written atomically).")
    var output: String?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let index: SpeakerIndex
        do { index = try SpeakerIndex(source: try DigestSources.open(input)) }
        catch { AnalyzeCommand.fail("\(error)", status: 66) }
        let speakers = limit.map { Array(index.speakers.prefix($0)) } ?? index.speakers
        do {
            let file = try OutputFile(path: output)
            file.write(SpeakerListing.render(speakers, format: format))
            try file.commit()
        } catch { AnalyzeCommand.fail("\(error)", status: 74) }
    }
}
