import Lessons
import RaftCore
import RaftSim

/// The lesson player (product.md, "Lessons"; scenario-format.md, `steps`): it walks a
/// scenario's steps and asks the runtime, through effects, to do what each step does. Step
/// actions and the learner's keys are the same world commands; `run`, `wait`, `expect` and
/// `task` become runtime goals, where the world stops exactly as a headless run stops; `say`
/// and `quiz` hold the world until the learner goes on. `b` and `g` replay the lesson from
/// its cluster to a step, with the learner's logged commands (LessonReplay), so going back
/// is exact. Pure: time comes in as `.tick`, the runtime's state as `.live`.
public enum Player {
    // MARK: - Opening

    /// Opens the lesson menu, the cursor on the first lesson not finished.
    @discardableResult
    public static func openMenu(_ state: inout AppState, note: String? = nil) -> [Effect] {
        let catalog = state.player.catalog
        let first = catalog.firstIndex { state.player.progress[$0.id]?.finished != true } ?? 0
        state.player.lesson = nil
        state.player.menu = LessonMenu(cursor: first, note: note)
        state.overlay = nil
        state.title = LessonWords(state.lang).lessons
        return []
    }

    /// Opens a lesson where the learner stopped (unfinished, from the progress), else at its
    /// first step; `fromStart` always starts at the first step.
    public static func open(_ entry: LessonEntry, _ state: inout AppState, fromStart: Bool = false) -> [Effect] {
        var start = 0
        if !fromStart, let saved = state.player.progress[entry.id], !saved.finished,
           saved.steps == entry.scenario.steps.count, saved.step > 1, saved.step <= saved.steps {
            start = saved.step - 1
        }
        state.player.menu = nil
        state.player.lesson = LessonState(entry: entry)
        state.overlay = nil
        state.highlighted = nil
        state.selected = 0
        state.writes = 0
        state.eventsScroll = 0
        state.logScroll = nil
        let effects = jump(to: start, &state)
        if start > 0 { state.player.lesson?.note = .resumed(start + 1) }
        return effects
    }

    // MARK: - Steps

    /// Plays steps from the current one until one waits: for the learner (`say`, `quiz`,
    /// `task`) or for the world (`run`, `wait`, `expect`); actions and scenes go straight on.
    static func enter(_ state: inout AppState) -> [Effect] {
        guard var lesson = state.player.lesson else { return [] }
        var effects: [Effect] = []
        defer {
            state.player.lesson = lesson
            retitle(&state)
        }
        while let step = lesson.step {
            switch step {
            case .say:
                lesson.phase = .narrating
                effects.append(progress(lesson, &state))
                return effects
            case .quiz:
                lesson.phase = .quiz(chosen: nil)
                effects.append(progress(lesson, &state))
                return effects
            case .task(let task):
                state.player.serial += 1
                var waiting = TaskState(serial: state.player.serial)
                waiting.held = LessonHints.actions(task, names: lesson.cluster.nodes) > 0
                lesson.phase = .task(waiting)
                effects.append(.lesson(.goal(.within(task.until, limit: nil), running: !waiting.held)))
                effects.append(progress(lesson, &state))
                return effects
            case .run(let ms):
                effects.append(goal(.after(ms), running: true, &lesson, &state))
                return effects
            case .wait(let condition):
                effects.append(goal(.within(condition, limit: condition.within ?? Condition.defaultWithin),
                                    running: true, &lesson, &state))
                return effects
            case .expect(let condition):
                effects.append(goal(.within(condition, limit: 0), running: false, &lesson, &state))
                return effects
            case .scene(let spec):
                lesson.cluster = spec
                lesson.scene = lesson.index
                state.selected = 0
                state.seed = spec.seed
                effects.append(replace(WorldBuilder.world(spec), &lesson, &state))
                lesson.index += 1
            default:
                if let command = StepCommands.command(for: step, names: lesson.cluster.nodes) {
                    lesson.sent.append(LessonState.Sent(step: lesson.index, learner: false, command: command))
                    effects.append(.command(command))
                }
                lesson.index += 1
            }
        }
        lesson.phase = .ended
        effects.append(progress(lesson, &state))
        return effects
    }

    /// A goal for the runtime; the phase waits for the runtime to report it.
    static func goal(_ goal: LessonGoal, running: Bool, _ lesson: inout LessonState, _ state: inout AppState) -> Effect {
        state.player.serial += 1
        lesson.phase = .running(serial: state.player.serial)
        return .lesson(.goal(goal, running: running))
    }

    /// A new world for the runtime: its log starts again, and so does the matching of sent
    /// commands with it. The screen shows the new world at once (statuses from before it
    /// are ignored).
    static func replace(_ world: RaftWorld, _ lesson: inout LessonState, _ state: inout AppState) -> Effect {
        state.player.serial += 1
        lesson.segment = state.player.serial
        lesson.sent = []
        lesson.matched = 0
        state.highlighted = nil
        var shown = world
        let events = shown.takeEvents()
        state.live = LiveStatus(world: world, events: events, paused: true, speed: state.live.speed,
                                serial: state.player.serial)
        if state.selected >= world.size { state.selected = 0 }
        return .lesson(.replace(world))
    }

    /// The progress effect for reaching the current step (or the end), also kept in the state.
    static func progress(_ lesson: LessonState, _ state: inout AppState) -> Effect {
        let steps = lesson.steps.count
        let step = min(lesson.index + 1, steps)
        let finished = lesson.ended || (state.player.progress[lesson.entry.id]?.finished ?? false)
        state.player.progress[lesson.entry.id] = LessonProgress(finished: finished, step: step, steps: steps)
        return .lesson(.progress(id: lesson.entry.id, step: step, steps: steps, finished: lesson.ended))
    }

    /// The header's title: the lesson's number and title, and the step.
    static func retitle(_ state: inout AppState) {
        guard let lesson = state.player.lesson else { return }
        let title = lesson.scenario.title.resolve(state.player.lang)
        let number = lesson.entry.number.map { "\($0). " } ?? ""
        let step = LessonWords(state.lang).stepOf(min(lesson.index + 1, lesson.steps.count), lesson.steps.count)
        state.title = "\(step) · \(number)\(title)"
    }

    // MARK: - The runtime's reports

    /// Whether a status is from before the world the player last gave the runtime.
    static func isStale(_ status: LiveStatus, _ state: AppState) -> Bool {
        guard let lesson = state.player.lesson else { return false }
        return status.serial < lesson.segment
    }

    /// A new status: learner commands get their logged times; a reached goal goes on, a
    /// missed one is a failure shown to the learner; a waiting jump happens.
    static func live(_ state: inout AppState) -> [Effect] {
        guard var lesson = state.player.lesson else { return [] }
        let status = state.live
        if status.serial >= lesson.segment {
            let count = min(lesson.sent.count, status.log.count)
            while lesson.matched < count {
                let sent = lesson.sent[lesson.matched]
                if sent.learner {
                    let logged = SessionRecord.Command(time: status.log[lesson.matched].time, command: sent.command)
                    lesson.journal.commands[sent.step, default: []].append(logged)
                }
                lesson.matched += 1
            }
        }
        state.player.lesson = lesson
        if let target = lesson.pendingJump { return jump(to: target, &state) }
        guard !status.goalActive, let reached = status.goalReached else { return [] }
        switch lesson.phase {
        case .running(let serial) where status.serial == serial:
            guard reached else { return fail(status.world, &state) }
        case .task(let task) where status.serial == task.serial:
            guard reached else { return [] }  // a task has no deadline
            lesson.journal.played.insert(lesson.index)
        default:
            return []
        }
        lesson.index += 1
        state.player.lesson = lesson
        return enter(&state)
    }

    /// A `wait` or `expect` that did not hold: what it expected, what was found.
    static func fail(_ world: RaftWorld, _ state: inout AppState) -> [Effect] {
        guard var lesson = state.player.lesson, let step = lesson.step else { return [] }
        var failure = LessonFailure(step: lesson.index, found: [], waited: nil)
        switch step {
        case .wait(let c):
            failure.found = ConditionEvaluator(world).mismatches(c)
            failure.waited = c.within ?? Condition.defaultWithin
        case .expect(let c):
            failure.found = ConditionEvaluator(world).mismatches(c)
        default: break
        }
        lesson.phase = .failed(failure)
        state.player.lesson = lesson
        return []
    }

    /// Wall time: a task shows its hint after 30 s without success.
    static func tick(_ seconds: Double, _ state: inout AppState) -> [Effect] {
        guard var lesson = state.player.lesson, case .task(var task) = lesson.phase else { return [] }
        let started = task.started ?? seconds
        task.started = started
        if !task.hint, seconds - started >= TaskState.hintAfter { task.hint = true }
        lesson.phase = .task(task)
        state.player.lesson = lesson
        return []
    }

    // MARK: - Going back and jumping

    /// Whether a step waits for the learner (`say`, `task`, `quiz`): where `b` lands.
    static func isStop(_ step: Step) -> Bool {
        switch step {
        case .say, .task, .quiz: true
        default: false
        }
    }

    /// `b`: the step that waited for the learner before the current one (or the first step).
    static func back(_ state: inout AppState) -> [Effect] {
        guard let lesson = state.player.lesson else { return [] }
        let target = lesson.steps.indices.last { $0 < lesson.index && isStop(lesson.steps[$0].step) } ?? 0
        return jump(to: target, &state)
    }

    /// Replays the lesson to the start of step `target` (0-based) and plays on from there:
    /// the learner's commands before it as logged (steps before both the target and the
    /// current step), later tasks by their solutions. Waits if a learner command it needs has
    /// not been logged yet.
    static func jump(to target: Int, _ state: inout AppState) -> [Effect] {
        guard var lesson = state.player.lesson else { return [] }
        let k = min(max(0, target), lesson.steps.count)
        let keep = min(k, lesson.index)
        if lesson.sent[lesson.matched...].contains(where: { $0.learner && $0.step < keep }) {
            lesson.pendingJump = k
            lesson.note = .replaying
            state.player.lesson = lesson
            return []
        }
        lesson.pendingJump = nil
        lesson.journal = lesson.journal.before(keep)
        lesson.answers = lesson.answers.filter { $0.key < k }
        lesson.index = k
        lesson.cluster = LessonReplay.cluster(lesson.scenario, at: k)
        state.seed = lesson.cluster.seed
        lesson.scene = nil
        if k > 0, case .scene = lesson.steps[k - 1].step { lesson.scene = k - 1 }
        lesson.stepList = nil
        lesson.scroll = 0
        lesson.note = nil
        let world = LessonReplay.world(lesson.scenario, at: k, journal: lesson.journal)
        state.highlighted = nil
        let replaced = replace(world, &lesson, &state)
        state.player.lesson = lesson
        return [replaced] + enter(&state)
    }
}

extension Player {
    /// Straight to the end of the lesson (its last step replayed headless): for tests and
    /// for checking a lesson's closing screen.
    public static func jumpToEnd(_ state: inout AppState) -> [Effect] {
        guard let count = state.player.lesson?.steps.count else { return [] }
        return jump(to: count, &state)
    }
}
