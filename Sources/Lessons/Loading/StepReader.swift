import RaftSim

/// Reads `steps`, naming nodes against the current scene: after a `scene` step, its nodes apply.
struct StepReader {
    /// The step keys of the format, in its order.
    static let stepNames = ["say", "write", "crash", "restart", "partition", "isolate", "cut", "slow",
                            "heal", "timeout", "configure", "drop", "scene", "consume", "run", "wait",
                            "expect", "task", "quiz", "snapshot", "read", "transfer", "add", "remove"]
    /// Steps a task's `solution` may not hold: it stands for the learner's actions in one scene.
    static let notInSolution = ["scene", "task", "quiz"]

    /// The names of the current scene's nodes, by id.
    var names: [String]
    /// The current scene's mode: the steps and conditions valid in it follow it.
    var mode: ClusterMode
    /// True while reading a task's `solution`.
    var inSolution = false

    /// A list of steps; `allowEmpty` for a solution, which may be empty.
    mutating func steps(_ at: Located, allowEmpty: Bool) throws(ScenarioError) -> [StepAt] {
        let items = try at.list("a list of steps")
        guard allowEmpty || !items.isEmpty else { throw at.error("expected at least one step") }
        var steps: [StepAt] = []
        for item in items {
            steps.append(StepAt(try step(item), line: item.line, column: item.column))
        }
        return steps
    }

    /// One step: a map with one key, or the bare word `heal` ("the bare word for a step with no argument").
    mutating func step(_ at: Located) throws(ScenarioError) -> Step {
        if case .scalar = at.node { return try bareStep(at) }
        let entries = try at.pairs("a step: a map with one key, like `crash: Neptune`, or `heal`")
        guard let entry = entries.first else { throw at.error("expected a step, found an empty map") }
        if entries.count > 1 {
            throw entries[1].key.error(
                "a step has exactly one key; `\(entry.name)` and `\(entries[1].name)` are two steps, "
                    + "each needs its own `-`")
        }
        guard Self.stepNames.contains(entry.name) else {
            throw entry.key.error(Suggestion.unknown("step", entry.name, known: Self.stepNames))
        }
        try ModeKeys.check(entry.name, at: .step, in: mode, entry.key)
        if inSolution, Self.notInSolution.contains(entry.name) {
            throw entry.key.error("a task's solution cannot hold a `\(entry.name)` step")
        }
        return try step(entry.name, entry.value)
    }

    /// A step written as a bare word: only `heal` has no argument.
    private func bareStep(_ at: Located) throws(ScenarioError) -> Step {
        let word = try at.text("a step")
        if word == "heal" { return .command(.heal) }
        let path = at.child(word, at.node)
        if Self.stepNames.contains(word) { throw path.error("step `\(word)` needs a value, like `\(word): ...`") }
        throw path.error(Suggestion.unknown("step", word, known: Self.stepNames))
    }

    /// The step `name` with its value `v`; steps that act on the world are commands.
    private mutating func step(_ name: String, _ v: Located) throws(ScenarioError) -> Step {
        switch name {
        case "say": return .say(try v.localizedText())
        case "scene": return try scene(v)
        case "run": return .run(try v.milliseconds())
        case "wait": return .wait(try v.condition(names: names, mode: mode, allowWithin: true))
        case "expect": return .expect(try v.condition(names: names, mode: mode, allowWithin: false))
        case "task": return .task(try task(v))
        case "quiz": return .quiz(try v.quizSpec())
        default: return .command(try command(name, v))
        }
    }

    /// A step that acts on the world, with its nodes resolved to ids of the current scene.
    private func command(_ name: String, _ v: Located) throws(ScenarioError) -> ClusterCommand {
        switch name {
        case "write": return try v.write(names: names)
        case "crash": return .crash(try v.nodeID(in: names))
        case "restart": return .restart(try v.nodeID(in: names))
        case "partition": return .partition(try v.groups(names: names))
        case "isolate": return .partition([[try v.nodeID(in: names)]])
        case "cut": let (from, to) = try v.link(names: names); return .cut(from: from, to: to)
        case "slow": return try v.slow(names: names)
        case "heal": return try heal(v)
        case "timeout": return .timeout(try v.nodeID(in: names))
        case "configure": return .configure(try v.configure(mode: mode, size: names.count))
        case "drop": let (from, to) = try v.link(names: names); return .drop(from: from, to: to)
        case "snapshot": return .snapshot(try v.nodeID(in: names))
        case "read": return try v.read(names: names)
        case "transfer": return .transfer(try v.nodeID(in: names))
        case "add": return .add(try v.nodeID(in: names))
        case "remove": return .remove(try v.nodeID(in: names))
        default: return .consume(from: try v.consumeFrom(names: names))
        }
    }

    /// `heal` written as a key takes nothing: `- heal:` is the same as `- heal`.
    private func heal(_ v: Located) throws(ScenarioError) -> ClusterCommand {
        guard v.isNothing else { throw v.error("`heal` takes no value; write `- heal`") }
        return .heal
    }

    /// `scene: CLUSTER`; the steps after it name the new scene's nodes.
    private mutating func scene(_ v: Located) throws(ScenarioError) -> Step {
        let spec = try v.clusterSpec()
        names = spec.names
        mode = spec.mode
        return .scene(spec)
    }

    /// `task: {say, until, solution, wrong_turns}`; `until` takes no `within` (headless it is 5000 ms).
    private func task(_ v: Located) throws(ScenarioError) -> TaskSpec {
        let map = try MapReader(v, allowed: ["say", "until", "solution", "wrong_turns"],
                                expected: "a map like {say: ..., until: {leader: any}, solution: [...]}")
        let say = try map.required("say").localizedText()
        let until = try map.required("until").condition(names: names, mode: mode, allowWithin: false)
        var task = TaskSpec(say: say, until: until)
        if let solution = map.optional("solution") { task.solution = try solutionSteps(solution) }
        if let turns = map.optional("wrong_turns") {
            let items = try turns.list("a list of wrong turns, like [{when: {leader: Jupiter}, say: ...}]")
            guard !items.isEmpty else { throw turns.error("expected at least one wrong turn") }
            for item in items { task.wrongTurns.append(try wrongTurn(item)) }
        }
        return task
    }

    /// Steps standing for the learner's actions (a `solution` or an `example`).
    private func solutionSteps(_ v: Located) throws(ScenarioError) -> [StepAt] {
        var inner = StepReader(names: names, mode: mode, inSolution: true)
        return try inner.steps(v, allowEmpty: true)
    }

    /// `{when: CONDITION, say: TEXT, example: [STEP, ...]}` (raftlab's extension, issue 11).
    private func wrongTurn(_ v: Located) throws(ScenarioError) -> WrongTurn {
        let map = try MapReader(v, allowed: ["when", "say", "example"],
                                expected: "a map like {when: {role: {Jupiter: candidate}}, say: ..., example: [timeout: Jupiter]}")
        let when = try map.required("when").condition(names: names, mode: mode, allowWithin: false)
        var turn = WrongTurn(when: when, say: try map.required("say").localizedText())
        if let example = map.optional("example") { turn.example = try solutionSteps(example) }
        return turn
    }
}
