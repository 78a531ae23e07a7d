import Hearsay

/// One fuzz input through the whole pipeline: extraction (gzip, charsets, entity-encoded
/// markup, HTML), segmentation, quotes, mentions, attribution (indirect speech included) and
/// the JSON report, whose promises are then checked by `ReportInvariants`.
///
/// A crash, a hang or a broken promise is a finding; a typed `HearsayError` for bad compressed
/// data is the documented outcome for such input and is not.
enum FuzzTarget {
    /// The standard pipeline with every optional stage switched on.
    static let pipeline = Pipeline.standard(configuration: Configuration(includeIndirect: true))

    /// The one analyzer: libFuzzer and the replayer call `run` from one thread only.
    nonisolated(unsafe) static let analyzer: Analyzer = {
        do { return try pipeline.makeAnalyzer() } catch { fatalError("cannot start the pipeline: \(error)") }
    }()

    /// Analyses `bytes` and checks the report; traps on any violation.
    static func run(_ bytes: [UInt8]) {
        let analysis: Analysis
        do {
            analysis = try analyzer.analyze(bytes: bytes, id: "fuzz")
        } catch let error as HearsayError {
            guard case .badCompressedData = error else { fatalError("unexpected error for fuzz input: \(error)") }
            return
        } catch {
            fatalError("untyped error for fuzz input: \(error)")
        }
        let report = Report(analysis)
        let json = report.json(pretty: false)
        if let violation = ReportInvariants.violation(in: report, json: json) {
            fatalError("report invariant broken: \(violation)")
        }
        // The command writes its JSON straight from the analysis: it must be the report's, byte for byte.
        guard Report.json(for: analysis) == json else { fatalError("Report.json(for:) differs from Report(analysis).json()") }
    }
}
