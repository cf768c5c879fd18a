import RaftCore
import RaftSim

/// Reads a kafka-mode `cluster.state` (kafka-mode.md, "Start"): `{log: [...], hw: H}` per node.
extension Located {
    /// Raft's state keys, refused with a pointer to Kafka's.
    private static let raftStateKeys = ["term": "a record's epoch is in its log item", "voted_for": "nobody votes",
                                        "commit": "use `hw`"]

    /// `state`: a map from node to `{log, hw}`, by node id.
    func kafkaState(names: [String]) throws(ScenarioError) -> [NodeID: KafkaInitialState] {
        var states: [NodeID: KafkaInitialState] = [:]
        for entry in try pairs("a map from node name to {log, hw}") {
            states[try entry.key.nodeID(in: names)] = try entry.value.kafkaInitialState()
        }
        return states
    }

    /// One node's log and HW checkpoint; both optional (defaults [], 0).
    private func kafkaInitialState() throws(ScenarioError) -> KafkaInitialState {
        for entry in try pairs("a map like {log: [1, 1, 2], hw: 2}") {
            if let why = Self.raftStateKeys[entry.name] {
                throw entry.key.error("`\(entry.name)` is Raft's state; in kafka mode a node has `log` and `hw` (\(why))")
            }
        }
        let map = try MapReader(self, allowed: ["log", "hw"], expected: "a map like {log: [1, 1, 2], hw: 2}")
        var state = KafkaInitialState()
        if let log = map.optional("log") { state.log = try log.kafkaLog() }
        if let hw = map.optional("hw") {
            state.hw = try hw.wholeNumber(in: 0...Int.max)
            guard state.hw <= state.log.count else {
                throw hw.error("hw \(state.hw) is above the log's length (\(state.log.count) records)")
            }
        }
        return state
    }

    /// A log: epochs at least 1, never decreasing along it (each epoch has one leader, KIP-101).
    private func kafkaLog() throws(ScenarioError) -> [LogItem] {
        var log: [LogItem] = []
        for item in try list("a list of records, like [1, 1, {epoch: 2, value: \"x=1\"}]") {
            let (record, epochAt) = try item.kafkaRecord()
            if let previous = log.last, record.term < previous.term {
                throw epochAt.error("epoch \(record.term) after epoch \(previous.term): epochs never decrease along a log")
            }
            log.append(record)
        }
        return log
    }

    /// A record, `E` or `{epoch: E, value: V}`, with the node holding its epoch (for errors).
    private func kafkaRecord() throws(ScenarioError) -> (LogItem, Located) {
        if case .scalar = node { return (LogItem(term: try epoch()), self) }
        let map = try MapReader(self, allowed: ["epoch", "value"], expected: "an epoch, or a map like {epoch: 2, value: \"x=1\"}")
        let epochAt = try map.required("epoch")
        return (LogItem(term: try epochAt.epoch(), value: try map.optional("value")?.value()), epochAt)
    }
}

extension Located {
    /// A record's leader epoch: at least 1, as no leader has epoch 0 (and "Limits").
    func epoch() throws(ScenarioError) -> Int {
        try wholeNumber(in: ScenarioLimits.entryTerm, "an epoch (whole number)")
    }
}
