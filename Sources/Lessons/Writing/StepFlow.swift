import RaftCore
import RaftSim

/// The flow form of the steps whose argument fits on one line (all but `task` and `scene`),
/// their nodes named by the current scene's `names`.
enum StepFlow {
    /// The value after `- name:`; nil for `heal`, which is a bare word.
    static func argument(_ step: Step, names: [String]) -> Flow? {
        switch step {
        case .say(let text): ModelFlow.text(text)
        case .command(let command): self.command(command, names: names)
        case .run(let ms): .number(ms)
        case .wait(let condition), .expect(let condition): ConditionFlow.condition(condition, names: names)
        case .quiz(let quiz): self.quiz(quiz)
        // Written as blocks by ScenarioWriter; the flow forms keep this function total.
        case .scene(let spec): .map(ClusterFlow.pairs(spec))
        case .task(let task):
            .map([("say", ModelFlow.text(task.say)), ("until", ConditionFlow.condition(task.until, names: names))])
        }
    }

    /// A world command as its step's value: `"Jupiter"`, `{from: "A", to: "B"}`, ...; a partition
    /// of one group of one node is written as `isolate` (`WorldCommand.stepName`).
    static func command(_ command: ClusterCommand, names: [String]) -> Flow? {
        let node = { (id: NodeID) in Flow.quoted(names[id]) }
        switch command {
        case .crash(let n), .restart(let n), .timeout(let n), .snapshot(let n), .transfer(let n), .add(let n),
             .remove(let n): return node(n)
        case let .read(at, mode):
            var pairs: [(String, Flow)] = []
            if let at { pairs.append(("at", node(at))) }
            if mode != .readIndex { pairs.append(("mode", .plain(mode.rawValue))) }
            return .map(pairs)
        case .partition(let groups): return command.isolated.map(node) ?? .list(groups.map { .names($0.map { names[$0] }) })
        case .cut(let from, let to), .drop(let from, let to): return .map([("from", node(from)), ("to", node(to))])
        case .slow(let n, let latency): return .map([("node", node(n)), ("latency", .range(latency))])
        case .heal: return nil
        case let .write(value, to, acks, count): return write(value, to: to.map { names[$0] }, acks: acks, count: count)
        case .consume(let from): return .map([("from", node(from))])
        case .configure(let change): return configure(change)
        }
    }

    /// `"v"`, or `{value: "v", to: "N", acks: all, count: 3}` when an option is set (a count of 1 is no count).
    static func write(_ value: String, to: String?, acks: Acks?, count: Int) -> Flow {
        var pairs: [(String, Flow)] = [("value", .quoted(value))]
        if let to { pairs.append(("to", .quoted(to))) }
        if let acks { pairs.append(("acks", ModelFlow.acks(acks))) }
        if count != 1 { pairs.append(("count", .number(count))) }
        return pairs.count == 1 ? .quoted(value) : .map(pairs)
    }

    /// `{batch: 1, pipeline: false, ...}` with the keys that are set; a change of nothing is
    /// `{timing: {}}`, the one way the format writes it (`configure: {}` is refused).
    static func configure(_ change: Reconfiguration<ClusterChange>) -> Flow {
        let e = change.engine?.raft ?? EngineConfig.Change()
        var pairs: [(String, Flow)] = []
        if let batch = e.batch { pairs.append(("batch", .number(batch))) }
        if let pipeline = e.pipeline { pairs.append(("pipeline", ModelFlow.bool(pipeline))) }
        if let noop = e.noop { pairs.append(("noop", ModelFlow.bool(noop))) }
        if let acks = change.acks { pairs.append(("acks", ModelFlow.acks(acks))) }
        if let prevote = e.preVote { pairs.append(("prevote", ModelFlow.bool(prevote))) }
        if let checkQuorum = e.checkQuorum { pairs.append(("check_quorum", ModelFlow.bool(checkQuorum))) }
        if let every = e.snapshotEvery { pairs.append(("snapshot_every", .number(every))) }
        if let unsafe = e.unsafe { pairs.append(("unsafe", ModelFlow.unsafe(unsafe))) }
        let timing = ModelFlow.timing(change.engine?.raft, latency: change.latency)
        let kafka = change.engine?.kafka.map(KafkaFlow.change) ?? []
        if !timing.isEmpty || (pairs.isEmpty && kafka.isEmpty) { pairs.append(("timing", .map(timing))) }
        if !kafka.isEmpty { pairs.append(("kafka", .map(kafka))) }
        return .map(pairs)
    }

    /// `{ask: ..., choices: [...], answer: N, explain: ...}`.
    static func quiz(_ quiz: QuizSpec) -> Flow {
        .map([("ask", ModelFlow.text(quiz.ask)), ("choices", .list(quiz.choices.map(ModelFlow.text))),
              ("answer", .number(quiz.answer)), ("explain", ModelFlow.text(quiz.explain))])
    }
}

/// The keys of a cluster that differ from the defaults (`nodes` and `seed` always).
enum ClusterFlow {
    /// Key and flow value of each key to write, in the format's order.
    static func pairs(_ spec: ClusterSpec) -> [(String, Flow)] {
        switch spec {
        case .raft(let raft): pairs(raft)
        case .kafka(let kafka): KafkaFlow.cluster(kafka)
        }
    }

    /// A raft-mode cluster's keys (`mode` is the default, never written).
    static func pairs(_ spec: WorldSpec) -> [(String, Flow)] {
        var pairs: [(String, Flow)] = [("nodes", .names(spec.names))]
        if let voters = spec.voters { pairs.append(("voters", .names(voters.members.map { spec.names[$0] }))) }
        pairs.append(("seed", .plain(String(spec.seed))))
        let timing = ModelFlow.timing(spec)
        if !timing.isEmpty { pairs.append(("timing", .map(timing))) }
        let engine = ModelFlow.engine(spec.engine)
        if !engine.isEmpty { pairs.append(("engine", .map(engine))) }
        if spec.acks != .all { pairs.append(("acks", ModelFlow.acks(spec.acks))) }
        if !spec.engine.unsafe.isEmpty { pairs.append(("unsafe", ModelFlow.unsafe(spec.engine.unsafe))) }
        let state = spec.state.keys.sorted().map { (spec.names[$0], ModelFlow.state(spec.state[$0]!, names: spec.names)) }
        if !state.isEmpty { pairs.append(("state", .map(state))) }
        if let leader = spec.leader { pairs.append(("leader", .quoted(spec.names[leader]))) }
        return pairs
    }
}
