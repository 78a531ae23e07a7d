import Foundation

/// Counts a batch run's progress (articles done, bytes analysed, time) and draws it as one line:
/// a bar, articles done of the total, MB/s and the time left.
///
/// The reader thread calls `inputRead(bytes:)` for each input in order and the thread that
/// receives outcomes calls `outcomeDelivered()`; outcomes arrive in input order, so each one is
/// matched with its input's size. The total may arrive later (`setTotal`), from a count made
/// in the background.
public final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private var sizes: [Int] = []
    private var sizeStart = 0
    private var total: Int?
    private(set) var done = 0
    private(set) var skipped = 0
    private(set) var failed = 0
    private(set) var bytes = 0
    private let start: Date

    public init(start: Date = Date()) { self.start = start }

    /// Records an input the reader handed on, with its size.
    public func inputRead(bytes: Int) {
        lock.lock(); sizes.append(bytes); lock.unlock()
    }

    /// Records an input skipped because an earlier run wrote it (`--resume`).
    public func inputSkipped() {
        lock.lock(); skipped += 1; lock.unlock()
    }

    /// Records the next outcome, in input order.
    public func outcomeDelivered(failed: Bool = false) {
        lock.lock()
        if sizeStart < sizes.count { bytes += sizes[sizeStart]; sizeStart += 1 }
        if sizeStart > 4096 { sizes.removeFirst(sizeStart); sizeStart = 0 }
        done += 1
        if failed { self.failed += 1 }
        lock.unlock()
    }

    /// Sets the number of inputs in the whole run (skipped ones included).
    public func setTotal(_ total: Int?) {
        lock.lock(); self.total = total; lock.unlock()
    }

    /// The progress line for a terminal `width` columns wide, at time `now`.
    public func line(width: Int = 80, now: Date = Date()) -> String {
        lock.lock()
        let (done, skipped, bytes, total, failed) = (self.done, self.skipped, self.bytes, self.total, self.failed)
        lock.unlock()
        return Self.render(done: done, skipped: skipped, failed: failed, total: total, bytes: bytes,
                           elapsed: now.timeIntervalSince(start), width: width)
    }

    /// Draws a progress line from counts.
    ///
    /// ```
    /// [########............]  412/1008 articles  41%  3.2 MB/s  ETA 1m12s
    /// ```
    public static func render(done: Int, skipped: Int, failed: Int, total: Int?, bytes: Int, elapsed: TimeInterval, width: Int) -> String {
        let rate = elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0
        var parts: [String] = []
        let finished = done + skipped
        if let total, total > 0 {
            parts.append("\(finished)/\(total) articles")
            parts.append("\(min(100, finished * 100 / total))%")
        } else {
            parts.append("\(finished) articles")
        }
        if skipped > 0 { parts.append("\(skipped) resumed") }
        if failed > 0 { parts.append("\(failed) failed") }
        parts.append(String(format: "%.1f MB/s", rate))
        if let total, done > 0, elapsed > 0 {
            let remaining = max(0, total - finished)
            parts.append("ETA " + duration(elapsed / Double(done) * Double(remaining)))
        }
        let text = parts.joined(separator: "  ")
        let barWidth = min(30, width - text.count - 4)
        guard let total, total > 0, barWidth >= 5 else { return String(text.prefix(max(0, width - 1))) }
        let filled = min(barWidth, barWidth * finished / total)
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]  " + text
    }

    /// "45s", "3m07s", "2h05m".
    static func duration(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)s" }
        if s < 3600 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60)
    }
}
