import Picture

/// What a task's hint says, derived from its solution (issue 5): each solution step as the
/// key that does it (from the key table: crash `c`, restart `r`, isolate `p`, heal `h`, slow
/// `s`, timeout `t`, write `w` or `W`, consume `k`, drop `m` then `x`) and the node to select
/// first; steps no key does (a partition of several groups, `cut`, `configure`, a `write`
/// with `count`) are offered as one press of Enter.
public enum LessonHints {
    /// The solution's steps as keys (steps that only pass time are left out).
    public static func items(_ task: TaskSpec, names: [String], keylessDone: Bool = false) -> [HintItem] {
        task.solution.compactMap { item(for: $0.step, names: names, keylessDone: keylessDone) }
    }

    static func item(for step: Step, names: [String], keylessDone: Bool = false) -> HintItem? {
        func on(_ command: KeyCommand, _ node: String) -> HintItem {
            let k = names.firstIndex(of: node)
            return .key(command, node: node, digit: k.flatMap { $0 < 9 ? $0 + 1 : nil })
        }
        switch step {
        case .crash(let n): return on(.crash, n)
        case .restart(let n): return on(.restart, n)
        case .isolate(let n): return on(.isolate, n)
        case .partition(let groups) where groups.count == 1 && groups[0].count == 1: return on(.isolate, groups[0][0])
        case .heal: return .key(.heal, node: nil, digit: nil)
        case .slow(let n, _): return on(.slow, n)
        case .timeout(let n): return on(.timeout, n)
        case .write(let w) where (w.count ?? 1) == 1:
            return w.to.map { on(.writeToSelected, $0) } ?? .key(.write, node: nil, digit: nil)
        case .consume(let n): return on(.consume, n)
        case let .drop(from, to): return .drop(from: from, to: to)
        case .run, .wait, .expect, .say, .quiz, .task, .scene: return nil
        default: return .enter(StepLine.text(step), done: keylessDone)
        }
    }

    /// How many world commands the solution gives (steps that only pass time give none): a
    /// held task runs once the learner has given as many.
    public static func actions(_ task: TaskSpec, names: [String]) -> Int {
        task.solution.filter { StepCommands.command(for: $0.step, names: names) != nil }.count
    }

    /// The solution steps no key does, in order: what Enter does once the hint shows.
    public static func keyless(_ task: TaskSpec) -> [Step] {
        task.solution.map(\.step).filter { step in
            if case .enter = item(for: step, names: []) { return true }
            return false
        }
    }
}
