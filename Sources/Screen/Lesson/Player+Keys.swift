import Lessons
import RaftCore
import RaftSim

/// The lesson player's keys (product.md, "Keys": Enter or `n` / `b` / `g`; digits answer an
/// open quiz). Keys the player does not take go to the sandbox's keys; the world commands
/// they give are the learner's, logged for replays.
extension Player {
    /// The player's handling of a key, or nil to let the sandbox's keys have it.
    static func key(_ key: Key, _ state: inout AppState) -> [Effect]? {
        if state.player.menu != nil { return menuKey(key, &state) }
        guard var lesson = state.player.lesson else { return nil }
        if lesson.stepList != nil { return stepListKey(key, &state) }
        if state.overlay != nil || key == .escape { return nil }
        if Layout.tooSmall(width: state.width, height: state.height) { return nil }
        lesson.note = nil
        state.player.lesson = lesson
        if case .quiz(nil) = lesson.phase, case .quiz(let quiz)? = lesson.step, case .char(let c) = key,
           let digit = c.wholeNumberValue, (1...quiz.choices.count).contains(digit) {
            lesson.phase = .quiz(chosen: digit)
            lesson.answers[lesson.index] = digit
            state.player.lesson = lesson
            return []
        }
        switch key {
        case .enter, .char("n"): return goOn(&state)
        case .char("b"): return back(&state)
        case .char("g"):
            lesson.stepList = min(lesson.index, lesson.steps.count - 1)
            state.player.lesson = lesson
            return []
        case .up:
            lesson.scroll = max(0, lesson.scroll - 1)
            state.player.lesson = lesson
            return []
        case .down:
            lesson.scroll += 1
            state.player.lesson = lesson
            return []
        case .char(" "), .char("."):
            switch lesson.phase {
            case .running, .task: return nil
            default:
                lesson.note = .waitsForYou
                state.player.lesson = lesson
                return []
            }
        case .char("w"), .char("W"), .char("s"):
            guard let command = LessonHints.adopted(key, state) else { return nil }
            LessonHints.markUsed(command, &state)
            return learner([command], &state)
        default:
            return nil
        }
    }

    /// The sandbox's effects of a key, seen by the player: its world commands are the
    /// learner's (logged for replays, counted toward a task's first actions).
    static func afterKey(_ effects: [Effect], _ state: inout AppState) -> [Effect] {
        guard state.player.lesson != nil else { return effects }
        var out: [Effect] = []
        for effect in effects {
            switch effect {
            case .command(let command): out += learner([command], &state)
            case .control(.togglePause):
                if var lesson = state.player.lesson, case .task(var task) = lesson.phase, task.held {
                    task.held = false  // the learner runs the world: it no longer waits for them
                    lesson.phase = .task(task)
                    state.player.lesson = lesson
                }
                out.append(effect)
            default: out.append(effect)
            }
        }
        return out
    }

    /// RaftWorld commands the learner gives: sent, logged, and in a task counted; once a held
    /// task has as many as its solution has steps, the world runs.
    static func learner(_ commands: [RaftWorld.Command], _ state: inout AppState) -> [Effect] {
        guard var lesson = state.player.lesson else { return commands.map { .command($0) } }
        var out: [Effect] = []
        for command in commands {
            lesson.sent.append(LessonState.Sent(step: lesson.index, learner: true, command: command))
            out.append(.command(command))
            if case .task(var task) = lesson.phase, case .task(let spec)? = lesson.step {
                task.actions += 1
                if task.held && task.actions >= LessonHints.actions(spec, names: lesson.cluster.nodes) {
                    task.held = false
                    out.append(.lesson(.resume))
                }
                lesson.phase = .task(task)
            }
        }
        state.player.lesson = lesson
        return out
    }

    /// Enter or `n`: on from a narration or an answered quiz; in a task only the offered key
    /// press (its solution steps without a key, once the hint shows); at the end, the next lesson.
    static func goOn(_ state: inout AppState) -> [Effect] {
        guard var lesson = state.player.lesson else { return [] }
        switch lesson.phase {
        case .narrating, .quiz(chosen: .some):
            lesson.scene = nil
            lesson.scroll = 0
            lesson.index += 1
            state.player.lesson = lesson
            return enter(&state)
        case .quiz(chosen: nil):
            if case .quiz(let quiz)? = lesson.step { lesson.note = .pickAnAnswer(quiz.choices.count) }
        case .task(var task):
            guard task.hint, !task.keylessDone, case .task(let spec)? = lesson.step else {
                lesson.note = .taskNotDone
                break
            }
            let steps = LessonHints.keyless(spec)
            guard !steps.isEmpty else {
                lesson.note = .taskNotDone
                break
            }
            task.keylessDone = true
            lesson.phase = .task(task)
            state.player.lesson = lesson
            let commands = steps.compactMap { StepCommands.command(for: $0, names: lesson.cluster.nodes) }
            var effects = learner(commands, &state)
            if var after = state.player.lesson, case .task(var t) = after.phase, t.held {
                t.held = false  // the offered press is the whole of what the learner does
                after.phase = .task(t)
                state.player.lesson = after
                effects.append(.lesson(.resume))
            }
            return effects
        case .running: lesson.note = .running
        case .failed: lesson.note = .failedStep
        case .ended:
            if let next = nextLesson(lesson, state) { return open(next, &state, fromStart: true) }
            return openMenu(&state)
        }
        state.player.lesson = lesson
        return []
    }

    /// The lesson after this one in the catalog, if any.
    static func nextLesson(_ lesson: LessonState, _ state: AppState) -> LessonEntry? {
        let catalog = state.player.catalog
        guard let k = catalog.firstIndex(where: { $0.id == lesson.entry.id }), k + 1 < catalog.count else { return nil }
        return catalog[k + 1]
    }

    /// The step list (`g`): ↑↓ PgUp PgDn Home End move, Enter jumps, Esc or `g` closes.
    static func stepListKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var lesson = state.player.lesson, let cursor = lesson.stepList else { return nil }
        let last = lesson.steps.count - 1
        let page = max(1, state.height / 2)
        switch key {
        case .up: lesson.stepList = max(0, cursor - 1)
        case .down: lesson.stepList = min(last, cursor + 1)
        case .pageUp: lesson.stepList = max(0, cursor - page)
        case .pageDown: lesson.stepList = min(last, cursor + page)
        case .escape, .char("g"): lesson.stepList = nil
        case .enter:
            lesson.stepList = nil
            state.player.lesson = lesson
            return jump(to: cursor, &state)
        default: break
        }
        state.player.lesson = lesson
        return []
    }

    /// The menu: ↑↓ choose, digits pick a lesson by number, Enter starts it.
    static func menuKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var menu = state.player.menu else { return nil }
        let catalog = state.player.catalog
        guard !catalog.isEmpty else { return [] }
        switch key {
        case .up: menu.cursor = max(0, menu.cursor - 1)
        case .down, .tab: menu.cursor = min(catalog.count - 1, menu.cursor + 1)
        case .char(let c) where c.wholeNumberValue != nil:
            let number = c.wholeNumberValue!
            if let k = catalog.firstIndex(where: { $0.number == number }) { menu.cursor = k }
        case .enter, .char("n"):
            return open(catalog[min(menu.cursor, catalog.count - 1)], &state)
        default: break
        }
        state.player.menu = menu
        return []
    }
}
