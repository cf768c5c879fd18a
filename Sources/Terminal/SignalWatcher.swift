import Dispatch
import Glibc
import Synchronization

/// SIGINT, SIGTERM, SIGHUP and SIGQUIT as a flag the main loop reads (terminal-notes.md,
/// "Signals": SIG_IGN, then a Dispatch signal source); the loop restores the terminal and
/// exits 128 + the signal.
public final class SignalWatcher: Sendable {
    public static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    let caught = Atomic<Int32>(0)
    /// Created once in `init`, cancelled once in `cancel`; Dispatch sources are thread-safe.
    nonisolated(unsafe) let sources: [any DispatchSourceSignal]

    /// `notify` runs on a background queue after a signal is caught (it wakes the main loop).
    public init(notify: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "raftlab.signals")
        var made: [any DispatchSourceSignal] = []
        for signal in Self.watched {
            Glibc.signal(signal, SIG_IGN)
            made.append(DispatchSource.makeSignalSource(signal: signal, queue: queue))
        }
        sources = made
        for (source, signal) in zip(sources, Self.watched) {
            source.setEventHandler(handler: { @Sendable [self] in
                _ = caught.compareExchange(expected: 0, desired: signal, ordering: .acquiringAndReleasing)
                notify()
            })
            source.resume()
        }
    }

    /// The first signal caught, if any.
    public var received: Int32? {
        let value = caught.load(ordering: .acquiring)
        return value == 0 ? nil : value
    }

    /// Stops watching and puts back the default actions, or leaves the signals ignored for a
    /// caller that still has work no signal may cut short (stopping etcd members).
    public func cancel(restoringDefaults: Bool = true) {
        for source in sources { source.cancel() }
        if restoringDefaults { for signal in Self.watched { Glibc.signal(signal, SIG_DFL) } }
    }
}
