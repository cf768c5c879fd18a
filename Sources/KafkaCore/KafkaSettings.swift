/// The rules and timings of one Kafka partition (kafka-mode.md, "Settings": the `kafka`
/// keys of `cluster`). `mode`, `timing.latency` and `acks` belong to the world, as in Raft.
public struct KafkaSettings: Sendable, Equatable, Hashable {
    /// Nodes that exist, `0..<size`: every one a replica of the partition.
    public var size: Int
    /// `kafka.min_insync_replicas` (1): the fewest ISR members acks all writes accept
    /// [min.isr]; 1 to the node count.
    public var minInsyncReplicas = 1
    /// `kafka.replica_lag_time_max` (400 ms; Kafka: 30000): a follower not caught up for
    /// longer leaves the ISR [lag]; the leader checks every half of it.
    public var replicaLagTimeMax = 400
    /// `kafka.fetch_wait` (100 ms): how long a leader holds a Fetch it has nothing for
    /// (`replica.fetch.wait.max.ms`: 500).
    public var fetchWait = 100
    /// `kafka.fetch_timeout` (500 ms): a follower re-sends a request unanswered this long.
    public var fetchTimeout = 500
    /// `kafka.session_timeout` (300 ms): the controller notices a crash this long after it
    /// (`broker.session.timeout.ms`: 9000).
    public var sessionTimeout = 300
    /// `kafka.unclean_leader_election` (false since 0.11.0.0): with no ISR member up, the
    /// first up node leads [unclean].
    public var uncleanLeaderElection = false
    /// `kafka.leader_epochs` (true): a new follower truncates by leader epoch (KIP-101);
    /// false: to its own HW, as before 0.11. Fixed at load (not for `configure`).
    public var leaderEpochs = true
    /// `kafka.strict_min_isr` (false): the HW stays while the ISR is below
    /// `min_insync_replicas` (KIP-966, Kafka 4.x).
    public var strictMinIsr = false
    /// `kafka.batch` (64): most records in one Fetch answer.
    public var batch = 64
    /// `kafka.isr` (all nodes): the ISR at time 0, which holds the leader; afterwards the
    /// ISR is the controller's. Fixed at load (not for `configure`).
    public var initialISR: NodeSet

    public init(size: Int) {
        self.size = size
        initialISR = NodeSet(first: size)
    }

    /// The leader's ISR check period: `replica_lag_time_max / 2`, rounded down (at least 1 ms)
    /// [ReplicaManager "isr-expiration"].
    public var isrCheckPeriod: Int { max(1, replicaLagTimeMax / 2) }

    /// What a `configure` step changes (kafka-mode.md, "Settings": any `kafka` key except
    /// `leader_epochs` and `isr`; `acks` and `timing.latency` are the world's). Nil keeps.
    public struct Change: Sendable, Equatable, Hashable {
        public var minInsyncReplicas: Int?
        public var replicaLagTimeMax: Int?
        public var fetchWait: Int?
        public var fetchTimeout: Int?
        public var sessionTimeout: Int?
        public var uncleanLeaderElection: Bool?
        public var strictMinIsr: Bool?
        public var batch: Int?
        public init(minInsyncReplicas: Int? = nil, replicaLagTimeMax: Int? = nil, fetchWait: Int? = nil,
                    fetchTimeout: Int? = nil, sessionTimeout: Int? = nil, uncleanLeaderElection: Bool? = nil,
                    strictMinIsr: Bool? = nil, batch: Int? = nil) {
            self.minInsyncReplicas = minInsyncReplicas
            self.replicaLagTimeMax = replicaLagTimeMax
            self.fetchWait = fetchWait
            self.fetchTimeout = fetchTimeout
            self.sessionTimeout = sessionTimeout
            self.uncleanLeaderElection = uncleanLeaderElection
            self.strictMinIsr = strictMinIsr
            self.batch = batch
        }
        /// Whether it changes nothing.
        public var isEmpty: Bool { self == Change() }
    }

    /// These settings with `change` applied.
    public func applying(_ change: Change) -> KafkaSettings {
        var s = self
        if let v = change.minInsyncReplicas { s.minInsyncReplicas = v }
        if let v = change.replicaLagTimeMax { s.replicaLagTimeMax = v }
        if let v = change.fetchWait { s.fetchWait = v }
        if let v = change.fetchTimeout { s.fetchTimeout = v }
        if let v = change.sessionTimeout { s.sessionTimeout = v }
        if let v = change.uncleanLeaderElection { s.uncleanLeaderElection = v }
        if let v = change.strictMinIsr { s.strictMinIsr = v }
        if let v = change.batch { s.batch = v }
        return s
    }
}
