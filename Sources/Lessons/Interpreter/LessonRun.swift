import Picture

/// A lesson played live (the lesson player, in the runtime beside the world) or replayed
/// exactly (`b` and `g`): it walks the scenario's steps against a world. Actions and scenes
/// go straight on; `run`, `wait`, `expect` and `task` set a goal (`StepGoal`) that the world
/// moves toward as time passes; `say` and `quiz` wait for the reader, a task for the learner,
/// whose commands it logs with their times so a replay plays them again. The headless
/// runner (`ScenarioRunner`) plays the same steps with the same goals.
public struct LessonRun: Sendable {
    /// The lesson's id (its progress key), number and scenario.
    public let id: String
    public let number: Int?
    public let scenario: Scenario
    /// The current step, 0-based; `steps.count` once the lesson has ended.
    public internal(set) var index = 0
    public internal(set) var phase: Phase = .entering
    /// The cluster of the current scene (node names for steps and keys).
    public internal(set) var cluster: ClusterSpec
    /// Where the world stops next.
    public internal(set) var goal: StepGoal?
    /// The learner's own commands and the tasks they did, by step: what a replay plays.
    public internal(set) var journal = Journal()
    /// The choice picked in each quiz, by step.
    var answers: [Int: Int] = [:]
    /// The last `scene` passed since the learner last went on: its banner shows.
    public internal(set) var scene: Int?
    public internal(set) var note: LessonNote?
    /// Set when a step replaced the world (a scene): the host starts its history again.
    public internal(set) var replacedWorld = false

    public init(id: String, number: Int?, scenario: Scenario) {
        self.id = id
        self.number = number
        self.scenario = scenario
        cluster = scenario.cluster
    }

    public var steps: [StepAt] { scenario.steps }
    /// The current step, nil at the end.
    public var step: Step? { index < steps.count ? steps[index].step : nil }
    public var ended: Bool { index >= steps.count }

    /// What the current step is doing.
    public enum Phase: Sendable, Equatable {
        /// Not entered yet.
        case entering
        /// A `say`: the text shows and the world holds until the reader goes on.
        case narrating
        /// A `run`, `wait` or `expect`: the world runs to the step's goal.
        case running
        /// A `task`: waiting for its condition.
        case task(TaskProgress)
        /// A `quiz`: open, then answered.
        case quiz(chosen: Int?)
        /// A `wait` or `expect` that did not hold.
        case failed(FailureReport)
        case ended
    }

    /// What the learner did in the steps of one timeline.
    public struct Journal: Sendable, Equatable {
        /// The learner's commands in each step (0-based), at the times they were applied.
        public var commands: [Int: [SessionRecord.Command]] = [:]
        /// The tasks the learner did live (the others replay by their solution).
        public var played: Set<Int> = []
        /// Tasks the learner did live that replay by their solution, as a later step needed
        /// (issue 11: nothing after a task fails because of how the learner did it).
        public var realigned: Set<Int> = []

        public init(commands: [Int: [SessionRecord.Command]] = [:], played: Set<Int> = [], realigned: Set<Int> = []) {
            self.commands = commands
            self.played = played
            self.realigned = realigned
        }

        /// Only what happened before step `index`.
        public func before(_ index: Int) -> Journal {
            Journal(commands: commands.filter { $0.key < index }, played: played.filter { $0 < index },
                    realigned: realigned.filter { $0 < index })
        }
    }

    /// Whether the world should run now: toward a goal, unless a task waits for the learner.
    public var wantsToRun: Bool {
        guard goal != nil else { return false }
        if case .task(let task) = phase { return !task.held }
        return true
    }

    // MARK: - Steps

    /// Plays steps from the current one until one waits: for the reader (`say`, `quiz`), the
    /// learner (`task`) or the world (`run`, `wait`, `expect`); actions and scenes go on.
    public mutating func enter(_ world: inout ClusterWorld) {
        // A note about the step just left ("running to the next step") would contradict the next.
        if note == .running || note == .keysWhileRunning || note == .waitsForYou { note = nil }
        while let step {
            switch step {
            case .say:
                phase = .narrating
                return
            case .quiz:
                phase = .quiz(chosen: nil)
                return
            case .task(let task):
                phase = .task(TaskProgress(held: LessonHints.actions(task) > 0))
                if !setGoal(step, &world) { return }
            case .run, .wait, .expect:
                phase = .running
                if !setGoal(step, &world) { return }
            case .scene(let spec):
                cluster = spec
                scene = index
                world = ClusterWorld(spec)
                replacedWorld = true
                index += 1
            case .command(let command):
                world.apply(command)
                index += 1
            }
        }
        phase = .ended
        goal = nil
    }

    /// Sets the step's goal; returns whether it ended at once and the lesson went past it.
    mutating func setGoal(_ step: Step, _ world: inout ClusterWorld) -> Bool {
        goal = StepGoal.of(step, &world)
        guard let goal, let result = goal.atOnce(world) else { return false }
        return finish(result, &world)
    }

    /// The goal ended: a reached goal goes on to the next step (a task counts as done by the
    /// learner); a task at a wrong turn stops there; one that timed out fails the step, unless
    /// replaying the scene's tasks by their solutions lets it go on (`realign`). Returns
    /// whether the lesson went on.
    @discardableResult
    mutating func finish(_ result: StepGoal.Result, _ world: inout ClusterWorld) -> Bool {
        goal = nil
        switch result {
        case .reached: break
        case .wrongTurn(let turn):
            stop(atWrongTurn: turn)
            return false
        case .timedOut:
            if let wentOn = realign(&world) { return wentOn }
            if note == .trap(.realigned) { note = nil }
            phase = .failed(failure(world))
            return false
        }
        if case .task = phase { journal.played.insert(index) }
        index += 1
        return true
    }

    /// What a failed `wait` or `expect` expected and found, in words.
    func failure(_ world: ClusterWorld) -> FailureReport {
        let text = step.map { StepWords.title($0, names: cluster.names) } ?? Phrase("")
        switch step {
        case .wait(let c)?:
            return FailureReport(step: text, found: ConditionWords.findings(c, in: world).map(\.lines),
                                 waited: c.within ?? Condition.defaultWithin)
        case .expect(let c)?:
            return FailureReport(step: text, found: ConditionWords.findings(c, in: world).map(\.lines), waited: nil)
        default:
            return FailureReport(step: text, found: [], waited: nil)
        }
    }

    // MARK: - Time

    /// Moves the world toward the goal by at most `ms` simulated ms; once it ends, the lesson
    /// goes on to the steps after it.
    public mutating func advance(_ world: inout ClusterWorld, by ms: Int) {
        guard let goal, let result = goal.advance(&world, by: ms) else { return }
        if finish(result, &world) { enter(&world) }
    }

    /// `.` while paused: the next event, never past the goal.
    public mutating func stepEvent(_ world: inout ClusterWorld) {
        guard let goal, let result = goal.step(&world) else { return }
        if finish(result, &world) { enter(&world) }
    }

    /// Wall time passing (a task's hint shows after `TaskProgress.hintAfter`).
    public mutating func elapse(wallMs: Double) {
        guard case .task(var task) = phase, task.hint == false else { return }
        task.wallMs += wallMs
        if task.wallMs >= TaskProgress.hintAfter * 1000 { task.hint = true }
        phase = .task(task)
    }

    /// Whether a task's hint shows.
    public var hintShown: Bool {
        if case .task(let task) = phase { task.hint } else { false }
    }

    /// The host has started its history over after a replaced world.
    public mutating func worldTaken() { replacedWorld = false }
}

/// A task in progress.
public struct TaskProgress: Sendable, Equatable {
    /// Whether the world waits for the learner's first actions (it holds, as the headless
    /// solution acts at once; it runs once the learner has given as many commands as the
    /// solution has, or pressed Space).
    public var held: Bool
    /// World commands the learner gave in this task.
    public var actions = 0
    /// Solution steps whose values the learner's keys already took.
    public var used: Set<Int> = []
    /// Whether Enter already did the solution steps that have no key.
    public var keylessDone = false
    /// Wall time spent in the task, and whether the hint shows.
    public var wallMs = 0.0
    public var hint = false
    /// The wrong turn the learner took (its index in the task's `wrong_turns`): the world
    /// stopped there until `u` (issue 11).
    public var wrongTurn: Int?

    public init(held: Bool) { self.held = held }

    /// The wall seconds after which the hint shows (issue 5).
    public static let hintAfter = 30.0
}
