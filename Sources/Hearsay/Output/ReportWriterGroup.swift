/// Feeds every outcome to several writers (e.g. JSONL to a file and a SQLite database).
public struct ReportWriterGroup: ReportWriter {
    var writers: [any ReportWriter]
    /// What each writer already holds, read once.
    let held: [Set<String>]
    public let completedIDs: Set<String>

    /// Combines `writers`; they are written in order.
    public init(_ writers: [any ReportWriter]) {
        self.writers = writers
        self.held = writers.map(\.completedIDs)
        // Only ids that every writer holds can be skipped; the others still go to the writers
        // that lack them.
        var common = held.first ?? []
        for ids in held.dropFirst() { common.formIntersection(ids) }
        self.completedIDs = common
    }

    public mutating func write(_ outcome: AnalysisOutcome) throws {
        for index in writers.indices where !held[index].contains(outcome.id) { try writers[index].write(outcome) }
    }

    /// The first writer's preparation that serialises anything, else none.
    public var preparer: OutcomePreparer {
        let preparers = writers.map(\.preparer)
        return { outcome in
            for prepare in preparers {
                let prepared = prepare(outcome)
                if prepared.json != nil { return prepared }
            }
            return PreparedOutcome(outcome)
        }
    }

    public mutating func write(prepared: PreparedOutcome) throws {
        for index in writers.indices where !held[index].contains(prepared.outcome.id) { try writers[index].write(prepared: prepared) }
    }

    public mutating func finish() throws {
        for index in writers.indices { try writers[index].finish() }
    }

    public mutating func keepPartial() throws -> [String] {
        var kept: [String] = []
        for index in writers.indices { kept += try writers[index].keepPartial() }
        return kept
    }
}
