import Foundation
@testable import Hearsay

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The repository root (found from this file's path).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/HearsayTests/Fixtures").appendingPathComponent(name)
    }

    static var seedPath: String { root.appendingPathComponent("Corpora/seed-article.html").path }

    static func seedBytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: seedPath))) }

    /// Analyses plain text with the standard pipeline.
    static func analyze(_ text: String) throws -> Analysis { try Pipeline.standard().analyze(text: text) }

    /// The quote whose text contains `fragment`.
    static func quote(_ analysis: Analysis, containing fragment: String) -> Quote? {
        analysis.quotes.first { analysis.text(of: $0).contains(fragment) }
    }

    /// Segments plain text into a document.
    static func document(_ text: String) throws -> Document {
        try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
    }

    /// The built `hearsay` binary next to the test bundle.
    static var binary: URL {
        // The test runner lives in the build products folder, next to the `hearsay` it was built with.
        var candidates: [URL] = []
        if let runner = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var dir = runner.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("hearsay"))
                dir = dir.deletingLastPathComponent()
            }
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("hearsay"))
        }
        candidates.append(root.appendingPathComponent(".build/debug/hearsay"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    /// Runs the CLI with `arguments`; returns exit status, stdout and stderr. With a `timeout`,
    /// a run that takes longer is killed (its status is then SIGKILL's 9).
    /// A run that exits before reading all of its input must not kill the tests with SIGPIPE.
    private static let pipeSignalIgnored: Void = { signal(SIGPIPE, SIG_IGN) }()

    static func run(_ arguments: [String], stdin: Data? = nil, timeout: TimeInterval? = nil) throws -> (status: Int32, out: Data, err: Data) {
        _ = pipeSignalIgnored
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let timeout {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if process.isRunning { kill(pid, SIGKILL) } }
        }
        // Standard input is written and standard error read on their own threads while this one
        // reads standard output, so that no pipe can fill up and block the run.
        let writer = input.fileHandleForWriting
        let written = DispatchSemaphore(value: 0)
        Thread {
            if let stdin { try? writer.write(contentsOf: stdin) }
            try? writer.close()
            written.signal()
        }.start()
        let errBox = ErrorOutput()
        let errDone = DispatchSemaphore(value: 0)
        Thread {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        written.wait()
        process.waitUntilExit()
        return (process.terminationStatus, outData, errBox.data)
    }

    /// Runs the CLI with `arguments` (output discarded) and returns its exit status and the
    /// largest peak resident memory (`VmHWM`, in KB) seen in `/proc` while it ran, polled every
    /// 5 ms. `wait4`'s `ru_maxrss` cannot serve: a child inherits the peak of the test process
    /// that forked it, which other tests running in parallel may have driven up.
    static func runTrackingPeakMemory(_ arguments: [String]) throws -> (status: Int32, peakKB: Int) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let status = "/proc/\(process.processIdentifier)/status"
        var peak = 0
        while process.isRunning {
            if let text = try? String(contentsOfFile: status, encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
                peak = max(peak, kb)
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        return (process.terminationStatus, peak)
    }
}

/// Standard error of a run, filled in by the thread that reads it.
private final class ErrorOutput: @unchecked Sendable {
    var data = Data()
}
