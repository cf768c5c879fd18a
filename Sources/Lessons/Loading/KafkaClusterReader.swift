import KafkaCore
import RaftCore
import RaftSim

/// Reads a kafka-mode `cluster` (kafka-mode.md, "Settings" and "Start").
extension Located {
    /// The keys of `cluster.kafka`, in the page's order.
    static let kafkaKeys = ["min_insync_replicas", "replica_lag_time_max", "fetch_wait", "fetch_timeout",
                            "session_timeout", "unclean_leader_election", "leader_epochs", "strict_min_isr",
                            "batch", "isr"]
    /// The `kafka` keys fixed at start: `configure` cannot change them.
    static let kafkaStartOnly = ["leader_epochs", "isr"]

    /// A kafka-mode cluster: `nodes` first, as `state`, `leader` and `kafka.isr` name nodes.
    func kafkaCluster(_ map: MapReader) throws(ScenarioError) -> KafkaWorldSpec {
        for entry in map.entries { try ModeKeys.check(entry.name, at: .cluster, in: .kafka, entry.key) }
        var spec = KafkaWorldSpec(names: try map.optional("nodes")?.clusterNodes() ?? WorldSpec.defaultCluster.names)
        if let seed = map.optional("seed") { spec.seed = try seed.seed() }
        if let timing = map.optional("timing") { spec.latency = try timing.timing(mode: .kafka).latency ?? spec.latency }
        if let acks = map.optional("acks") { spec.acks = try acks.acks() }
        if let kafka = map.optional("kafka") {
            spec.settings = spec.settings.applying(try kafka.kafkaChange(size: spec.names.count, atStart: true))
            if let isr = try kafka.kafkaISR(names: spec.names) { spec.settings.initialISR = isr }
            if let epochs = try kafka.kafkaLeaderEpochs() { spec.settings.leaderEpochs = epochs }
        }
        if let state = map.optional("state") { spec.state = try state.kafkaState(names: spec.names) }
        if let leader = map.optional("leader") { spec.leader = try leader.nodeID(in: spec.names) }
        try checkLeaderInISR(spec, map)
        return spec
    }

    /// `kafka.isr` "holds `leader`": the leader elected at time 0 is in the ISR.
    private func checkLeaderInISR(_ spec: KafkaWorldSpec, _ map: MapReader) throws(ScenarioError) {
        let leader = spec.leader ?? 0
        guard !spec.settings.initialISR.contains(leader) else { return }
        // At `leader` when written, else at `kafka.isr`, the key that left the first node out.
        let isr = map.optional("kafka").flatMap { try? MapReader($0, allowed: Self.kafkaKeys, expected: "").optional("isr") }
        let at = map.optional("leader") ?? isr ?? self
        throw at.error("the ISR must hold the leader at time 0, `\(spec.names[leader])`: add it to `kafka.isr`")
    }

    /// The `kafka` map of `cluster` (`atStart`) or `configure`: every key checked against its range.
    func kafkaChange(size: Int, atStart: Bool) throws(ScenarioError) -> KafkaSettings.Change {
        let map = try MapReader(self, allowed: Self.kafkaKeys,
                                expected: "a map of Kafka settings, like {min_insync_replicas: 2, unclean_leader_election: false}")
        var change = KafkaSettings.Change()
        for entry in map.entries {
            let v = entry.value
            switch entry.name {
            case "min_insync_replicas": change.minInsyncReplicas = try v.wholeNumber(in: 1...size)  // [min.isr]: 1 to node count
            case "replica_lag_time_max": change.replicaLagTimeMax = try v.milliseconds(in: ScenarioLimits.timer)
            // At least 1 ms: with a 0 ms latency, a 0 ms hold would answer and re-fetch forever at one instant.
            case "fetch_wait": change.fetchWait = try v.milliseconds(in: ScenarioLimits.timer)
            case "fetch_timeout": change.fetchTimeout = try v.milliseconds(in: ScenarioLimits.timer)
            case "session_timeout": change.sessionTimeout = try v.milliseconds()
            case "unclean_leader_election": change.uncleanLeaderElection = try v.bool()
            case "strict_min_isr": change.strictMinIsr = try v.bool()
            case "batch": change.batch = try v.wholeNumber(in: ScenarioLimits.batch)
            default:
                guard atStart else {
                    throw entry.key.error("`kafka.\(entry.name)` is chosen at start: only `cluster` (or a `scene`) sets it")
                }
                if entry.name == "leader_epochs" { _ = try v.bool() }  // read with the ISR below
            }
        }
        return change
    }

    /// `kafka.isr` and `kafka.leader_epochs`, read where the spec is built (they are not a `Change`).
    func kafkaISR(names: [String]) throws(ScenarioError) -> NodeSet? {
        let map = try MapReader(self, allowed: Self.kafkaKeys, expected: "a map of Kafka settings")
        guard let isr = map.optional("isr") else { return nil }
        let ids = try isr.nodeIDs(in: names)
        guard !ids.isEmpty else { throw isr.error("the ISR is never empty: name at least the leader") }
        return NodeSet(ids)
    }

    /// `kafka.leader_epochs`, if written.
    func kafkaLeaderEpochs() throws(ScenarioError) -> Bool? {
        let map = try MapReader(self, allowed: Self.kafkaKeys, expected: "a map of Kafka settings")
        return try map.optional("leader_epochs")?.bool()
    }
}
