/// One step as one line of the format, for the lesson player (the step list, a running step,
/// a solution offered as a key press): `crash: Jupiter`, `wait: {commit: {Saturn: 5}}`.
public enum StepLine {
    /// The step's line, its nodes named by `names` (the current scene's), with the writer's
    /// quotes dropped (they guard YAML, not the reader).
    public static func text(_ step: Step, names: [String]) -> String {
        let line: String
        switch step {
        case .task(let task): line = "task: until \(ConditionFlow.condition(task.until, names: names).text)"
        case .scene(let spec): line = "scene: \(spec.names.joined(separator: ", "))"
        case .say(let text): line = "say: \(text.resolve("en"))"
        default: line = ScenarioWriter.step(step, names: names, indent: "").joined(separator: " ")
        }
        var out = line.hasPrefix("- ") ? String(line.dropFirst(2)) : line
        out.removeAll { $0 == "\"" }
        return ShownText.escaped(out, keepingNewlines: true)  // "Limits": the reader sees no control character
    }

    /// A condition as one line, its nodes named by `names`: `{leader: Saturn, within: 3000}`.
    public static func text(_ condition: Condition, names: [String]) -> String {
        var out = ConditionFlow.condition(condition, names: names).text
        out.removeAll { $0 == "\"" }
        return ShownText.escaped(out)
    }
}
