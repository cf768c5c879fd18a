import Replication

/// What one run may hold (issue 10): every number in a scenario is bounded, not their product,
/// so a legal file (10,000 writes retried every 500 ms under a day's latency) could still ask
/// for more memory or time than a laptop has. Past a limit the world stops where it is, says
/// so in an event, and moves no more.
public struct RunLimits: Sendable, Equatable {
    /// Messages on their way (between nodes, to and from clients) and client retries waiting.
    public var inFlight: Int
    /// Events handled, for headless runs (a live session runs as long as the learner likes).
    public var events: Int?
    /// Client writes sent over the run (each is remembered to the end).
    public var writes: Int

    public init(inFlight: Int, events: Int?, writes: Int = 100_000) {
        self.inFlight = inFlight
        self.events = events
        self.writes = writes
    }

    public static let live = RunLimits(inFlight: 100_000, events: nil)
    public static let headless = RunLimits(inFlight: 100_000, events: 20_000_000)
}

/// Which limit a run went past.
public enum Overload: Sendable, Equatable {
    case inFlight(limit: Int)
    case events(limit: Int)
    case writes(limit: Int)
}

extension World {
    /// Checked every 1,024 events: counting what is in flight costs a pass over the queues.
    static var limitCheckMask: Int { 1023 }

    mutating func checkLimits() {
        if let most = limits.events, eventCount >= most {
            overload = .events(limit: most)
        } else if network.inFlight + clients.inFlight + clients.timers.count > limits.inFlight {
            overload = .inFlight(limit: limits.inFlight)
        }
        if let overload { emit(.overloaded(overload)) }
    }

    /// Whether `count` more client writes stay within the run's limit; past it the world stops.
    mutating func admitsWrites(_ count: Int) -> Bool {
        guard overload == nil else { return false }
        if clients.writes.count + count <= limits.writes { return true }
        overload = .writes(limit: limits.writes)
        emit(.overloaded(.writes(limit: limits.writes)))
        return false
    }

    /// Keeps only the newest `count` recorded events (a replay that nobody reads as it goes).
    public mutating func keepNewestEvents(_ count: Int) {
        if events.count > count { events.removeFirst(events.count - count) }
    }
}
