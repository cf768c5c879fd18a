import KafkaCore
import RaftSim

/// The flow form of kafka mode's values (kafka-mode.md): a kafka-mode cluster, a `configure`
/// of Kafka's settings, and the `kafka` map of either, each with only the keys that differ.
enum KafkaFlow {
    /// The keys of a kafka-mode cluster that differ from the defaults (`mode`, `nodes`, `seed` always).
    static func cluster(_ spec: KafkaWorldSpec) -> [(String, Flow)] {
        let base = KafkaWorldSpec(names: spec.names)
        var pairs: [(String, Flow)] = [("mode", .plain("kafka")), ("nodes", .names(spec.names)),
                                       ("seed", .plain(String(spec.seed)))]
        if spec.latency != base.latency { pairs.append(("timing", .map([("latency", .range(spec.latency))]))) }
        if spec.acks != .all { pairs.append(("acks", ModelFlow.acks(spec.acks))) }
        let kafka = settings(spec.settings, base.settings, names: spec.names)
        if !kafka.isEmpty { pairs.append(("kafka", .map(kafka))) }
        let state = spec.state.keys.sorted().map { (spec.names[$0], Self.state(spec.state[$0]!)) }
        if !state.isEmpty { pairs.append(("state", .map(state))) }
        if let leader = spec.leader { pairs.append(("leader", .quoted(spec.names[leader]))) }
        return pairs
    }

    /// The `kafka` keys of `settings` that differ from `base`, in the page's order.
    static func settings(_ settings: KafkaSettings, _ base: KafkaSettings, names: [String]) -> [(String, Flow)] {
        var pairs = change(changed(settings, from: base))
        if settings.leaderEpochs != base.leaderEpochs { pairs.append(("leader_epochs", ModelFlow.bool(settings.leaderEpochs))) }
        if settings.initialISR != base.initialISR { pairs.append(("isr", .names(settings.initialISR.members.map { names[$0] }))) }
        return pairs
    }

    /// The change that turns `base` into `settings` (the keys `configure` takes).
    static func changed(_ s: KafkaSettings, from base: KafkaSettings) -> KafkaSettings.Change {
        func diff<V: Equatable>(_ a: V, _ b: V) -> V? { a == b ? nil : a }
        return KafkaSettings.Change(
            minInsyncReplicas: diff(s.minInsyncReplicas, base.minInsyncReplicas),
            replicaLagTimeMax: diff(s.replicaLagTimeMax, base.replicaLagTimeMax), fetchWait: diff(s.fetchWait, base.fetchWait),
            fetchTimeout: diff(s.fetchTimeout, base.fetchTimeout), sessionTimeout: diff(s.sessionTimeout, base.sessionTimeout),
            uncleanLeaderElection: diff(s.uncleanLeaderElection, base.uncleanLeaderElection),
            strictMinIsr: diff(s.strictMinIsr, base.strictMinIsr), batch: diff(s.batch, base.batch))
    }

    /// `{min_insync_replicas: 2, ...}`: the keys a change sets.
    static func change(_ c: KafkaSettings.Change) -> [(String, Flow)] {
        var pairs: [(String, Flow)] = []
        if let v = c.minInsyncReplicas { pairs.append(("min_insync_replicas", .number(v))) }
        if let v = c.replicaLagTimeMax { pairs.append(("replica_lag_time_max", .number(v))) }
        if let v = c.fetchWait { pairs.append(("fetch_wait", .number(v))) }
        if let v = c.fetchTimeout { pairs.append(("fetch_timeout", .number(v))) }
        if let v = c.sessionTimeout { pairs.append(("session_timeout", .number(v))) }
        if let v = c.uncleanLeaderElection { pairs.append(("unclean_leader_election", ModelFlow.bool(v))) }
        if let v = c.strictMinIsr { pairs.append(("strict_min_isr", ModelFlow.bool(v))) }
        if let v = c.batch { pairs.append(("batch", .number(v))) }
        return pairs
    }

    /// `{log: [1, {epoch: 2, value: "x"}], hw: 1}` without default keys.
    static func state(_ state: KafkaInitialState) -> Flow {
        var pairs: [(String, Flow)] = []
        if !state.log.isEmpty { pairs.append(("log", .list(state.log.map(record)))) }
        if state.hw != 0 { pairs.append(("hw", .number(state.hw))) }
        return .map(pairs)
    }

    /// `E`, or `{epoch: E, value: "x"}` for a record carrying a value.
    static func record(_ item: LogItem) -> Flow {
        guard let value = item.value else { return .number(item.term) }
        return .map([("epoch", .number(item.term)), ("value", .quoted(value))])
    }
}
