import RaftCore

/// How a client write is acknowledged (Kafka's producer `acks`, as the scenario format uses it).
public enum Acks: String, Sendable, Equatable, CaseIterable {
    case zero = "0", one = "1", all
}

/// Timings in simulated milliseconds (scenario format, `cluster.timing`).
public struct Timing: Sendable, Equatable {
    public var heartbeat = 50
    public var election: ClosedRange<Int> = 150...300
    public var latency: ClosedRange<Int> = 10...20
    public init() {}
}

/// One node's starting persistent state and commit index (scenario format, `cluster.state`).
public struct InitialState: Sendable, Equatable {
    public var term = 0
    public var votedFor: NodeID? = nil
    /// Each entry's term and optional value.
    public var log: [(term: Int, value: String?)] = []
    public var commit = 0
    public init() {}
    public static func == (a: InitialState, b: InitialState) -> Bool {
        a.term == b.term && a.votedFor == b.votedFor && a.commit == b.commit
            && a.log.map(\.term) == b.log.map(\.term) && a.log.map(\.value) == b.log.map(\.value)
    }
}

/// Everything needed to build a world: the cluster of a scenario.
public struct WorldSpec: Sendable, Equatable {
    public var names: [String]
    public var seed: UInt64 = 1
    public var timing = Timing()
    public var engine: EngineConfig
    public var acks: Acks = .all
    public var state: [NodeID: InitialState] = [:]
    public var leader: NodeID? = nil
    /// Whether the safety monitor runs (benchmarks may switch it off).
    public var monitor = true

    public init(names: [String]) {
        self.names = names
        engine = EngineConfig(nodeCount: names.count)
    }

    /// The first `count` planets, the default names of the format.
    public static let planets = ["Neptune", "Saturn", "Jupiter", "Mars", "Venus", "Mercury", "Uranus", "Earth", "Pluto"]
}
