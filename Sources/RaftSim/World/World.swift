import DequeModule
import RaftCore

/// The deterministic world: every node, the network, the clients, the clock and the one
/// random source. It is a value: copying it is a checkpoint. Events run in (time, sequence)
/// order and the same spec replays the same run, event for event.
public struct World: Sendable {
    public let names: [String]
    public internal(set) var nodes: [Node]
    public internal(set) var network: Network
    public internal(set) var clients: Clients
    public internal(set) var monitor: SafetyMonitor?
    public internal(set) var timing: Timing
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
    var timerSeq: [Int]
    var timerEpochSeen: [Int]
    var outbox = Outbox()
    /// Whether events are kept in `events` (transcripts, the screen) or only counted.
    public var recording = true
    public internal(set) var events: [SimEvent] = []
    public internal(set) var eventCount = 0
    public internal(set) var messagesSent = 0

    public var config: EngineConfig { nodes[0].config }
    public var size: Int { names.count }

    /// Removes and returns the events recorded since the last call.
    public mutating func takeEvents() -> [SimEvent] {
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    mutating func emit(_ kind: SimEvent.Kind) {
        if recording { events.append(SimEvent(time: now, kind: kind)) }
    }

    mutating func nextSeq() -> Int {
        seq += 1
        return seq
    }

    /// The value an entry carries, if any.
    public func value(of entry: Entry) -> String? { entry.write == 0 ? nil : values[entry.write] }

    /// The index of a node by name.
    public func node(named name: String) -> NodeID? { names.firstIndex(of: name) }
}
