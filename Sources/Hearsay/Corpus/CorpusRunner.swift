import Foundation

/// Runs a pipeline over a stream of inputs on all cores and hands the outcomes back in input
/// order as soon as each is ready, with bounded memory (at most `window` inputs in flight).
///
/// A reader thread pulls inputs, `workers` threads analyse them (one `Analyzer` each, never
/// shared) and the calling thread receives outcomes in order. Nothing waits for the end of the
/// input, so the runner works as a streaming filter.
///
/// `stop()` (on SIGINT, or when the output fails) lets the inputs being analysed finish, starts
/// no others, and delivers outcomes up to the first input that was not finished: what a stopped
/// run delivered is always the outcomes of a prefix of its inputs, in order, so a later run can
/// resume after it.
public final class CorpusRunner: @unchecked Sendable {
    public let pipeline: Pipeline
    public let workers: Int
    public let window: Int
    /// Largest file read from disk.
    public var maxFileBytes: Int = 512 << 20

    private let condition = NSCondition()
    private var queue: [(Int, AnalysisInput)] = []
    /// Prepared outcomes by sequence number (of the type the current `run` prepares).
    private var results: [Int: Any] = [:]
    private var inputDone = false
    private var readCount = 0
    private var written = 0
    private var stopped = false
    /// Sequence numbers of the inputs workers are analysing.
    private var inFlight: Set<Int> = []

    public init(pipeline: Pipeline, workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil) {
        self.pipeline = pipeline
        self.workers = max(1, workers)
        self.window = window ?? max(8, self.workers * 8)
    }

    /// Asks the run to stop: inputs being analysed finish and are delivered (with all before
    /// them), no other input is started. Safe to call from any thread, e.g. a signal handler's queue.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Processes `inputs`, calling `sink` on the calling thread with each outcome in input order.
    /// Returns the number of outcomes delivered.
    @discardableResult
    public func run<S: Sequence>(_ inputs: S, sink: (AnalysisOutcome) -> Void) -> Int where S.Element == AnalysisInput {
        run(inputs, prepare: { $0 }, sink: sink)
    }

    /// Processes `inputs`, turning each outcome with `prepare` on the worker that produced it
    /// (e.g. serialising its report, so that the work spreads over the workers), and calling
    /// `sink` on the calling thread with each prepared outcome in input order.
    /// Returns the number of outcomes delivered.
    @discardableResult
    public func run<S: Sequence, Prepared>(_ inputs: S, prepare: @escaping @Sendable (AnalysisOutcome) -> Prepared,
                                           sink: (Prepared) -> Void) -> Int where S.Element == AnalysisInput {
        // The iterator is used by the reader thread alone.
        let box = IteratorBox(inputs.makeIterator())
        let reader = Thread { [self] in
            var iterator = box.iterator
            while true {
                condition.lock()
                while readCount - written >= window && !stopped { condition.wait() }
                if stopped { condition.unlock(); break }
                condition.unlock()
                guard let input = iterator.next() else { break }
                condition.lock()
                queue.append((readCount, input))
                readCount += 1
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            inputDone = true
            condition.broadcast()
            condition.unlock()
        }
        reader.stackSize = 1 << 22
        reader.start()
        for _ in 0..<workers {
            let thread = Thread { [self] in work(prepare) }
            thread.stackSize = 1 << 24
            thread.start()
        }
        var delivered = 0
        while true {
            condition.lock()
            // Done when every input read was delivered, or when stopped and the next input in
            // order is not being analysed (it will never be).
            while results[written] == nil && !(inputDone && written >= readCount) && !(stopped && !inFlight.contains(written)) {
                condition.wait()
            }
            guard let outcome = results.removeValue(forKey: written) else { condition.unlock(); break }
            condition.unlock()
            sink(outcome as! Prepared)
            delivered += 1
            condition.lock()
            written += 1
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        inputDone = true
        condition.broadcast()
        condition.unlock()
        return delivered
    }

    /// One worker: analyses inputs from the queue and stores their prepared outcomes.
    private func work<Prepared>(_ prepare: (AnalysisOutcome) -> Prepared) {
        let analyzer = try? pipeline.makeAnalyzer()
        while true {
            condition.lock()
            while queue.isEmpty && !inputDone && !stopped { condition.wait() }
            if queue.isEmpty || stopped { condition.unlock(); return }
            let (sequence, input) = queue.removeFirst()
            inFlight.insert(sequence)
            condition.unlock()
            let outcome: AnalysisOutcome
            if let analyzer { outcome = Self.process(input, analyzer, maxFileBytes: maxFileBytes) }
            else { outcome = .failure(id: input.id, message: "could not start the ICU segmenter") }
            let prepared = prepare(outcome)
            condition.lock()
            results[sequence] = prepared
            inFlight.remove(sequence)
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Analyses one input with `analyzer`, turning every error into a failure outcome.
    public static func process(_ input: AnalysisInput, _ analyzer: Analyzer, maxFileBytes: Int = 512 << 20) -> AnalysisOutcome {
        do {
            switch input {
            case let .failure(id, message):
                return .failure(id: id, message: message)
            case let .file(id, path):
                return .analysis(try analyzer.analyze(bytes: try readFile(path, limit: maxFileBytes), id: id))
            case let .bytes(id, data):
                return .analysis(try analyzer.analyze(bytes: data, id: id))
            case let .text(id, text):
                return .analysis(try analyzer.analyze(article: ArticleExtractor().extract(text: text, kind: .plainText), id: id))
            case let .html(id, html):
                let kind = InputSniffer.kind(of: html)
                return .analysis(try analyzer.analyze(article: analyzer.pipeline.extractor.extract(text: html, kind: kind == .plainText ? .html : kind), id: id))
            case let .annotated(inner, metadata):
                let outcome = process(inner, analyzer, maxFileBytes: maxFileBytes)
                guard case var .analysis(analysis) = outcome else { return outcome }
                metadata.apply(to: &analysis)
                return .analysis(analysis)
            }
        } catch {
            return .failure(id: input.id, message: "\(error)")
        }
    }

    /// Reads a whole file, refusing files over `limit` bytes (see `InputFile.read`).
    public static func readFile(_ path: String, limit: Int) throws -> [UInt8] {
        try InputFile.read(path, limit: limit)
    }
}

/// Hands an iterator to the one thread that will use it.
private final class IteratorBox<I: IteratorProtocol>: @unchecked Sendable {
    var iterator: I
    init(_ iterator: I) { self.iterator = iterator }
}
