import RaftCore
import RaftSim

/// Reads the arguments of the steps that take a map or a list (format, `steps` table).
extension Located {
    /// `write: VALUE` or `write: {value: V, to: NODE, acks: 0/1/all, count: N}`; no `count` is one write.
    func write(names: [String]) throws(ScenarioError) -> ClusterCommand {
        if case .scalar = node { return .write(value: try value(), to: nil, acks: nil, count: 1) }
        let map = try MapReader(self, allowed: ["value", "to", "acks", "count"],
                                expected: "a value, or a map like {value: x, to: Neptune, acks: all, count: 3}")
        let value = try map.required("value").value()
        let to = try map.optional("to")?.nodeID(in: names)
        let acks = try map.optional("acks")?.acks()
        let count = try map.optional("count")?.wholeNumber(in: ScenarioLimits.count) ?? 1
        return .write(value: value, to: to, acks: acks, count: count)
    }

    /// `partition: [[A, B], [C]]`: non-empty groups, no node in two groups.
    func groups(names: [String]) throws(ScenarioError) -> [[NodeID]] {
        let items = try list("a list of groups of node names, like [[Neptune, Saturn], [Jupiter]]")
        guard !items.isEmpty else { throw error("expected at least one group") }
        var groups: [[NodeID]] = []
        for item in items {
            guard case .sequence = item.node else {
                throw item.error("expected a group: a list of node names, like [Neptune, Saturn]")
            }
            var group: [NodeID] = []
            for member in try item.list("a list of node names") {
                let id = try member.nodeID(in: names)
                guard !(groups + [group]).joined().contains(id) else {
                    throw member.error("node `\(names[id])` is in two groups")
                }
                group.append(id)
            }
            guard !group.isEmpty else { throw item.error("a group needs at least one node") }
            groups.append(group)
        }
        return groups
    }

    /// `{from: A, to: B}` of `cut` and `drop`, two different nodes.
    func link(names: [String]) throws(ScenarioError) -> (from: NodeID, to: NodeID) {
        let map = try MapReader(self, allowed: ["from", "to"], expected: "a map like {from: Neptune, to: Saturn}")
        let from = try map.required("from").nodeID(in: names)
        let toAt = try map.required("to")
        let to = try toAt.nodeID(in: names)
        guard from != to else { throw toAt.error("`from` and `to` must be two different nodes") }
        return (from, to)
    }

    /// `slow: {node: N, latency: [min, max]}`.
    func slow(names: [String]) throws(ScenarioError) -> ClusterCommand {
        let map = try MapReader(self, allowed: ["node", "latency"],
                                expected: "a map like {node: Neptune, latency: [100, 200]}")
        let node = try map.required("node").nodeID(in: names)
        return .slow(node, latency: try map.required("latency").millisecondRange())
    }

    /// `read: {at: NODE, mode: MODE}`, both optional (raft-extensions.md, "Reads"): by default
    /// the node the client believes leads, and `read_index`.
    func read(names: [String]) throws(ScenarioError) -> ClusterCommand {
        if isNothing { return .read(at: nil, mode: .readIndex) }
        let map = try MapReader(self, allowed: ["at", "mode"], expected: "a map like {at: Neptune, mode: lease}")
        let at = try map.optional("at")?.nodeID(in: names)
        let mode = try map.optional("mode").map { m throws(ScenarioError) in
            ReadMode(rawValue: try m.name(ReadMode.allCases.map(\.rawValue), "read mode"))!
        } ?? .readIndex
        return .read(at: at, mode: mode)
    }

    /// `consume: {from: NODE}`.
    func consumeFrom(names: [String]) throws(ScenarioError) -> NodeID {
        let map = try MapReader(self, allowed: ["from"], expected: "a map like {from: Neptune}")
        return try map.required("from").nodeID(in: names)
    }

    /// `configure: {...}`: at least one setting; `timing` as in `cluster`. A change of no engine
    /// setting has no engine part, as a world command takes it. In kafka mode: `acks`,
    /// `timing: {latency}` and `kafka: {...}` (kafka-mode.md, "Settings").
    func configure(mode: ClusterMode, size: Int) throws(ScenarioError) -> Reconfiguration<ClusterChange> {
        let keys = ["batch", "pipeline", "noop", "acks", "prevote", "check_quorum", "snapshot_every", "unsafe", "timing", "kafka"]
        let map = try MapReader(self, allowed: keys, expected: "a map of settings, like {batch: 1, pipeline: false}")
        guard !map.entries.isEmpty else { throw error("expected at least one setting to change") }
        for entry in map.entries { try ModeKeys.check(entry.name, at: .configure, in: mode, entry.key) }
        var change = Reconfiguration<ClusterChange>()
        if let acks = map.optional("acks") { change.acks = try acks.acks() }
        let timing = try map.optional("timing")?.timing(mode: mode)
        change.latency = timing?.latency
        switch mode {
        case .raft:
            var engine = try raftChange(map)
            engine.heartbeat = timing?.engine?.heartbeat
            engine.election = timing?.engine?.election
            change.engine = engine.isEmpty ? nil : .raft(engine)
        case .kafka:
            // As in raft mode, a change of no engine setting (`kafka: {}`) has no engine part.
            let kafka = try map.optional("kafka")?.kafkaChange(size: size, atStart: false)
            change.engine = kafka.flatMap { $0.isEmpty ? nil : ClusterChange.kafka($0) }
        }
        return change
    }

    /// Raft's switches in `configure` or `configured` (`snapshot_every` only in `configure`).
    private func raftChange(_ map: MapReader) throws(ScenarioError) -> EngineConfig.Change {
        var engine = EngineConfig.Change()
        if let batch = map.optional("batch") { engine.batch = try batch.wholeNumber(in: ScenarioLimits.batch) }
        if let pipeline = map.optional("pipeline") { engine.pipeline = try pipeline.bool() }
        if let noop = map.optional("noop") { engine.noop = try noop.bool() }
        if let prevote = map.optional("prevote") { engine.preVote = try prevote.bool() }
        if let checkQuorum = map.optional("check_quorum") { engine.checkQuorum = try checkQuorum.bool() }
        if let every = map.optional("snapshot_every") { engine.snapshotEvery = try every.snapshotEvery() }
        if let unsafe = map.optional("unsafe") { engine.unsafe = try unsafe.unsafeRules() }
        return engine
    }

    /// `configured: {...}` in a condition (raftlab's extension, issue 11): the settings a learner
    /// can switch, at least one; in kafka mode `acks` and `kafka: {...}`.
    func configured(mode: ClusterMode, size: Int) throws(ScenarioError) -> Reconfiguration<ClusterChange> {
        let keys = ["batch", "pipeline", "noop", "acks", "prevote", "check_quorum", "kafka"]
        let map = try MapReader(self, allowed: keys, expected: "a map of settings, like {acks: all, prevote: true}")
        guard !map.entries.isEmpty else { throw error("expected at least one setting to check") }
        let change = try configure(mode: mode, size: size)
        // `configured: {kafka: {}}` checks nothing, and could not be written back.
        guard change.engine != nil || change.acks != nil else { throw error("expected at least one setting to check") }
        return change
    }

    /// `quiz: {ask, choices, answer, explain}`: two choices at least, `answer` 1-based among them.
    func quizSpec() throws(ScenarioError) -> QuizSpec {
        let map = try MapReader(self, allowed: ["ask", "choices", "answer", "explain"],
                                expected: "a map like {ask: ..., choices: [..., ...], answer: 1, explain: ...}")
        let ask = try map.required("ask").localizedText()
        let choicesAt = try map.required("choices")
        var choices: [LocalizedText] = []
        for item in try choicesAt.list("a list of choices") { choices.append(try item.localizedText()) }
        guard choices.count >= 2 else {
            throw choicesAt.error("a quiz needs at least 2 choices, found \(choices.count)")
        }
        let answerAt = try map.required("answer")
        let answer = try answerAt.wholeNumber()
        guard (1...choices.count).contains(answer) else {
            throw answerAt.error("answer \(answer) is not a choice: expected 1 to \(choices.count)")
        }
        let explain = try map.required("explain").localizedText()
        return QuizSpec(ask: ask, choices: choices, answer: answer, explain: explain)
    }
}
