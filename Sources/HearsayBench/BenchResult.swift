import Foundation

/// One measured case, printed as a tab-separated `RESULT` line that `Scripts/bench` tabulates.
struct BenchResult {
    var name: String
    var jobs: Int
    var documents: Int
    var bytes: Int
    /// Wall-clock seconds (the best of the repetitions).
    var seconds: Double
    /// CPU seconds (user + system, all threads) of the same repetition.
    var cpuSeconds: Double
    /// Peak resident memory of this process (VmHWM), in kB.
    var peakKB: Int = BenchResult.peakResidentKB()

    /// `RESULT name jobs documents bytes seconds cpu_seconds peak_kb`.
    var line: String {
        ["RESULT", name, String(jobs), String(documents), String(bytes), String(format: "%.4f", seconds),
         String(format: "%.4f", cpuSeconds), String(peakKB)]
            .joined(separator: "\t")
    }

    /// The process's peak resident set size from `/proc/self/status` (0 where there is none).
    static func peakResidentKB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// Wall-clock and CPU seconds taken by `body`, the best (least wall time) of `repeats` runs.
    static func time(repeats: Int = 1, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var best = (wall: Double.infinity, cpu: Double.infinity)
        for _ in 0..<max(1, repeats) {
            let cpuStart = cpuTime()
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if wall < best.wall { best = (wall, cpuTime() - cpuStart) }
        }
        return best
    }

    /// User plus system CPU seconds of the whole process so far.
    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
