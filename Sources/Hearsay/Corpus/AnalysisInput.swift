/// One article to analyse, as the input enumeration found it.
public enum AnalysisInput: Sendable {
    /// A file to read (and, if needed, inflate) in the worker.
    case file(id: String, path: String)
    /// Raw bytes of any supported kind.
    case bytes(id: String, data: [UInt8])
    /// Plain text: report offsets index it exactly.
    case text(id: String, text: String)
    /// HTML page or fragment.
    case html(id: String, html: String)
    /// An input that could not even be read; it becomes an error record.
    case failure(id: String, message: String)

    /// The id that the report carries.
    public var id: String {
        switch self {
        case let .file(id, _), let .bytes(id, _), let .text(id, _), let .html(id, _), let .failure(id, _): return id
        }
    }
}

/// The outcome for one input: a report, or an error record with a message.
public enum AnalysisOutcome: Sendable {
    case analysis(Analysis)
    case failure(id: String, message: String)

    public var id: String {
        switch self {
        case let .analysis(a): return a.id
        case let .failure(id, _): return id
        }
    }
}
