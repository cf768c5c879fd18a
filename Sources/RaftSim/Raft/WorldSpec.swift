import RaftCore

/// How a client write is acknowledged (Kafka's producer `acks`, as the scenario format uses it).
public enum Acks: String, Sendable, Equatable, CaseIterable {
    case zero = "0", one = "1", all
}

/// The Raft world the lessons, the fuzzer and the live view run.
public typealias RaftWorld = World<RaftEngine>

/// One node's starting persistent state and commit index (scenario format, `cluster.state`).
public struct InitialState: Sendable, Equatable {
    public var term = 0
    public var votedFor: NodeID? = nil
    /// Each entry's term and optional value.
    public var log: [LogItem] = []
    public var commit = 0
    public init(term: Int = 0, votedFor: NodeID? = nil, log: [LogItem] = [], commit: Int = 0) {
        self.term = term
        self.votedFor = votedFor
        self.log = log
        self.commit = commit
    }
}

/// One entry of an initial log: its term, and the client value it carries if any.
public struct LogItem: Sendable, Equatable {
    public var term: Int
    public var value: String?
    public init(term: Int, value: String? = nil) {
        self.term = term
        self.value = value
    }
}

/// Everything needed to build a Raft world: the cluster of a scenario, by node id.
public struct WorldSpec: Sendable, Equatable {
    public var names: [String]
    public var seed: UInt64 = 1
    /// Heartbeat, election timeout and the rest of the engine's rules.
    public var engine: EngineConfig
    public var latency: ClosedRange<Int> = 10...20
    public var acks: Acks = .all
    public var state: [NodeID: InitialState] = [:]
    public var leader: NodeID? = nil
    /// `cluster.voters`: the initial configuration; nil, every node (raft-extensions.md).
    /// Nodes not listed exist, start empty, are up, and are not members until added.
    public var voters: NodeSet? = nil
    /// Whether the safety monitor runs (benchmarks may switch it off).
    public var monitor = true

    public init(names: [String]) {
        self.names = names
        engine = EngineConfig(size: names.count)
    }

    /// The first `count` planets, the default names of the format.
    public static let planets = ["Neptune", "Saturn", "Jupiter", "Mars", "Venus", "Mercury", "Uranus", "Earth", "Pluto"]
}

extension World where Engine == RaftEngine {
    /// Builds the world of `spec` at time 0: nodes from their initial state, timers running,
    /// and the `leader`, if any, just elected (scenario format, `cluster.leader`).
    public init(_ spec: WorldSpec) {
        var values = [""]
        var ids: [String: Int] = [:]
        var durable: [DurableState] = []
        var commits: [Int] = []
        for id in spec.names.indices {
            let initial = spec.state[id] ?? InitialState()
            var log = RaftLog()
            for (k, item) in initial.log.enumerated() {
                log.append(Entry(term: item.term, write: Self.initialWrite(item, index: k + 1, &values, &ids)))
            }
            durable.append(DurableState(term: initial.term, votedFor: initial.votedFor, log: log))
            commits.append(initial.commit)
        }
        var config = spec.engine
        config.size = spec.names.count
        config.configuration = spec.voters.map { Configuration(voters: $0) } ?? Configuration(size: spec.names.count)
        self.init(engine: RaftEngine(settings: config, durable: durable, commits: commits), names: spec.names,
                  values: values, seed: spec.seed, latency: spec.latency, acks: spec.acks, leader: spec.leader,
                  monitor: spec.monitor)
    }
}
