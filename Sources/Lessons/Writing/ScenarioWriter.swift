/// Writes a scenario back as YAML in the format (for fuzz failures and `--record`).
///
/// Maps of the top level, `cluster`, `state`, `task` and `scene` are blocks; every other value is
/// flow style on one line. Every string of the scenario is double-quoted, so that
/// `ScenarioLoader.parse(yaml: yaml(s))` gives `s` back, apart from step positions.
public enum ScenarioWriter {
    /// The YAML text of `scenario`.
    public static func yaml(_ scenario: Scenario) -> String {
        var lines = ["title: " + ModelFlow.text(scenario.title).text]
        if let summary = scenario.summary { lines.append("summary: " + ModelFlow.text(summary).text) }
        lines.append("cluster:")
        lines += cluster(scenario.cluster, indent: "  ")
        lines.append("steps:")
        lines += steps(scenario.steps, names: scenario.cluster.names, indent: "  ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Cluster keys as a block, with `state` one node per line.
    static func cluster(_ spec: ClusterSpec, indent: String) -> [String] {
        ClusterFlow.pairs(spec).flatMap { key, value -> [String] in
            guard key == "state", case .map(let states) = value else { return ["\(indent)\(key): \(value.text)"] }
            return ["\(indent)state:"] + states.map { "\(indent)  \(Flow.key($0.0)): \($0.1.text)" }
        }
    }

    /// A block list of steps; `names` name the nodes until a `scene` step brings its own.
    static func steps(_ steps: [StepAt], names: [String], indent: String) -> [String] {
        var names = names
        return steps.flatMap { at in
            if case .scene(let spec) = at.step { names = spec.names }
            return step(at.step, names: names, indent: indent)
        }
    }

    /// One step, its nodes named by `names`: `- name: flow`, `- heal`, or a block for `task` and `scene`.
    static func step(_ step: Step, names: [String], indent: String) -> [String] {
        let inner = indent + "    "
        switch step {
        case .command(.heal):
            return ["\(indent)- heal"]
        case .scene(let spec):
            return ["\(indent)- scene:"] + cluster(spec, indent: inner)
        case .task(let task):
            var lines = ["\(indent)- task:",
                         "\(inner)say: \(ModelFlow.text(task.say).text)",
                         "\(inner)until: \(ConditionFlow.condition(task.until, names: names).text)"]
            if task.solution.isEmpty {
                lines.append("\(inner)solution: []")
            } else {
                lines.append("\(inner)solution:")
                lines += steps(task.solution, names: names, indent: inner + "  ")
            }
            return lines + wrongTurns(task.wrongTurns, names: names, indent: inner)
        default:
            return ["\(indent)- \(step.name): \(StepFlow.argument(step, names: names)!.text)"]
        }
    }

    /// A task's `wrong_turns` as a block (none: nothing).
    static func wrongTurns(_ turns: [WrongTurn], names: [String], indent: String) -> [String] {
        guard !turns.isEmpty else { return [] }
        var lines = ["\(indent)wrong_turns:"]
        for turn in turns {
            lines.append("\(indent)  - when: \(ConditionFlow.condition(turn.when, names: names).text)")
            lines.append("\(indent)    say: \(ModelFlow.text(turn.say).text)")
            guard !turn.example.isEmpty else { continue }
            lines.append("\(indent)    example:")
            lines += steps(turn.example, names: names, indent: indent + "      ")
        }
        return lines
    }
}
