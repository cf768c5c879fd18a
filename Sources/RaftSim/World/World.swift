import DequeModule
import Replication

/// The deterministic world: a replication engine's nodes, the network, the clients, the
/// clock, the safety monitor and the one random source. It is a value: copying it is a
/// checkpoint. Events run in (time, sequence) order and the same start replays the same
/// run, event for event. It knows the engine only through `ReplicationEngine`.
public struct World<Engine: ReplicationEngine>: Sendable {
    public let names: [String]
    /// The seed of its one random source: the same start and seed replay the same run.
    public let seed: UInt64
    public internal(set) var engine: Engine
    public internal(set) var network: Network<Engine.Message>
    public internal(set) var clients: Clients
    public internal(set) var monitor: Monitor<Engine.Checks>?
    /// One-way delay of a message between nodes, and of client messages.
    public internal(set) var latency: ClosedRange<Int>
    public internal(set) var acks: Acks
    public internal(set) var now = 0
    /// Write id -> value ("" for none). Ids are shared by client writes and initial values.
    public internal(set) var values: [String] = [""]
    /// Write id -> first log index it was appended at (0: never); later ones in `moreIndices`.
    var writeIndex: [Int] = [0]
    var moreIndices: [Int: [Int]] = [:]
    /// The most recent node to become leader, and its term ("the current leader" when none is up).
    public internal(set) var lastLeader: (node: NodeID, term: Int)? = nil
    var rng: SplitMix64
    var seq = 0
    /// Per node, the sequence number of its timer (timers due at one time fire in the order set).
    var timerSeq: [Int]
    var outbox = Engine.Box()
    /// Whether events are kept in `events` (transcripts, the screen) or only counted.
    public var recording = true
    public internal(set) var events: [SimEvent<Engine>] = []
    public internal(set) var eventCount = 0
    /// Whether `apply` keeps each command with where it was applied, for `takeApplied` (the
    /// live view's history replays them).
    public var journaling = false
    /// What the run may hold; past it `overload` says which limit, and the world stops.
    public var limits = RunLimits.live
    public internal(set) var overload: Overload?
    var applied: [Applied] = []
    public internal(set) var messagesSent = 0
    /// Committed client writes per second and per round trip, for each setting run under.
    public internal(set) var throughput = ThroughputMeter<Engine.Settings>()

    public var size: Int { names.count }
    public var settings: Engine.Settings { engine.settings }

    /// Removes and returns the events recorded since the last call.
    public mutating func takeEvents() -> [SimEvent<Engine>] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    mutating func emit(_ kind: SimEvent<Engine>.Kind) {
        if recording { events.append(SimEvent(time: now, kind: kind)) }
    }

    mutating func nextSeq() -> Int {
        seq += 1
        return seq
    }

    /// The value a write id carries, if any.
    public func value(ofWrite write: Int) -> String? { write == 0 ? nil : values[write] }
}
