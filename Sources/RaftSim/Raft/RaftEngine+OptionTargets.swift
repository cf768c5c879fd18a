import Picture
import RaftCore

/// A setting as the options panel (`o`) reaches it: the row (0 is where the panel opens), the
/// row's label, the value to step it to as the row shows it, and whether the row is a switch.
public struct OptionTarget: Sendable, Equatable {
    public let id: String
    public let row: Int
    public let label: Phrase
    public let value: Phrase
    public let isSwitch: Bool
}

extension RaftEngine {
    /// The panel rows that set what `change` asks for, in the panel's order; nil when some of it
    /// has no row or a value no row offers (the unsafe rules are a set, each a row of its own).
    public static func optionTargets(_ change: Reconfiguration<EngineConfig.Change>) -> [OptionTarget]? {
        var wanted: [String: (Phrase, Bool)] = [:]
        if let e = change.engine {
            guard e.unsafe == nil else { return nil }
            let switches: [(String, Bool?)] = [("prevote", e.preVote), ("check_quorum", e.checkQuorum),
                                                 ("noop", e.noop), ("pipeline", e.pipeline)]
            for case let (id, value?) in switches { wanted[id] = (onOff(value), true) }
            if let v = e.batch {
                guard batches.contains(v) else { return nil }
                wanted["batch"] = (Phrase("\(v)"), false)
            }
            if let v = e.heartbeat {
                guard heartbeats.contains(v) else { return nil }
                wanted["heartbeat"] = (Phrase("\(v) ms"), false)
            }
            if let v = e.election {
                guard elections.contains(v) else { return nil }
                wanted["election"] = (ms(v), false)
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
