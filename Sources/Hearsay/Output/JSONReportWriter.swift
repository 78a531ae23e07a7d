/// Writes reports as JSON: one object per line (`jsonl`), or one object for a single article
/// and an array for several (`json`).
public struct JSONReportWriter: ReportWriter {
    let file: OutputFile
    let lines: Bool
    let pretty: Bool
    var pending: [UInt8]?
    var count = 0

    public init(path: String?, lines: Bool, pretty: Bool) throws {
        self.file = try OutputFile(path: path)
        self.lines = lines
        self.pretty = pretty
    }

    static func encode(_ outcome: AnalysisOutcome, pretty: Bool) -> [UInt8] {
        switch outcome {
        case let .analysis(analysis): return Report(analysis).json(pretty: pretty)
        case let .failure(id, message): return Report.errorJSON(id: id, message: message, pretty: pretty)
        }
    }

    public mutating func write(_ outcome: AnalysisOutcome) throws {
        let bytes = Self.encode(outcome, pretty: pretty)
        defer { count += 1 }
        if lines { file.write(bytes + [0x0A]); return try file.check() }
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
}
