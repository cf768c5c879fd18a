import KafkaCore
import Picture

extension KafkaEngine {
    /// The panel rows that set what `change` asks for, in the panel's order (a lesson's hint
    /// for a `configure` in kafka mode); nil when some of it has no row or a value no row offers.
    public static func optionTargets(_ change: Reconfiguration<KafkaSettings.Change>) -> [OptionTarget]? {
        var wanted: [String: (Phrase, Bool)] = [:]
        if let k = change.engine {
            for case let (id, value?) in [("unclean_leader_election", k.uncleanLeaderElection), ("strict_min_isr", k.strictMinIsr)] {
                wanted[id] = (onOff(value), true)
            }
            if let v = k.minInsyncReplicas { wanted["min_insync_replicas"] = (Phrase("\(v)"), false) }
            let choices: [(String, Int?, [Int], (Int) -> Phrase)] = [
                ("replica_lag_time_max", k.replicaLagTimeMax, lags, ms), ("batch", k.batch, batches, { Phrase("\($0)") }),
                ("fetch_wait", k.fetchWait, fetchWaits, ms), ("fetch_timeout", k.fetchTimeout, fetchTimeouts, ms),
                ("session_timeout", k.sessionTimeout, sessionTimeouts, ms),
            ]
            for case let (id, value?, values, show) in choices {
                guard values.contains(value) else { return nil }
                wanted[id] = (show(value), false)
            }
        }
        if let v = change.latency {
            guard latencies.contains(v) else { return nil }
            wanted["latency"] = (ms(v), false)
        }
        return optionRows.enumerated().compactMap { row, option in
            wanted[option.id].map { OptionTarget(id: option.id, row: row, label: option.label, value: $0.0, isSwitch: $0.1) }
        }
    }
}
