import RaftCore
import RaftSim

/// Reads `cluster` and `scene`: "every key has a default".
extension Located {
    /// The keys of `cluster` (format, `cluster` table).
    static let clusterKeys = ["mode", "nodes", "voters", "seed", "timing", "engine", "acks", "unsafe", "state", "leader", "kafka"]

    /// A cluster map of either mode; nothing written means every default (kafka-mode.md, `mode`).
    func clusterSpec() throws(ScenarioError) -> ClusterSpec {
        if isNothing { return .raft(.defaultCluster) }
        let map = try MapReader(self, allowed: Self.clusterKeys, expected: "a map of cluster settings")
        switch try map.optional("mode")?.clusterMode() ?? .raft {
        case .raft: return .raft(try raftCluster(map))
        case .kafka: return .kafka(try kafkaCluster(map))
        }
    }

    /// `mode: raft` or `mode: kafka`.
    func clusterMode() throws(ScenarioError) -> ClusterMode {
        ClusterMode(rawValue: try name(ClusterMode.allCases.map(\.rawValue), "mode"))!
    }

    /// A raft-mode cluster.
    private func raftCluster(_ map: MapReader) throws(ScenarioError) -> WorldSpec {
        for entry in map.entries { try ModeKeys.check(entry.name, at: .cluster, in: .raft, entry.key) }
        // `nodes` first: `state` and `leader` name nodes, whatever order the keys are written in.
        var spec = WorldSpec(names: try map.optional("nodes")?.clusterNodes() ?? WorldSpec.defaultCluster.names)
        if let voters = map.optional("voters") { spec.voters = try voters.initialVoters(names: spec.names) }
        if let seed = map.optional("seed") { spec.seed = try seed.seed() }
        if let timing = map.optional("timing") {
            let change = try timing.timing(mode: .raft)
            spec.engine = spec.engine.applying(change.engine ?? EngineConfig.Change())
            spec.latency = change.latency ?? spec.latency
        }
        if let engine = map.optional("engine") { spec.engine = spec.engine.applying(try engine.engineSwitches()) }
        if let acks = map.optional("acks") { spec.acks = try acks.acks() }
        if let unsafe = map.optional("unsafe") { spec.engine.unsafe = try unsafe.unsafeRules() }
        if let state = map.optional("state") { spec.state = try state.clusterState(names: spec.names) }
        if let leader = map.optional("leader") {
            spec.leader = try leader.startingLeader(names: spec.names, state: spec.state, voters: spec.voters)
        }
        return spec
    }

    /// `timing` as written, in `cluster` or `configure`: heartbeat and election at least 1 ms;
    /// `engine` holds the keys written of heartbeat and election, `latency` the latency.
    func timing(mode: ClusterMode) throws(ScenarioError) -> Reconfiguration<EngineConfig.Change> {
        let map = try MapReader(self, allowed: ["heartbeat", "election", "latency"],
                                expected: "a map like {heartbeat: 50, election: [150, 300], latency: [10, 20]}")
        for entry in map.entries { try ModeKeys.check(entry.name, at: .timing, in: mode, entry.key) }
        var engine = EngineConfig.Change()
        var change = Reconfiguration<EngineConfig.Change>()
        // A 0 ms heartbeat or election timeout would fire forever at one instant.
        if let heartbeat = map.optional("heartbeat") { engine.heartbeat = try heartbeat.milliseconds(in: ScenarioLimits.timer) }
        if let election = map.optional("election") { engine.election = try election.millisecondRange(in: ScenarioLimits.timer) }
        if let latency = map.optional("latency") { change.latency = try latency.millisecondRange() }
        change.engine = engine
        return change
    }

    /// `cluster.engine`: the switches written.
    func engineSwitches() throws(ScenarioError) -> EngineConfig.Change {
        let map = try MapReader(self, allowed: ["prevote", "check_quorum", "batch", "pipeline", "noop", "snapshot_every"],
                                expected: "a map of engine switches")
        var engine = EngineConfig.Change()
        if let prevote = map.optional("prevote") { engine.preVote = try prevote.bool() }
        if let checkQuorum = map.optional("check_quorum") { engine.checkQuorum = try checkQuorum.bool() }
        if let batch = map.optional("batch") { engine.batch = try batch.wholeNumber(in: ScenarioLimits.batch) }
        if let pipeline = map.optional("pipeline") { engine.pipeline = try pipeline.bool() }
        if let noop = map.optional("noop") { engine.noop = try noop.bool() }
        if let every = map.optional("snapshot_every") { engine.snapshotEvery = try every.snapshotEvery() }
        return engine
    }

    /// `snapshot_every: N` in `cluster.engine` or `configure`: entries past the snapshot, 0 never
    /// (raft-extensions.md, "Log compaction").
    func snapshotEvery() throws(ScenarioError) -> Int {
        try wholeNumber(in: ScenarioLimits.snapshotEvery, "a whole number of entries (0: never)")
    }

    /// `cluster.voters`: the initial configuration, at least one node of the cluster, each once
    /// (raft-extensions.md, "Membership change").
    private func initialVoters(names: [String]) throws(ScenarioError) -> NodeSet {
        let ids = try nodeIDs(in: names, "a list of node names, like [Neptune, Saturn]")
        guard !ids.isEmpty else { throw error("the configuration needs at least one voter") }
        return NodeSet(ids)
    }

    /// `cluster.leader`: a node of the cluster whose `state` term is at least 1, and a voter
    /// (a node outside the configuration never starts an election, thesis 4.1).
    private func startingLeader(names: [String], state: [NodeID: InitialState],
                                voters: NodeSet?) throws(ScenarioError) -> NodeID {
        let id = try nodeID(in: names)
        if let voters, !voters.contains(id) {
            throw error("`\(names[id])` is not in `voters`: a leader at time 0 is one of the voters")
        }
        // Format: "a `leader` whose term is 0" is refused; NAME leads "its own state term (at least 1)".
        guard let term = state[id]?.term, term >= 1 else {
            throw error("`\(names[id])` has term 0; a leader needs a `state` term of at least 1")
        }
        return id
    }
}
