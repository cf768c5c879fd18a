import RaftCore

/// The flow form of the steps whose argument fits on one line (all but `task` and `scene`).
enum StepFlow {
    /// The value after `- name:`; nil for `heal`, which is a bare word.
    static func argument(_ step: Step) -> Flow? {
        switch step {
        case .say(let text): ModelFlow.text(text)
        case .write(let spec): write(spec)
        case .crash(let node), .restart(let node), .isolate(let node), .timeout(let node): .quoted(node)
        case .partition(let groups): .list(groups.map(Flow.names))
        case .cut(let from, let to), .drop(let from, let to): .map([("from", .quoted(from)), ("to", .quoted(to))])
        case .slow(let node, let latency): .map([("node", .quoted(node)), ("latency", .range(latency))])
        case .heal: nil
        case .configure(let spec): configure(spec)
        case .consume(let from): .map([("from", .quoted(from))])
        case .run(let ms): .number(ms)
        case .wait(let condition), .expect(let condition): ConditionFlow.condition(condition)
        case .quiz(let quiz): self.quiz(quiz)
        // Written as blocks by ScenarioWriter; the flow forms keep this function total.
        case .scene(let spec): .map(ClusterFlow.pairs(spec))
        case .task(let task): .map([("say", ModelFlow.text(task.say)), ("until", ConditionFlow.condition(task.until))])
        }
    }

    /// `"v"`, or `{value: "v", to: "N", acks: all, count: 3}` when an option is set.
    static func write(_ spec: WriteSpec) -> Flow {
        var pairs: [(String, Flow)] = [("value", .quoted(spec.value))]
        if let to = spec.to { pairs.append(("to", .quoted(to))) }
        if let acks = spec.acks { pairs.append(("acks", ModelFlow.acks(acks))) }
        if let count = spec.count { pairs.append(("count", .number(count))) }
        return pairs.count == 1 ? .quoted(spec.value) : .map(pairs)
    }

    /// `{batch: 1, pipeline: false, ...}` with the keys that are set; a change of nothing is
    /// `{timing: {}}`, the one way the format writes it (`configure: {}` is refused).
    static func configure(_ change: Reconfiguration<EngineConfig.Change>) -> Flow {
        let e = change.engine ?? EngineConfig.Change()
        var pairs: [(String, Flow)] = []
        if let batch = e.batch { pairs.append(("batch", .number(batch))) }
        if let pipeline = e.pipeline { pairs.append(("pipeline", ModelFlow.bool(pipeline))) }
        if let noop = e.noop { pairs.append(("noop", ModelFlow.bool(noop))) }
        if let acks = change.acks { pairs.append(("acks", ModelFlow.acks(acks))) }
        if let prevote = e.preVote { pairs.append(("prevote", ModelFlow.bool(prevote))) }
        if let checkQuorum = e.checkQuorum { pairs.append(("check_quorum", ModelFlow.bool(checkQuorum))) }
        if let unsafe = e.unsafe { pairs.append(("unsafe", ModelFlow.unsafe(unsafe))) }
        let timing = ModelFlow.timing(change.engine, latency: change.latency)
        if !timing.isEmpty || pairs.isEmpty { pairs.append(("timing", .map(timing))) }
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
    static func pairs(_ spec: WorldSpec) -> [(String, Flow)] {
        var pairs: [(String, Flow)] = [("nodes", .names(spec.names)), ("seed", .plain(String(spec.seed)))]
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
