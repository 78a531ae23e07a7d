import ArgumentParser
import Foundation
import Hearsay

/// `hearsay analyze PATH...`: full analysis, one report per article.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and write a JSON report for each.",
        discussion: """
        PATH is a file (HTML, entity-encoded HTML, plain text, or .gz of any), a directory (read \
        recursively), a .jsonl file of records {"id","text"} / {"id","html"} / {"id","path"}, or - \
        for standard input (JSONL records when it starts with '{', else one article).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Argument(help: "Files, directories, .jsonl record files, or - for stdin.")
    var paths: [String]

    @Option(help: "json: one object for one article (an array for several); jsonl: one report per line.")
    var format: Format = .json

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
        let sink = try OutputSink(path: output)
        var failures = 0
        var count = 0
        let pretty = format == .json && !compact
        var buffered: [[UInt8]] = []
        runner.run(InputEnumerator(paths: paths)) { outcome in
            let bytes: [UInt8]
            switch outcome {
            case let .analysis(analysis):
                bytes = Report(analysis).json(pretty: pretty)
            case let .failure(id, message):
                failures += 1
                bytes = Report.errorJSON(id: id, message: message, pretty: pretty)
                FileHandle.standardError.write(Data("hearsay: \(message)\n".utf8))
            }
            count += 1
            if format == .jsonl { sink.write(bytes + [0x0A]) } else { buffered.append(bytes) }
        }
        if format == .json {
            if buffered.count == 1 { sink.write(buffered[0] + [0x0A]) }
            else {
                var all: [UInt8] = [0x5B]
                for (i, b) in buffered.enumerated() { if i > 0 { all += [0x2C, 0x0A] }; all += b }
                all += [0x5D, 0x0A]
                sink.write(all)
            }
        }
        try sink.commit()
        if failures > 0 { throw ExitCode(1) }
    }
}
