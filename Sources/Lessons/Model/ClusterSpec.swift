import RaftCore

/// The `cluster` map (and a `scene` step): how a world starts. Every key has the format's default.
public struct ClusterSpec: Sendable, Equatable {
    /// The names a node count draws from, in order (format, `cluster.nodes`).
    public static let planets = ["Neptune", "Saturn", "Jupiter", "Mars", "Venus",
                                 "Mercury", "Uranus", "Earth", "Pluto"]

    /// Node names, 1 to 9, unique.
    public var nodes: [String]
    /// Seed of the world's one random source.
    public var seed: UInt64
    /// Heartbeat, election timeout and latency.
    public var timing: TimingSpec
    /// Engine switches.
    public var engine: EngineSpec
    /// Default acks mode of client writes.
    public var acks: Acks
    /// Deliberately broken rules.
    public var unsafe: UnsafeRules
    /// Initial persistent state per node; nodes not listed start empty.
    public var state: [String: NodeState]
    /// The node that starts as leader of its `state` term.
    public var leader: String?

    /// A cluster spec; every argument defaults as in the format.
    public init(nodes: [String] = Array(planets.prefix(3)), seed: UInt64 = 1,
                timing: TimingSpec = TimingSpec(), engine: EngineSpec = EngineSpec(),
                acks: Acks = .all, unsafe: UnsafeRules = [],
                state: [String: NodeState] = [:], leader: String? = nil) {
        self.nodes = nodes
        self.seed = seed
        self.timing = timing
        self.engine = engine
        self.acks = acks
        self.unsafe = unsafe
        self.state = state
        self.leader = leader
    }
}

/// `cluster.timing`: all in simulated milliseconds.
public struct TimingSpec: Sendable, Equatable {
    /// ms between a leader's heartbeats.
    public var heartbeat: Int
    /// Election timeout, drawn uniformly from this range at each timer reset.
    public var election: ClosedRange<Int>
    /// One-way message delay, drawn from this range.
    public var latency: ClosedRange<Int>

    /// Timing with the format's defaults: 50, [150, 300], [10, 20].
    public init(heartbeat: Int = 50, election: ClosedRange<Int> = 150...300,
                latency: ClosedRange<Int> = 10...20) {
        self.heartbeat = heartbeat
        self.election = election
        self.latency = latency
    }
}

/// A partial `timing` map, as in a `configure` step: only the keys written.
public struct TimingPatch: Sendable, Equatable {
    public var heartbeat: Int?
    public var election: ClosedRange<Int>?
    public var latency: ClosedRange<Int>?

    /// A patch; nil leaves that setting as it is.
    public init(heartbeat: Int? = nil, election: ClosedRange<Int>? = nil, latency: ClosedRange<Int>? = nil) {
        self.heartbeat = heartbeat
        self.election = election
        self.latency = latency
    }

    /// `timing` with the keys of this patch replaced.
    public func applied(to timing: TimingSpec) -> TimingSpec {
        TimingSpec(heartbeat: heartbeat ?? timing.heartbeat,
                   election: election ?? timing.election,
                   latency: latency ?? timing.latency)
    }
}

/// `cluster.engine`: protocol switches.
public struct EngineSpec: Sendable, Equatable {
    /// Pre-Vote (Raft thesis 9.6).
    public var prevote: Bool
    /// A leader that has not heard from a majority for an election timeout steps down.
    public var checkQuorum: Bool
    /// Most entries in one AppendEntries.
    public var batch: Int
    /// Send the next AppendEntries without waiting for the last reply.
    public var pipeline: Bool
    /// A new leader appends an empty entry of its own term first.
    public var noop: Bool

    /// Engine switches with the format's defaults.
    public init(prevote: Bool = false, checkQuorum: Bool = false, batch: Int = 64,
                pipeline: Bool = true, noop: Bool = true) {
        self.prevote = prevote
        self.checkQuorum = checkQuorum
        self.batch = batch
        self.pipeline = pipeline
        self.noop = noop
    }
}

/// A node's initial state in `cluster.state`.
public struct NodeState: Sendable, Equatable {
    /// Current term (durable).
    public var term: Int
    /// Vote in the current term (durable).
    public var votedFor: String?
    /// Log; index 1 is the first item (durable).
    public var log: [LogItem]
    /// Initial commit index (volatile).
    public var commit: Int

    /// A state; every argument defaults as in the format (0, none, [], 0).
    public init(term: Int = 0, votedFor: String? = nil, log: [LogItem] = [], commit: Int = 0) {
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

    /// An entry of `term`, with `value` or none.
    public init(term: Int, value: String? = nil) {
        self.term = term
        self.value = value
    }
}

/// The settings a `configure` step changes; nil keeps the current one.
public struct ConfigureSpec: Sendable, Equatable {
    public var batch: Int?
    public var pipeline: Bool?
    public var noop: Bool?
    public var acks: Acks?
    public var prevote: Bool?
    public var checkQuorum: Bool?
    public var unsafe: UnsafeRules?
    public var timing: TimingPatch?

    /// A configure step's settings; nil keeps the current one.
    public init(batch: Int? = nil, pipeline: Bool? = nil, noop: Bool? = nil, acks: Acks? = nil,
                prevote: Bool? = nil, checkQuorum: Bool? = nil, unsafe: UnsafeRules? = nil,
                timing: TimingPatch? = nil) {
        self.batch = batch
        self.pipeline = pipeline
        self.noop = noop
        self.acks = acks
        self.prevote = prevote
        self.checkQuorum = checkQuorum
        self.unsafe = unsafe
        self.timing = timing
    }
}
