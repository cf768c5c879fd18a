import KafkaCore
import RaftSim

/// The keys only a Kafka world answers (kafka-mode.md, "Conditions").
extension ConditionEvaluator {
    func kafkaMismatches(_ c: Condition, _ kafka: KafkaWorld, _ out: inout [String]) {
        let engine = kafka.engine
        // `match`: the leader's record of each follower's LEO; unknown matches nothing.
        perNode(c.match, "match", &out, describe: \.description) { id, match in
            guard let leo = Self.leaderRecord(of: id, engine) else { return "unknown" }
            return match.matches(leo) ? nil : "\(leo)"
        }
        if let wanted = c.isr, Set(wanted) != Set(engine.isr.members) {
            out.append("isr: expected \(names(wanted)), found \(names(engine.isr.members))")
        }
        numbers(c.hw, "hw", &out) { engine.nodes[$0].hw }
        numbers(c.leo, "leo", &out) { engine.nodes[$0].leo }
        count(c.epoch, "epoch", engine.epoch, &out)
        for wanted in c.errors ?? [] {
            count(wanted.count, "errors \(wanted.error.rawValue)", kafka.clients.errors[wanted.error] ?? 0, &out)
        }
        if let wanted = c.configured { kafkaSettings(wanted, kafka, &out) }
        notInMode(["term": c.term != nil, "voted_for": c.votedFor != nil, "commit": c.commit != nil,
                   "applied": c.applied != nil, "snapshot": c.snapshot != nil, "reads": c.reads != nil,
                   "voters": c.voters != nil, "members": c.members != nil], .kafka, &out)
    }

    /// The up leader's record of `id`'s LEO (its own LEO for itself); nil when unknown.
    static func leaderRecord(of id: NodeID, _ engine: KafkaEngine) -> Int? {
        guard let leader = engine.leader, engine.isUp(leader) else { return nil }
        return id == leader ? engine.nodes[leader].leo : engine.followerLEO(id)
    }

    /// `configured` in kafka mode: `acks` and the `kafka` settings named hold now.
    private func kafkaSettings(_ wanted: Reconfiguration<ClusterChange>, _ kafka: KafkaWorld, _ out: inout [String]) {
        let now = kafka.settings
        let k = wanted.engine?.kafka ?? KafkaSettings.Change()
        check("acks", wanted.acks, kafka.acks, \.rawValue, &out)
        check("kafka.min_insync_replicas", k.minInsyncReplicas, now.minInsyncReplicas, String.init, &out)
        check("kafka.replica_lag_time_max", k.replicaLagTimeMax, now.replicaLagTimeMax, String.init, &out)
        check("kafka.fetch_wait", k.fetchWait, now.fetchWait, String.init, &out)
        check("kafka.fetch_timeout", k.fetchTimeout, now.fetchTimeout, String.init, &out)
        check("kafka.session_timeout", k.sessionTimeout, now.sessionTimeout, String.init, &out)
        check("kafka.unclean_leader_election", k.uncleanLeaderElection, now.uncleanLeaderElection, String.init, &out)
        check("kafka.strict_min_isr", k.strictMinIsr, now.strictMinIsr, String.init, &out)
        check("kafka.batch", k.batch, now.batch, String.init, &out)
        if wanted.engine?.raft != nil { out.append("configured: Raft settings are not in kafka mode") }
    }

    /// `[Neptune, Saturn]`, in id order.
    private func names(_ ids: [NodeID]) -> String {
        "[" + ids.sorted().map { world.names[$0] }.joined(separator: ", ") + "]"
    }
}
