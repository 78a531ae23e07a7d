import Foundation

/// Turns the first SIGINT or SIGTERM into a request to stop cleanly (a second one exits at once).
final class SignalTrap: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var caught = false

    /// Whether a signal arrived.
    var interrupted: Bool { lock.lock(); defer { lock.unlock() }; return caught }

    /// Starts listening; `onSignal` runs (once) on a background queue.
    init(_ onSignal: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                self.lock.lock()
                let again = self.caught
                self.caught = true
                self.lock.unlock()
                if again { Foundation.exit(130) }
                FileHandle.standardError.write(Data("\nhearsay: stopping after the articles in progress (again to quit at once)\n".utf8))
                onSignal()
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit { for source in sources { source.cancel() } }
}
