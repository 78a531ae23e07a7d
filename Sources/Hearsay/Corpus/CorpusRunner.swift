import Foundation

/// Runs a pipeline over a stream of inputs on all cores and hands the outcomes back in input
/// order as they become ready, with bounded memory (at most `window` inputs in flight, holding
/// at most about `windowBytes` bytes of text).
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
    /// Most bytes the inputs in flight hold in memory before the reader waits (a file input holds
    /// only its path; one input larger than this still passes, alone).
    public let windowBytes: Int
    /// Largest file read from disk.
    public var maxFileBytes: Int = 512 << 20

    /// Guards `stopRequested` and `current`.
    private let lock = NSLock()
    private var stopRequested = false
    /// The window of the run in progress, which `stop()` stops.
    private var current: (any StoppableWindow)?

    /// Makes a runner of `workers` threads. `window` defaults to 64 inputs per worker (at least
    /// 256) and `windowBytes` to 8 MB per worker (at least 32 MB).
    ///
    /// The window is wide because each batch of outcomes costs the worker that completes it a
    /// wake-up of the delivering thread, and waking a thread on another core is dear on a
    /// virtual machine: on the PolNeAR texts with one worker, windows of 8, 64 and 256 inputs
    /// (batches of half of them) gave 55.4/56.3%, 56.8/58.8% and 58.2/59.7% of the segmentation
    /// floor's speed (session 21, `hearsay-bench paired`, two runs of 12 pairs each); with 256,
    /// batches of 16 read as high as batches of 128, so batches stay small (see
    /// `WorkWindow.largestBatch`). The byte bound keeps a wide window of large records from
    /// holding much memory.
    public init(pipeline: Pipeline, workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil,
                windowBytes: Int? = nil) {
        self.pipeline = pipeline
        self.workers = max(1, workers)
        self.window = max(1, window ?? max(256, self.workers * 64))
        self.windowBytes = max(1, windowBytes ?? max(32 << 20, self.workers * (8 << 20)))
    }

    /// Asks the run to stop: inputs being analysed finish and are delivered (with all before
    /// them), no other input is started. Safe to call from any thread, e.g. a signal handler's queue.
    public func stop() {
        lock.lock()
        stopRequested = true
        let window = current
        lock.unlock()
        window?.stop()
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
    ///
    /// Outcomes are handed over in batches (see `WorkWindow`): the calling thread is woken when
    /// 16 outcomes in a row are ready (half the window when that is smaller), or as soon as one
    /// is when no other input waits to be analysed, so a slow stream of inputs still gets each
    /// outcome without delay.
    @discardableResult
    public func run<S: Sequence, Prepared>(_ inputs: S, prepare: @escaping @Sendable (AnalysisOutcome) -> Prepared,
                                           sink: (Prepared) -> Void) -> Int where S.Element == AnalysisInput {
        let window = WorkWindow<Prepared>(capacity: self.window, byteBudget: windowBytes)
        lock.lock()
        current = window
        let stopFirst = stopRequested
        lock.unlock()
        if stopFirst { window.stop() }
        // The iterator is used by the reader thread alone.
        let box = IteratorBox(AnyIterator(inputs.makeIterator()))
        let reader = Thread { box.feed(window) }
        reader.stackSize = 1 << 22
        reader.start()
        let maxFileBytes = self.maxFileBytes
        for _ in 0..<workers {
            let thread = Thread { [pipeline] in Self.work(window, pipeline: pipeline, maxFileBytes: maxFileBytes, prepare) }
            thread.stackSize = 1 << 24
            thread.start()
        }
        var delivered = 0
        var ready = 0..<0
        while true {
            ready = window.next(afterDelivering: ready.count)
            if ready.isEmpty { break }
            for sequence in ready { sink(window.outcome(sequence)) }
            delivered += ready.count
        }
        // Lets a reader still waiting for its input go, once it has it.
        window.stop()
        lock.lock()
        current = nil
        lock.unlock()
        return delivered
    }

    /// One worker: analyses inputs from `window` in turn and stores their prepared outcomes.
    private static func work<Prepared>(_ window: WorkWindow<Prepared>, pipeline: Pipeline, maxFileBytes: Int,
                                       _ prepare: (AnalysisOutcome) -> Prepared) {
        let analyzer = try? pipeline.makeAnalyzer()
        var item = window.take()
        while let current = item {
            let outcome: AnalysisOutcome
            if let analyzer { outcome = process(current.input, analyzer, maxFileBytes: maxFileBytes) }
            else { outcome = .failure(id: current.input.id, message: "could not start the ICU segmenter") }
            item = window.finish(current.sequence, prepare(outcome))
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

/// A run's window as `CorpusRunner.stop()` sees it, whatever its outcomes' type.
protocol StoppableWindow: AnyObject, Sendable {
    /// Stops the run: inputs being analysed finish, no other starts.
    func stop()
}

extension WorkWindow: StoppableWindow {}

/// Hands an iterator to the one thread that will use it.
/// (Type-erased: a closure run on another thread may not capture the caller's iterator type.)
private final class IteratorBox: @unchecked Sendable {
    var iterator: AnyIterator<AnalysisInput>
    init(_ iterator: AnyIterator<AnalysisInput>) { self.iterator = iterator }

    /// Adds the inputs to `window` as it has room, then ends its input (on the reader thread).
    func feed<Prepared>(_ window: WorkWindow<Prepared>) {
        while window.waitForRoom(), let input = iterator.next() { window.add(input) }
        window.endInput()
    }
}
