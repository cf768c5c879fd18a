/// Reads `cluster` and `scene`: "every key has a default".
extension Located {
    /// The keys of `cluster` (format, `cluster` table).
    static let clusterKeys = ["nodes", "seed", "timing", "engine", "acks", "unsafe", "state", "leader"]

    /// A cluster map; nothing written means every default.
    func clusterSpec() throws(ScenarioError) -> ClusterSpec {
        var spec = ClusterSpec()
        if isNothing { return spec }
        let map = try MapReader(self, allowed: Self.clusterKeys, expected: "a map of cluster settings")
        // `nodes` first: `state` and `leader` name nodes, whatever order the keys are written in.
        if let nodes = map.optional("nodes") { spec.nodes = try nodes.clusterNodes() }
        if let seed = map.optional("seed") { spec.seed = try seed.seed() }
        if let timing = map.optional("timing") { spec.timing = try timing.timingPatch().applied(to: spec.timing) }
        if let engine = map.optional("engine") { spec.engine = try engine.engineSpec() }
        if let acks = map.optional("acks") { spec.acks = try acks.acks() }
        if let unsafe = map.optional("unsafe") { spec.unsafe = try unsafe.unsafeRules() }
        if let state = map.optional("state") { spec.state = try state.clusterState(nodes: spec.nodes) }
        if let leader = map.optional("leader") {
            spec.leader = try leader.startingLeader(nodes: spec.nodes, state: spec.state)
        }
        return spec
    }

    /// `timing` as written, in `cluster` or `configure`: heartbeat and election at least 1 ms.
    func timingPatch() throws(ScenarioError) -> TimingPatch {
        let map = try MapReader(self, allowed: ["heartbeat", "election", "latency"],
                                expected: "a map like {heartbeat: 50, election: [150, 300], latency: [10, 20]}")
        var patch = TimingPatch()
        // A 0 ms heartbeat or election timeout would fire forever at one instant.
        if let heartbeat = map.optional("heartbeat") { patch.heartbeat = try heartbeat.milliseconds(atLeast: 1) }
        if let election = map.optional("election") { patch.election = try election.millisecondRange(atLeast: 1) }
        if let latency = map.optional("latency") { patch.latency = try latency.millisecondRange() }
        return patch
    }

    /// `cluster.engine`.
    func engineSpec() throws(ScenarioError) -> EngineSpec {
        let map = try MapReader(self, allowed: ["prevote", "check_quorum", "batch", "pipeline", "noop"],
                                expected: "a map of engine switches")
        var engine = EngineSpec()
        if let prevote = map.optional("prevote") { engine.prevote = try prevote.bool() }
        if let checkQuorum = map.optional("check_quorum") { engine.checkQuorum = try checkQuorum.bool() }
        if let batch = map.optional("batch") { engine.batch = try batch.wholeNumber(atLeast: 1) }
        if let pipeline = map.optional("pipeline") { engine.pipeline = try pipeline.bool() }
        if let noop = map.optional("noop") { engine.noop = try noop.bool() }
        return engine
    }

    /// `cluster.leader`: a node of the cluster whose `state` term is at least 1.
    private func startingLeader(nodes: [String], state: [String: NodeState]) throws(ScenarioError) -> String {
        let name = try nodeName(in: nodes)
        // Format: "a `leader` whose term is 0" is refused; NAME leads "its own state term (at least 1)".
        guard let term = state[name]?.term, term >= 1 else {
            throw error("`\(name)` has term 0; a leader needs a `state` term of at least 1")
        }
        return name
    }
}
