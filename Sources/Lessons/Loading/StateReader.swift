import Replication

/// Reads `cluster.state` and refuses states "that no Raft run could reach" (format, `state`).
extension Located {
    /// `state`: a map from node to `{term, voted_for, log, commit}`, by node id.
    func clusterState(names: [String]) throws(ScenarioError) -> [NodeID: InitialState] {
        var states: [NodeID: InitialState] = [:]
        for entry in try pairs("a map from node name to {term, voted_for, log, commit}") {
            // State for a node that is not in the cluster.
            let id = try entry.key.nodeID(in: names)
            states[id] = try entry.value.initialState(names: names)
        }
        return states
    }

    /// One node's state; every key optional (defaults 0, none, [], 0).
    private func initialState(names: [String]) throws(ScenarioError) -> InitialState {
        let map = try MapReader(self, allowed: ["term", "voted_for", "log", "commit"],
                                expected: "a map like {term: 2, voted_for: Saturn, log: [1, 2], commit: 1}")
        var state = InitialState()
        if let term = map.optional("term") { state.term = try term.wholeNumber(in: ScenarioLimits.term) }
        if let vote = map.optional("voted_for") { state.votedFor = try vote.vote(names: names) }
        if let log = map.optional("log") { state.log = try log.initialLog(term: state.term) }
        if let commit = map.optional("commit") {
            state.commit = try commit.wholeNumber(in: 0...Int.max)
            guard state.commit <= state.log.count else {
                throw commit.error("commit \(state.commit) is beyond the log (\(state.log.count) entries)")
            }
        }
        return state
    }

    /// `voted_for`: a node of the cluster, or `none` for no vote.
    func vote(names: [String]) throws(ScenarioError) -> NodeID? {
        if try text("a node name or none") == "none" { return nil }
        return try nodeID(in: names)
    }
    /// A log: terms at least 1, never decreasing, none above the node's `term`.
    private func initialLog(term: Int) throws(ScenarioError) -> [LogItem] {
        var log: [LogItem] = []
        for item in try list("a list of log entries, like [1, 1, {term: 2, value: \"x=1\"}]") {
            let (entry, termAt) = try item.logItem()
            if entry.term > term {
                throw termAt.error("log term \(entry.term) is above the node's term \(term)")
            }
            if let previous = log.last, entry.term < previous.term {
                throw termAt.error(
                    "log term \(entry.term) after term \(previous.term): terms never decrease along a log")
            }
            log.append(entry)
        }
        return log
    }

    /// A log item, `T` or `{term: T, value: V}`, with the node holding its term (for errors).
    private func logItem() throws(ScenarioError) -> (LogItem, Located) {
        if case .scalar = node {
            return (LogItem(term: try entryTerm()), self)
        }
        let map = try MapReader(self, allowed: ["term", "value"],
                                expected: "a term, or a map like {term: 2, value: \"x=1\"}")
        let termAt = try map.required("term")
        return (LogItem(term: try termAt.entryTerm(), value: try map.optional("value")?.value()), termAt)
    }

    /// The term of a log entry: at least 1, since no leader has term 0 (and "Limits").
    func entryTerm() throws(ScenarioError) -> Int {
        try wholeNumber(in: ScenarioLimits.entryTerm, "a term (whole number)")
    }
}
