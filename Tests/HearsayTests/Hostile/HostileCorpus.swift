import Foundation
import Testing
@testable import Hearsay

/// The hostile-input corpus, built once per test run by `Scripts/make-hostile-corpus.sh` (the
/// script users run) into `.build/hostile-corpus` of this checkout, and what each input must give.
enum HostileCorpus {
    /// The folder, rebuilt from scratch on first use.
    static let folder: Result<URL, HostileCorpusError> = {
        let folder = TestSupport.root.appendingPathComponent(".build/hostile-corpus")
        try? FileManager.default.removeItem(at: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestSupport.root.appendingPathComponent("Scripts/make-hostile-corpus.sh").path, folder.path]
        let err = Pipe()
        process.standardError = err
        do { try process.run() } catch { return .failure(HostileCorpusError(message: "\(error)")) }
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(HostileCorpusError(message: String(decoding: message, as: UTF8.self)))
        }
        return .success(folder)
    }()

    /// The path of input `name` in the corpus.
    static func path(_ name: String) throws -> String { try folder.get().appendingPathComponent(name).path }

    /// Whether chmod 000 really stops this process from reading (it does not stop root, which
    /// these tests often run as: then the unreadable case is the FIFO and the dangling link).
    static var chmodBlocksReading: Bool {
        guard let path = try? path("unreadable.html") else { return false }
        return access(path, R_OK) != 0
    }

    /// Every input in the corpus with the outcome it must give on its own.
    static let cases: [HostileCase] = [
        HostileCase("empty.html", .warning("empty-input")),
        HostileCase("whitespace-only.txt", .warning("empty-input")),
        HostileCase("binary-junk.html", .warning("binary-input")),
        HostileCase("nul-bytes.html", .warning("nul-bytes", speaker: "Ann Lee")),
        HostileCase("invalid-utf8.html", .warning("invalid-utf8", speaker: "Ann Lee")),
        HostileCase("utf16le-bom.html", .clean(speaker: "Ann Lee")),
        HostileCase("utf16be-bom.txt", .clean(speaker: "Ann Lee")),
        HostileCase("windows-1252.html", .warning("charset", speaker: "François Dupont")),
        HostileCase("entities.html", .warning("malformed-entity", speaker: "Ann Lee")),
        HostileCase("nested-200000.html", .warning("deep-nesting", speaker: "Ann Lee")),
        HostileCase("long-line-10MB.txt", .warning("truncated")),
        HostileCase("unmatched-quotes.txt", .warning("unopened-quote", speaker: "Ann Lee")),
        HostileCase("gzip-bomb-4GiB.html.gz", .error("inflates to more than the cap of 268435456 bytes")),
        HostileCase("truncated.html.gz", .error("truncated gzip data")),
        HostileCase("corrupt.html.gz", .error("cannot inflate")),
        HostileCase("dangling-link.html", .error("dangling symbolic link to does-not-exist.html")),
        HostileCase("self-link.html", .error("symbolic link loop")),
        HostileCase("link-a.html", .error("symbolic link loop")),
        HostileCase("link-b.html", .error("symbolic link loop")),
        HostileCase("good-article.html", .clean(speaker: "Ann Lee")),
    ]

    /// Error records a walk over the whole folder gives besides those of `cases`.
    static let folderOnlyErrors: [(id: String, message: String)] = [
        ("fifo.html", "it is a FIFO"),
        ("loop-dir/parent", "symbolic link loop"),
    ]
}

/// The corpus could not be built.
struct HostileCorpusError: Error, CustomStringConvertible {
    var message: String
    var description: String { "cannot build the hostile corpus: \(message)" }
}

/// One hostile input and what it must give.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// What an input must give.
    enum Outcome: Sendable {
        /// A report with this warning code; when `speaker` is set, a quote by that speaker too.
        case warning(String, speaker: String? = nil)
        /// A report with no warnings and a quote by `speaker`.
        case clean(speaker: String)
        /// An error record whose message contains this text.
        case error(String)
    }

    var name: String
    var outcome: Outcome

    init(_ name: String, _ outcome: Outcome) {
        self.name = name
        self.outcome = outcome
    }

    var testDescription: String { name }

    /// What is wrong with `outcome` for this case, or nil when it is as expected.
    func mismatch(_ result: AnalysisOutcome) -> String? {
        switch (outcome, result) {
        case let (.error(expected), .failure(_, message)):
            return message.contains(expected) ? nil : "error \(message.debugDescription) lacks \(expected.debugDescription)"
        case let (.error(expected), .analysis(analysis)):
            return "expected an error containing \(expected.debugDescription), got a report with \(analysis.warnings)"
        case let (_, .failure(_, message)):
            return "expected a report, got the error \(message.debugDescription)"
        case let (.warning(code, speaker), .analysis(analysis)):
            guard analysis.warnings.contains(where: { $0.code.rawValue == code }) else {
                return "no \(code) warning among \(analysis.warnings)"
            }
            return speaker.flatMap { Self.missingSpeaker($0, analysis) }
        case let (.clean(speaker), .analysis(analysis)):
            guard analysis.warnings.isEmpty else { return "unexpected warnings \(analysis.warnings)" }
            return Self.missingSpeaker(speaker, analysis)
        }
    }

    /// The same check on a JSON record from the CLI.
    func mismatch(record: [String: Any]) -> String? {
        if let message = record["error"] as? String {
            guard case let .error(expected) = outcome else { return "expected a report, got the error \(message.debugDescription)" }
            return message.contains(expected) ? nil : "error \(message.debugDescription) lacks \(expected.debugDescription)"
        }
        let warnings = record["warnings"] as? [String] ?? []
        let speakers = (record["quotes"] as? [[String: Any]] ?? []).compactMap { ($0["speaker"] as? [String: Any])?["name"] as? String }
        switch outcome {
        case let .error(expected): return "expected an error containing \(expected.debugDescription), got a report with \(warnings)"
        case let .warning(code, speaker):
            guard warnings.contains(where: { $0.hasPrefix(code + ":") }) else { return "no \(code) warning among \(warnings)" }
            if let speaker, !speakers.contains(speaker) { return "no quote by \(speaker) among \(speakers)" }
        case let .clean(speaker):
            guard warnings.isEmpty else { return "unexpected warnings \(warnings)" }
            if !speakers.contains(speaker) { return "no quote by \(speaker) among \(speakers)" }
        }
        return nil
    }

    static func missingSpeaker(_ speaker: String, _ analysis: Analysis) -> String? {
        let speakers = analysis.quotes.compactMap { $0.attribution?.speaker }
        return speakers.contains(speaker) ? nil : "no quote by \(speaker) among \(speakers)"
    }
}
