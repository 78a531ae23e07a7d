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
        recursively), a .jsonl file of records {"id","text"} / {"id","html"} / {"id","path"} \
        (optionally with "title", "date", "url", "site_name"), or - for standard input (JSONL \
        records when it starts with '{', else one article).

        --format csv or tsv writes a folder (--output DIR) with articles, quotes, people and \
        places files. --sqlite FILE writes a SQLite database; re-running the same articles into \
        it changes nothing. --resume skips the articles an earlier run already wrote.
        """
    )

    @Argument(help: "Files, directories, .jsonl record files, or - for stdin.")
    var paths: [String]

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default json; none with --sqlite alone).")
    var format: OutputFormat?

    @Flag(help: "Tab-separated spreadsheet files (same as --format tsv).")
    var tsv = false

    @Flag(help: "Start spreadsheet files with a UTF-8 byte order mark, so Excel reads them as UTF-8.")
    var excel = false

    @Option(name: .shortAndLong, help: "Write here instead of standard output (a folder for csv/tsv; written atomically).")
    var output: String?

    @Option(help: "Also write a SQLite database (articles, quotes, speakers, people, places, mentions).")
    var sqlite: String?

    @Flag(help: "Skip articles whose ids the output (and --sqlite database) already hold, and keep them.")
    var resume = false

    @Flag(name: .shortAndLong, help: "No progress bar.")
    var quiet = false

    @Flag(help: "Also report reported speech without quotation marks (X said that …) as kind indirect.")
    var indirect = false

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(help: "Compact JSON even for --format json.")
    var compact = false

    @Option(help: "Analyse at most this many MiB of each article's text; the rest is reported as truncated (default \(ArticleExtractor.Options().maxTextBytes >> 20)).")
    var maxTextMib: Int?

    /// The report format, after --tsv and --sqlite; nil when only the database is written.
    var reportFormat: OutputFormat? {
        if tsv { return .tsv }
        if let format { return format }
        return sqlite != nil && output == nil ? nil : .json
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxTextMib, !(1...(32 << 10)).contains(maxTextMib) { throw ValidationError("--max-text-mib must be between 1 and 32768") }
        if tsv, let format, format != .tsv { throw ValidationError("--tsv and --format \(format.rawValue) disagree") }
        if excel, ![.csv, .tsv].contains(reportFormat) { throw ValidationError("--excel goes with --format csv or tsv") }
        if reportFormat == .sqlite, sqlite != nil { throw ValidationError("give the database once: --sqlite FILE or --format sqlite --output FILE") }
    }

    /// Opens every writer the options ask for.
    func makeWriter() throws -> any ReportWriter {
        let options = OutputOptions(pretty: !compact, byteOrderMark: excel, resume: resume)
        var writers: [any ReportWriter] = []
        if let reportFormat { writers.append(try ReportWriters.make(reportFormat, path: output, options: options)) }
        if let sqlite { writers.append(try ReportWriters.make(.sqlite, path: sqlite, options: options)) }
        return writers.count == 1 ? writers[0] : ReportWriterGroup(writers)
    }

    func run() throws {
        var extraction = ArticleExtractor.Options()
        if let maxTextMib { extraction.maxTextBytes = maxTextMib << 20 }
        let pipeline = Pipeline.standard(configuration: Configuration(includeIndirect: indirect, extraction: extraction))
        let runner = CorpusRunner(pipeline: pipeline, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var writer: any ReportWriter
        do { writer = try makeWriter() }
        catch let error as HearsayError { if case .usage = error { Self.fail("\(error)", status: 64) } else { Self.fail("\(error)", status: 74) } }
        catch { Self.fail("\(error)", status: 74) }

        let meter = ProgressMeter()
        let display = ProgressDisplay.wanted(quiet: quiet) ? ProgressDisplay(meter: meter) : nil
        if display != nil {
            let paths = self.paths
            Thread.detachNewThread { meter.setTotal(InputCensus.count(paths: paths)) }
        }
        let completed = writer.completedIDs
        let inputs = InputEnumerator(paths: paths).lazy.filter { input in
            if completed.contains(input.id) { meter.inputSkipped(); return false }
            meter.inputRead(bytes: input.byteCount)
            return true
        }
        let trap = SignalTrap { runner.stop() }
        var failures = 0
        var writeError: Error?
        runner.run(inputs, prepare: writer.preparer) { prepared in
            let outcome = prepared.outcome
            var failed = false
            if case let .failure(_, message) = outcome {
                failures += 1
                failed = true
                display?.clear()
                FileHandle.standardError.write(Data("hearsay: \(message)\n".utf8))
            }
            meter.outcomeDelivered(failed: failed)
            display?.draw()
            guard writeError == nil else { return }
            do { try writer.write(prepared: prepared) } catch { writeError = error; runner.stop() }
        }
        display?.draw(force: true)
        display?.clear()
        if let writeError { Self.fail("\(writeError)", status: 74) }
        if trap.interrupted {
            do {
                let kept = try writer.keepPartial()
                let place = kept.isEmpty ? "" : " in " + kept.joined(separator: ", ")
                Self.fail("interrupted: kept the finished articles\(place); run again with --resume to go on", status: 130)
            } catch { Self.fail("\(error)", status: 74) }
        }
        do { try writer.finish() } catch { Self.fail("\(error)", status: 74) }
        if failures > 0 { throw ExitCode(1) }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("hearsay: \(message)\n".utf8))
        Foundation.exit(status)
    }
}
