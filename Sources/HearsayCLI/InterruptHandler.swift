import Dispatch
import Foundation

/// Turns SIGINT into a clean stop: the first one calls `onInterrupt` (which asks the run to stop
/// after the inputs in flight); a second one exits at once, leaving any output uncommitted.
///
/// SIGTERM keeps its default action (a scheduler or `timeout` means it): the process ends at
/// once and the output, never renamed into place, stays uncommitted too.
final class InterruptHandler: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [DispatchSourceSignal] = []
    private var received: Int32?

    /// The signal received, if any (`SIGINT`).
    var signal: Int32? { lock.withLock { received } }

    /// The conventional exit status for a run stopped by `signal` (130 for SIGINT).
    static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }

    /// Installs the handlers; `onInterrupt` runs once, on a dispatch queue.
    init(onInterrupt: @escaping @Sendable () -> Void) {
        for number in [SIGINT] {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                let first: Bool = lock.withLock {
                    defer { if received == nil { received = number } }
                    return received == nil
                }
                guard first else {
                    FileHandle.standardError.write(Data("hearsay: interrupted again: stopping now, output not committed\n".utf8))
                    _exit(Self.exitStatus(for: number))
                }
                FileHandle.standardError.write(Data("hearsay: interrupted: finishing the inputs in progress (interrupt again to stop now)\n".utf8))
                onInterrupt()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Removes the handlers and restores the default actions.
    func cancel() {
        for source in sources { source.cancel() }
        sources = []
        Foundation.signal(SIGINT, SIG_DFL)
    }
}
