import ArgumentParser
import Foundation
import Hearsay

/// `hearsay identities`: the speaker identity step on its own, for jobs that analyse a corpus
/// elsewhere (on Spark) and must agree with `hearsay speakers` without re-implementing its rules.
struct IdentitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identities",
        abstract: "Speaker identity for distributed jobs: per-article facts, and the identities of counted observations.",
        discussion: """
        observe turns reports into one line of speaker facts per article (names as observations, \
        quoted speakers, date, outlet, people, places). resolve reads distinct observations with \
        their article counts, {"observation": {...}, "count": N} per line, and writes each with the \
        corpus-wide speaker it belongs to, by the rules of `hearsay speakers`.
        """,
        shouldDisplay: false,
        subcommands: [Observe.self, Resolve.self]
    )

    /// `hearsay identities observe [REPORTS]`: one facts line per report, as each is read.
    struct Observe: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the speaker facts of each report (JSON Lines).")

        @Argument(help: "Reports (JSON Lines), or - for standard input.")
        var input: String = "-"

        func run() throws {
            let source = ReportFileSource(path: input == "-" ? "/dev/stdin" : input)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            do {
                try source.forEach { article in
                    var line = try encoder.encode(SpeakerFacts(article))
                    line.append(0x0A)
                    FileHandle.standardOutput.write(line)
                }
            } catch { AnalyzeCommand.fail("\(error)", status: 66) }
        }
    }

    /// `hearsay identities resolve [COUNTS]`: the speaker of every counted observation.
    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign counted observations to corpus-wide speakers (JSON Lines).")

        @Argument(help: "Observation counts (JSON Lines), or - for standard input.")
        var input: String = "-"

        @Option(name: .shortAndLong, help: "Write here instead of standard output (written atomically).")
        var output: String?

        func run() throws {
            let data: Data
            do {
                let handle = try input == "-" ? FileHandle.standardInput : FileHandle(forReadingFrom: URL(fileURLWithPath: input))
                data = try handle.readToEnd() ?? Data()
            } catch { AnalyzeCommand.fail("cannot read \(input): \(error.localizedDescription)", status: 66) }
            let decoder = JSONDecoder()
            var counted: [IdentityAssignment] = []
            for (number, line) in data.split(separator: 0x0A).enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                do { counted.append(try decoder.decode(IdentityAssignment.self, from: Data(line))) }
                catch { AnalyzeCommand.fail("\(input):\(number + 1): not an observation count", status: 66) }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            do {
                let file = try OutputFile(path: output)
                for assignment in IdentityAssignment.resolve(counted) {
                    file.write([UInt8](try encoder.encode(assignment)) + [0x0A])
                }
                try file.commit()
            } catch { AnalyzeCommand.fail("\(error)", status: 74) }
        }
    }
}
