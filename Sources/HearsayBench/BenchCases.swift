import Foundation
import Hearsay

/// The measured cases: the ICU floor, article extraction alone, and the whole pipeline over texts or pages.
enum BenchCases {
    /// ICU sentence and word segmentation alone over `texts` (`passes` times, so that the clock
    /// runs long enough to read), on `jobs` threads (one `Segmenter` each, documents dealt out in turn).
    static func floor(_ texts: [(id: String, text: String)], jobs: Int, passes: Int, repeats: Int) throws -> BenchResult {
        let segmenters = try (0..<jobs).map { _ in try Segmenter() }
        _ = try segmenters[0].boundaryCounts("Warm up. The iterators.")
        let boundaries = Counter()
        let boxed = SendableBox(segmenters)  // one segmenter per thread, never shared
        let time = BenchResult.time(repeats: repeats) {
            onThreads(jobs) { worker in
                let segmenter = boxed.value[worker]
                var count = 0
                for _ in 0..<passes {
                    for k in stride(from: worker, to: texts.count, by: jobs) {
                        if let c = try? segmenter.boundaryCounts(texts[k].text) { count += c.sentences + c.words }
                    }
                }
                boundaries.add(count)
            }
        }
        precondition(boundaries.value > 0, "ICU found no boundaries")
        return BenchResult(name: "floor", jobs: jobs, documents: texts.count * passes,
                           bytes: texts.reduce(0) { $0 + $1.text.utf8.count } * passes, seconds: time.wall, cpuSeconds: time.cpu)
    }

    /// The floor and the whole analysis of the same texts on one worker, timed in turns `pairs`
    /// times, so that each pair sees the machine at the same moment: on a shared machine whose
    /// speed moves within minutes, the ratio of two cases timed minutes apart says little.
    /// The order alternates (the floor first in even pairs, the analysis first in odd ones), so
    /// that neither case always runs first: in a session-17 test of 40 pairs the analysis-first
    /// pairs gave a median share of 58.4% and the floor-first ones 45.8%, in the next bench run
    /// 44.6% and 48.4%, so the order can move the figure either way. Returns the `PAIRED` line:
    /// the pairs, then the median, lowest and highest of floor time over analysis time (the
    /// analysis's share of the floor's speed), and the medians of the floor-first and
    /// analysis-first pairs.
    ///
    /// The floor goes over the texts `floorPasses` times in its timing, so that its timing lasts
    /// about as long as the analysis's one pass: a burst of other work on the machine is as likely
    /// to fall in either, where a floor timing half as long was hit half as often, which pulled
    /// the median share down (session 20, one binary, three runs of 24 pairs each way in turns:
    /// medians 48.3-56.4% with one floor pass, 53.6-56.8% with two). The share is then the
    /// floor's time per pass over the analysis's time.
    static func paired(_ texts: [(id: String, text: String)], pairs: Int, floorPasses: Int = 1) throws -> String {
        let inputs = texts.map { AnalysisInput.text(id: $0.id, text: $0.text) }
        let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }
        var shares: [Double] = []
        for pair in 0..<max(1, pairs) {
            let floor: BenchResult, text: BenchResult
            if pair % 2 == 0 {
                floor = try Self.floor(texts, jobs: 1, passes: floorPasses, repeats: 1)
                text = analyze("text", inputs, bytes: bytes, jobs: 1, repeats: 1)
            } else {
                text = analyze("text", inputs, bytes: bytes, jobs: 1, repeats: 1)
                floor = try Self.floor(texts, jobs: 1, passes: floorPasses, repeats: 1)
            }
            shares.append(floor.seconds / Double(max(1, floorPasses)) / text.seconds)
        }
        return pairedLine("text/floor", shares, byOrder: true)
    }

    /// The whole analysis of the same texts on one worker and on `jobs` workers, timed in turns
    /// `pairs` times, for the same reason as `paired`: the second core of a shared machine is
    /// lent and taken back within minutes, and a ratio of two cases timed apart measures that.
    /// The order alternates as in `paired` (one worker first in even pairs). Returns the `PAIRED`
    /// line: the pairs, then the median, lowest and highest of one-worker time over `jobs`-worker
    /// time (how many times faster the workers together are), and the medians of the pairs with
    /// one worker first and with the workers first.
    ///
    /// The workers analyse the texts `passes` times in their timing (each pass a fresh runner,
    /// whose workers start with empty word caches as the one worker does), so that their timing
    /// lasts about as long as the one worker's, for the reason `paired` gives its floor passes.
    static func scaling(_ texts: [(id: String, text: String)], jobs: Int, pairs: Int, passes: Int = 1) -> String {
        let inputs = texts.map { AnalysisInput.text(id: $0.id, text: $0.text) }
        let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }
        var speedups: [Double] = []
        for pair in 0..<max(1, pairs) {
            let one: BenchResult, many: BenchResult
            if pair % 2 == 0 {
                one = analyze("text", inputs, bytes: bytes, jobs: 1, repeats: 1)
                many = analyze("text", inputs, bytes: bytes, jobs: jobs, repeats: 1, passes: passes)
            } else {
                many = analyze("text", inputs, bytes: bytes, jobs: jobs, repeats: 1, passes: passes)
                one = analyze("text", inputs, bytes: bytes, jobs: 1, repeats: 1)
            }
            speedups.append(one.seconds / (many.seconds / Double(max(1, passes))))
        }
        return pairedLine("text/\(jobs)-workers", speedups, byOrder: true)
    }

    /// The plain-text analysis of `timed` by one worker that has first analysed `warmup` (other
    /// texts): `timed` is cut into `pairs` runs of consecutive texts, and each run is timed in
    /// turn with the floor over the same texts, all on one thread. A worker keeps what it learnt
    /// of each word (`WordCache`), so a long run meets few new words after its first thousands of
    /// articles, where the `paired` case starts every pass with an empty cache, as a short run
    /// does. Each text is analysed once after the warm-up (a text analysed again would meet only
    /// known words). Returns the `PAIRED` line `warm-text/floor`.
    /// The floor makes `floorPasses` passes over each run's texts, as in `paired`.
    static func warm(_ warmup: [(id: String, text: String)], _ timed: [(id: String, text: String)], pairs: Int, floorPasses: Int = 1) throws -> String {
        let pipeline = Pipeline.standard()
        let shares = SendableBox(ShareList())
        let chunks = max(1, min(pairs, timed.count))
        let inputs = SendableBox((warmup, timed))
        onThreads(1) { _ in
            let (warmup, timed) = inputs.value
            guard let analyzer = try? pipeline.makeAnalyzer() else { return }
            var reportBytes = 0
            func analyze(_ text: (id: String, text: String)) {
                if case let .analysis(analysis) = CorpusRunner.process(.text(id: text.id, text: text.text), analyzer) {
                    reportBytes += Report.json(for: analysis).count
                }
            }
            for text in warmup { analyze(text) }
            for chunk in 0..<chunks {
                let texts = Array(timed[(chunk * timed.count / chunks)..<((chunk + 1) * timed.count / chunks)])
                // The floor on a thread of its own, as in `paired`: this thread's word cache is not touched.
                guard let floor = try? Self.floor(texts, jobs: 1, passes: floorPasses, repeats: 1) else { return }
                let analysis = BenchResult.time { for text in texts { analyze(text) } }
                precondition(reportBytes > 0, "nothing analysed")
                shares.value.values.append(floor.seconds / Double(max(1, floorPasses)) / analysis.wall)
            }
        }
        precondition(shares.value.values.count == chunks, "the analyzer or the floor's segmenter did not start")
        return pairedLine("warm-text/floor", shares.value.values)
    }

    /// Ratios gathered on one worker thread and read once it has finished.
    final class ShareList {
        var values: [Double] = []
    }

    /// A `PAIRED` line: its name, the number of ratios, then their median, lowest and highest;
    /// with `byOrder`, then the medians of the even-numbered and of the odd-numbered ratios (the
    /// pairs timed in one order and in the other; 0 when there are none).
    static func pairedLine(_ name: String, _ ratios: [Double], byOrder: Bool = false) -> String {
        let sorted = ratios.sorted()
        var fields = ["PAIRED", name, String(sorted.count), String(format: "%.4f", median(ratios)),
                      String(format: "%.4f", sorted[0]), String(format: "%.4f", sorted[sorted.count - 1])]
        if byOrder {
            let even = ratios.indices.filter { $0 % 2 == 0 }.map { ratios[$0] }
            let odd = ratios.indices.filter { $0 % 2 == 1 }.map { ratios[$0] }
            fields += [String(format: "%.4f", median(even)), String(format: "%.4f", median(odd))]
        }
        return fields.joined(separator: "\t")
    }

    /// The median of `values` (the mean of the middle two for an even count), 0 for none.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let m = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2
    }

    /// The whole analysis of `inputs` through `CorpusRunner` on `jobs` workers, each outcome
    /// turned into its JSON report on the worker that produced it, as `hearsay analyze` does
    /// (`Report.json(for:)`, the writer `JSONReportWriter` uses, straight from the analysis).
    /// With `passes` above one, each timing runs the whole corpus that many times, each time
    /// through a fresh runner (fresh workers, empty word caches).
    static func analyze(_ name: String, _ inputs: [AnalysisInput], bytes: Int, jobs: Int, repeats: Int, passes: Int = 1) -> BenchResult {
        let pipeline = Pipeline.standard()
        var reportBytes = 0
        var failures = 0
        let time = BenchResult.time(repeats: repeats) {
            for _ in 0..<max(1, passes) {
                CorpusRunner(pipeline: pipeline, workers: jobs).run(inputs, prepare: { outcome -> Int? in
                    if case let .analysis(analysis) = outcome { return Report.json(for: analysis).count }
                    return nil
                }) { count in
                    if let count { reportBytes += count } else { failures += 1 }
                }
            }
        }
        precondition(reportBytes > 0, "no reports")
        if failures > 0 { FileHandle.standardError.write(Data("hearsay-bench: \(failures) inputs failed\n".utf8)) }
        return BenchResult(name: name, jobs: jobs, documents: inputs.count * max(1, passes), bytes: bytes * max(1, passes),
                           seconds: time.wall, cpuSeconds: time.cpu)
    }

    /// Article extraction alone, the job trafilatura's `extract` does: each page's bytes (already
    /// inflated) to its clean text and metadata, rendered as the one-line JSON `hearsay extract
    /// --format json` prints, on `jobs` threads (pages dealt out in turn, one extractor shared).
    ///
    /// `passes` goes over the pages that many times within one timing, so that a timing lasts
    /// about as long as a slower peer's (a short timing on a shared machine is hit harder by a
    /// burst of other work, which biases a ratio against the faster side).
    static func extract(_ pages: [(id: String, html: [UInt8])], jobs: Int, repeats: Int, passes: Int = 1) -> BenchResult {
        let extractor = ArticleExtractor()
        let rendered = Counter()
        let failures = Counter()
        // Warm up (shared tables, libxml2's initialisation), as peers.py warms trafilatura up.
        if let first = pages.first { _ = try? extractor.extract(bytes: first.html, name: first.id) }
        let time = BenchResult.time(repeats: repeats) {
            onThreads(jobs) { worker in
                var count = 0
                var failed = 0
                for _ in 0..<passes {
                    for k in stride(from: worker, to: pages.count, by: jobs) {
                        if let article = try? extractor.extract(bytes: pages[k].html, name: pages[k].id) {
                            count += ArticleRendering.render(article, id: pages[k].id, format: "json").utf8.count
                        } else {
                            failed += 1
                        }
                    }
                }
                rendered.add(count)
                failures.add(failed)
            }
        }
        precondition(rendered.value > 0, "nothing extracted")
        if failures.value > 0 { FileHandle.standardError.write(Data("hearsay-bench: \(failures.value) pages failed\n".utf8)) }
        return BenchResult(name: "extract", jobs: jobs, documents: pages.count * passes,
                           bytes: pages.reduce(0) { $0 + $1.html.count } * passes, seconds: time.wall, cpuSeconds: time.cpu)
    }

    /// Runs `body(worker)` for each worker `0..<jobs` on its own thread (4 MiB of stack, as the
    /// analysis workers have) and returns when all have finished.
    static func onThreads(_ jobs: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for worker in 0..<jobs {
            let thread = Thread { body(worker); group.leave() }
            group.enter()
            thread.stackSize = 1 << 22
            thread.start()
        }
        group.wait()
    }

    /// Loads the lexicons and opens the ICU prototypes; returns the seconds it took.
    static func startup() throws -> BenchResult {
        let time = try BenchResult.time {
            _ = try Pipeline.standard().analyze(text: "“Warm up,” said Jane Hill in Paris.")
        }
        return BenchResult(name: "startup", jobs: 1, documents: 1, bytes: 0, seconds: time.wall, cpuSeconds: time.cpu)
    }
}

/// A thread-safe running total.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ n: Int) { lock.withLock { total += n } }
    var value: Int { lock.withLock { total } }
}

/// Hands a value confined to one thread over to that thread.
struct SendableBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
