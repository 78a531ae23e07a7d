import Foundation
import Hearsay

/// Draws a `ProgressMeter` on standard error, at most ten times a second, and clears it so
/// that messages and the end of the run print on a clean line.
final class ProgressDisplay {
    let meter: ProgressMeter
    private var lastDraw = Date.distantPast
    private var shown = false
    private let width: Int

    init(meter: ProgressMeter) {
        self.meter = meter
        self.width = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    /// Whether a progress bar belongs on standard error: it is a terminal and not `--quiet`.
    static func wanted(quiet: Bool) -> Bool { !quiet && isatty(STDERR_FILENO) == 1 }

    /// Redraws when a tenth of a second has passed (or when `force`).
    func draw(force: Bool = false) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r" + meter.line(width: width, now: now) + "\u{1B}[K").utf8))
        shown = true
    }

    /// Clears the line.
    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
