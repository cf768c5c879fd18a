/// The rules and timings every node of one cluster follows (scenario format, `cluster.engine`,
/// `timing.heartbeat`, `timing.election`, `unsafe`).
public struct EngineConfig: Sendable, Equatable {
    /// Nodes that exist, `0..<size` (members of the configuration or not).
    public var size: Int
    /// Who votes at first (`cluster.voters`); each node then follows the latest configuration
    /// entry in its log (thesis 4.1).
    public var configuration: Configuration
    public var heartbeat: Int = 50
    public var election: ClosedRange<Int> = 150...300
    public var batch: Int = 64
    public var pipeline: Bool = true
    public var noop: Bool = true
    public var preVote: Bool = false
    public var checkQuorum: Bool = false
    /// A node snapshots once its applied index is this many entries past its snapshot; 0 never
    /// (raft-extensions.md, `engine.snapshot_every`).
    public var snapshotEvery: Int = 0
    public var unsafe: UnsafeRules = []

    /// Thesis 4.2.3 and 6.4.1 (etcd's `inLease`): voters that heard from a leader within the
    /// minimum election timeout refuse votes, so a lease read stays safe.
    public var leaseGuardsVotes: Bool { checkQuorum && preVote }

    /// A cluster of `size` nodes, every one of them a voter.
    public init(size: Int) {
        self.size = size
        configuration = Configuration(size: size)
    }

    /// Settings a `configure` step changes; nil keeps the current value.
    public struct Change: Sendable, Equatable {
        public var heartbeat: Int?
        public var election: ClosedRange<Int>?
        public var batch: Int?
        public var pipeline: Bool?
        public var noop: Bool?
        public var preVote: Bool?
        public var checkQuorum: Bool?
        public var snapshotEvery: Int?
        public var unsafe: UnsafeRules?
        public init(heartbeat: Int? = nil, election: ClosedRange<Int>? = nil, batch: Int? = nil, pipeline: Bool? = nil,
                    noop: Bool? = nil, preVote: Bool? = nil, checkQuorum: Bool? = nil, snapshotEvery: Int? = nil,
                    unsafe: UnsafeRules? = nil) {
            self.heartbeat = heartbeat
            self.election = election
            self.batch = batch
            self.pipeline = pipeline
            self.noop = noop
            self.preVote = preVote
            self.checkQuorum = checkQuorum
            self.snapshotEvery = snapshotEvery
            self.unsafe = unsafe
        }
        /// Whether it changes nothing.
        public var isEmpty: Bool { self == Change() }
    }

    /// These settings with `change` applied.
    public func applying(_ change: Change) -> EngineConfig {
        var c = self
        if let v = change.heartbeat { c.heartbeat = v }
        if let v = change.election { c.election = v }
        if let v = change.batch { c.batch = v }
        if let v = change.pipeline { c.pipeline = v }
        if let v = change.noop { c.noop = v }
        if let v = change.preVote { c.preVote = v }
        if let v = change.checkQuorum { c.checkQuorum = v }
        if let v = change.snapshotEvery { c.snapshotEvery = v }
        if let v = change.unsafe { c.unsafe = v }
        return c
    }
}
