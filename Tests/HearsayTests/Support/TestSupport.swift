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
    static func run(_ arguments: [String], stdin: Data? = nil, timeout: TimeInterval? = nil) throws -> (status: Int32, out: Data, err: Data) {
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
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outData, errData)
    }
}
