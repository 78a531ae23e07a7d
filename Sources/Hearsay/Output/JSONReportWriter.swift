import Foundation

/// Writes reports as JSON: one object per line (`jsonl`), or one object for a single article
/// and an array for several (`json`).
public struct JSONReportWriter: ReportWriter {
    let file: OutputFile
    let lines: Bool
    let pretty: Bool
    var pending: [UInt8]?
    var count = 0
    public private(set) var completedIDs: Set<String> = []

    /// Opens the output.
    ///
    /// - Parameter resume: (JSON Lines to a file only) first copy the complete reports of the
    ///   existing file, and of the `.partial` file an interrupted run left, into the new file,
    ///   and list their ids in `completedIDs`. Error records are dropped, so those inputs are
    ///   tried again.
    public init(path: String?, lines: Bool, pretty: Bool, resume: Bool = false) throws {
        if resume, !lines || path == nil { throw HearsayError.usage("--resume needs JSON Lines written to a file") }
        self.file = try OutputFile(path: path)
        self.lines = lines
        self.pretty = pretty
        if resume, let path { completedIDs = try Self.copyReports(from: ResumeSources.paths(for: path), into: file) }
    }

    /// Copies each id's newest complete report line from `sources` into `file`; returns the ids.
    static func copyReports(from sources: [String], into file: OutputFile) throws -> Set<String> {
        // First pass: which source holds the newest good report of each id.
        var newest: [String: Int] = [:]
        for (index, source) in sources.enumerated() {
            let reader = try LineReader(path: source)
            while let line = reader.nextLine() {
                guard let (id, failed) = reportID(line) else { continue }
                if !failed { newest[id] = index }
            }
        }
        var copied: Set<String> = []
        for (index, source) in sources.enumerated() {
            let reader = try LineReader(path: source)
            while let line = reader.nextLine() {
                guard let (id, failed) = reportID(line), !failed, newest[id] == index, copied.insert(id).inserted else { continue }
                file.write(line + [0x0A])
            }
        }
        return copied
    }

    /// The id of a report line and whether it is an error record; nil for a line that is not a
    /// complete JSON object with an id.
    static func reportID(_ line: [UInt8]) -> (String, Bool)? {
        guard line.first == 0x7B, line.last == 0x7D,
              let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let id = object["id"] as? String else { return nil }
        return (id, object["error"] != nil)
    }

    static func encode(_ outcome: AnalysisOutcome, pretty: Bool) -> [UInt8] {
        switch outcome {
        case let .analysis(analysis): return Report.json(for: analysis, pretty: pretty)
        case let .failure(id, message): return Report.errorJSON(id: id, message: message, pretty: pretty)
        }
    }

    /// Serialises each outcome on the worker that produced it.
    public var preparer: OutcomePreparer {
        let pretty = self.pretty
        return { PreparedOutcome($0, json: Self.encode($0, pretty: pretty), pretty: pretty) }
    }

    public mutating func write(_ outcome: AnalysisOutcome) throws {
        try write(prepared: PreparedOutcome(outcome))
    }

    public mutating func write(prepared: PreparedOutcome) throws {
        let bytes = prepared.json(pretty: pretty)
        defer { count += 1 }
        // The prepared bytes are shared: written with their line feed, not copied to add it.
        if lines { file.writeLine(bytes); return try file.check() }
        // Hold the first report back: one article prints a bare object, several an array.
        if count == 0 { pending = bytes; return }
        if let first = pending { file.write([0x5B] + first); pending = nil }
        file.write([0x2C, 0x0A] + bytes)
        try file.check()
    }

    /// Leaves the reports written so far (an unterminated array for `json`) in the temporary file.
    public mutating func abandon() -> String? {
        if let first = pending { file.write([0x5B] + first); pending = nil }
        return file.abandon()
    }

    public mutating func finish() throws {
        if !lines {
            if let first = pending { file.write(first + [0x0A]) }
            else if count == 0 { file.write("[]\n") }
            else { file.write([0x5D, 0x0A]) }
        }
        try file.commit()
    }

    public mutating func keepPartial() throws -> [String] {
        if !lines, let first = pending { file.write(first); pending = nil }
        return try file.keepPartial().map { [$0] } ?? []
    }
}
