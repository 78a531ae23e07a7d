/// An outcome together with the work a writer could do on the worker that produced it
/// (the serialised JSON report), so the thread that receives outcomes in order only writes.
public struct PreparedOutcome: Sendable {
    /// The outcome itself.
    public var outcome: AnalysisOutcome
    /// The outcome's JSON (report or error record), when a writer asked for it.
    public var json: [UInt8]?
    /// Whether `json` is indented.
    public var jsonPretty: Bool

    /// Wraps `outcome` with nothing prepared.
    public init(_ outcome: AnalysisOutcome) {
        self.outcome = outcome
        self.json = nil
        self.jsonPretty = false
    }

    /// Wraps `outcome` with its JSON already serialised.
    public init(_ outcome: AnalysisOutcome, json: [UInt8], pretty: Bool) {
        self.outcome = outcome
        self.json = json
        self.jsonPretty = pretty
    }

    /// The outcome's JSON: the prepared bytes when they match `pretty`, else encoded now.
    func json(pretty: Bool) -> [UInt8] {
        if let json, jsonPretty == pretty { return json }
        return JSONReportWriter.encode(outcome, pretty: pretty)
    }
}

/// Turns an outcome into a `PreparedOutcome`; safe to call on any thread.
public typealias OutcomePreparer = @Sendable (AnalysisOutcome) -> PreparedOutcome
