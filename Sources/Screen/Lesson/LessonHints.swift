import Lessons
import RaftCore
import RaftSim

/// What a task's hint says, derived from its solution (issue 5): each solution step as the
/// key that does it (crash `c`, restart `r`, isolate `p`, heal `h`, slow `s`, timeout `t`,
/// write `w` or `W`, consume `k`, drop `m` then `x`) and the node to select first; steps no
/// key does (a partition of several groups, `cut`, `configure`, a `write` with `count`) are
/// offered as one press of Enter.
enum LessonHints {
    /// One solution step as the learner does it.
    enum Item: Equatable {
        /// Select `node` (by `digit` when it has one, else Tab), then press `key`.
        case key(String, node: String?, digit: Int?)
        /// Press `m` until the message from `from` to `to` is highlighted, then `x`.
        case drop(from: String, to: String)
        /// No key: Enter does it once the hint shows.
        case enter(Step)
    }

    /// The solution's steps as keys (steps that only pass time are left out).
    static func items(_ task: TaskSpec, names: [String]) -> [Item] {
        task.solution.compactMap { item(for: $0.step, names: names) }
    }

    static func item(for step: Step, names: [String]) -> Item? {
        func on(_ key: String, _ node: String) -> Item {
            let k = names.firstIndex(of: node)
            return .key(key, node: node, digit: k.flatMap { $0 < 9 ? $0 + 1 : nil })
        }
        switch step {
        case .crash(let n): return on("c", n)
        case .restart(let n): return on("r", n)
        case .isolate(let n): return on("p", n)
        case .partition(let groups) where groups.count == 1 && groups[0].count == 1: return on("p", groups[0][0])
        case .heal: return .key("h", node: nil, digit: nil)
        case .slow(let n, _): return on("s", n)
        case .timeout(let n): return on("t", n)
        case .write(let w) where (w.count ?? 1) == 1:
            return w.to.map { on("W", $0) } ?? .key("w", node: nil, digit: nil)
        case .consume(let n): return on("k", n)
        case let .drop(from, to): return .drop(from: from, to: to)
        case .run, .wait, .expect, .say, .quiz, .task, .scene: return nil
        default: return .enter(step)
        }
    }

    /// How many world commands the solution gives (steps that only pass time give none): a
    /// held task runs once the learner has given as many.
    static func actions(_ task: TaskSpec, names: [String]) -> Int {
        task.solution.filter { StepCommands.command(for: $0.step, names: names) != nil }.count
    }

    /// The solution steps no key does, in order: what Enter does once the hint shows.
    static func keyless(_ task: TaskSpec) -> [Step] {
        task.solution.map(\.step).filter { step in
            if case .enter = item(for: step, names: []) { return true }
            return false
        }
    }

    /// In a task, `w`, `W` and `s` take the values of the matching solution step (so the
    /// write carries the value the narration names, and the slow link its latency): `w` the
    /// next write without `to`, `W` the next write to the selected node, `s` the slow step of
    /// the selected node. Nil outside a task or without a match (the sandbox's key then).
    static func adopted(_ key: Key, _ state: AppState) -> RaftWorld.Command? {
        guard let lesson = state.player.lesson, case .task(let task) = lesson.phase,
              case .task(let spec)? = lesson.step, case .char(let c) = key else { return nil }
        let names = lesson.cluster.nodes
        let selected = state.selected < names.count ? names[state.selected] : nil
        for (k, item) in spec.solution.enumerated() where !task.used.contains(k) {
            let fits: Bool
            switch (c, item.step) {
            case ("w", .write(let w)): fits = w.to == nil && (w.count ?? 1) == 1
            case ("W", .write(let w)): fits = w.to != nil && w.to == selected && (w.count ?? 1) == 1
            case ("s", .slow(let node, _)): fits = node == selected
            default: fits = false
            }
            guard fits, let command = StepCommands.command(for: item.step, names: names) else { continue }
            return command
        }
        return nil
    }

    /// Marks the solution step a key's command was taken from as used.
    static func markUsed(_ command: RaftWorld.Command, _ state: inout AppState) {
        guard var lesson = state.player.lesson, case .task(var task) = lesson.phase,
              case .task(let spec)? = lesson.step else { return }
        let names = lesson.cluster.nodes
        if let k = spec.solution.indices.first(where: {
            !task.used.contains($0) && StepCommands.command(for: spec.solution[$0].step, names: names) == command
        }) {
            task.used.insert(k)
            lesson.phase = .task(task)
            state.player.lesson = lesson
        }
    }
}
