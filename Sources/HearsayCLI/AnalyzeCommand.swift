import ArgumentParser
import Foundation
import Hearsay

extension OutputFormat: ExpressibleByArgument {}

/// `hearsay analyze PATH...`: full analysis, one report per article.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and write a report for each.",
        discussion: """
        PATH is a file (HTML, entity-encoded HTML, plain text, or .gz of any), a directory (read \
        recursively), a .jsonl file of records {"id","text"} / {"id","html"} / {"id","path"}, or - \
        for standard input (JSONL records when it starts with '{', else one article).
        """
    )

    @Argument(help: "Files, directories, .jsonl record files, or - for stdin.")
    var paths: [String]

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: "Write here instead of standard output (written atomically).")
    var output: String?

    @Flag(help: "Also report reported speech without quotation marks (X said that …) as kind indirect.")
    var indirect = false

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(help: "Compact JSON even for --format json.")
    var compact = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let pipeline = Pipeline.standard(configuration: Configuration(includeIndirect: indirect))
        let runner = CorpusRunner(pipeline: pipeline, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var writer: any ReportWriter
        do { writer = try ReportWriters.make(format, path: output, options: OutputOptions(pretty: !compact)) }
        catch { Self.fail("\(error)", status: 74) }
        let interrupts = InterruptHandler { runner.stop() }
        defer { interrupts.cancel() }
        var delivered = 0
        var failures = 0
        var writeError: Error?
        runner.run(InputEnumerator(paths: paths)) { outcome in
            delivered += 1
            if case let .failure(_, message) = outcome {
                failures += 1
                FileHandle.standardError.write(Data("hearsay: \(message)\n".utf8))
            }
            guard writeError == nil else { return }
            do { try writer.write(outcome) } catch { writeError = error; runner.stop() }
        }
        if let writeError {
            _ = writer.abandon()
            Self.fail("\(writeError)", status: 74)
        }
        if let signal = interrupts.signal {
            let partial = writer.abandon()
            let left = partial.map { "; the reports so far are in \($0), not committed to \(output ?? "")" } ?? ""
            Self.fail("interrupted: \(delivered) input(s) done (\(failures) failed), the rest not started\(left)",
                      status: InterruptHandler.exitStatus(for: signal))
        }
        do { try writer.finish() } catch { Self.fail("\(error)", status: 74) }
        if failures > 0 { throw ExitCode(1) }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("hearsay: \(message)\n".utf8))
        Foundation.exit(status)
    }
}
