import Picture

/// Going back is a replay, not a checkpoint (`b`, `g`, and resuming where the learner
/// stopped): the world is rebuilt from the cluster (or the last `scene` before the step), the
/// earlier steps played as the live lesson plays them, with the learner's own commands at
/// the times they were applied; a task the learner did not do plays its solution, as headless.
extension LessonRun {
    /// Opens the lesson at step `start` (0-based): the world replayed to it, the lesson entered.
    /// A `note` (a problem with the progress file) shows under the narration, else where it resumed.
    public static func open(id: String, number: Int?, scenario: Scenario, at start: Int = 0,
                            note: String? = nil) -> (LessonRun, ClusterWorld) {
        var run = LessonRun(id: id, number: number, scenario: scenario)
        var world = ClusterWorld(scenario.cluster)
        run.jump(to: start, &world)
        if let note { run.note = .text(note) } else if start > 0 { run.note = .resumed(StopNumbers.shown(stops(scenario), index: start).number) }
        return (run, world)
    }

    /// `b`: back to the step that waited for the learner before the current one (or the first).
    public mutating func back(_ world: inout ClusterWorld) {
        let target = steps.indices.last { $0 < index && Self.isStop(steps[$0].step) } ?? 0
        jump(to: target, &world)
    }

    /// Replays the lesson to the start of step `target` and plays on from there: the learner's
    /// commands of the steps before both the target and the current step as logged, the tasks
    /// after those by their solutions.
    public mutating func jump(to target: Int, _ world: inout ClusterWorld) {
        let k = min(max(0, target), steps.count)
        journal = journal.before(min(k, index))
        answers = answers.filter { $0.key < k }
        index = k
        cluster = Self.cluster(scenario, at: k)
        scene = k > 0 && Self.isScene(steps[k - 1].step) ? k - 1 : nil
        note = nil
        goal = nil
        phase = .entering
        world = Self.replay(scenario, to: k, journal: journal)
        replacedWorld = true
        enter(&world)
    }

    /// Whether a step waits for the learner (`say`, `task`, `quiz`): where `b` lands.
    public static func isStop(_ step: Step) -> Bool {
        switch step {
        case .say, .task, .quiz: true
        default: false
        }
    }

    /// The stop number at each step of `scenario`, as the header, the menu and the resume note show it.
    public static func stops(_ scenario: Scenario) -> [Int] { StopNumbers.at(scenario.steps.map { isStop($0.step) }) }

    static func isScene(_ step: Step) -> Bool {
        if case .scene = step { true } else { false }
    }

    /// The cluster in force at the start of step `index`: the last `scene` before it, else the scenario's.
    public static func cluster(_ scenario: Scenario, at index: Int) -> ClusterSpec {
        for step in scenario.steps.prefix(max(0, index)).reversed() {
            if case .scene(let spec) = step.step { return spec }
        }
        return scenario.cluster
    }

    /// The world at the start of step `index` (0-based; `steps.count` is the end) of a live
    /// lesson whose learner did what `journal` says.
    public static func replay(_ scenario: Scenario, to index: Int, journal: Journal = Journal(),
                              monitor: Bool = true) -> ClusterWorld {
        let steps = scenario.steps
        let end = min(max(0, index), steps.count)
        let scene = steps[..<end].lastIndex { isScene($0.step) }
        var world = ScenarioRunner.world(cluster(scenario, at: end), monitor: monitor)
        for k in (scene.map { $0 + 1 } ?? 0)..<end {
            let step = steps[k].step
            if case .task(let task) = step, !journal.played.contains(k) {
                solve(task, &world)
            } else {
                play(step, learner: journal.commands[k] ?? [], &world)
            }
            world.keepNewestEvents(keptEvents)
        }
        return world
    }

    /// The replay's events the learner sees afterwards, as many as the live view keeps.
    static let keptEvents = 2_000

    /// Moves toward `goal` until `end`, keeping only the newest events as it goes.
    static func advance(_ goal: StepGoal, _ world: inout ClusterWorld, until end: Int) -> StepGoal.Result? {
        goal.advance(&world, until: end) { $0.keepNewestEvents(keptEvents) }
    }

    /// One step as the live lesson plays it, with the learner's commands of the step at their
    /// times, moving toward the step's goal in between.
    static func play(_ step: Step, learner: [SessionRecord.Command], _ world: inout ClusterWorld) {
        if case .command(let command) = step { world.apply(command) }
        let goal = StepGoal.of(step, &world)
        var over = goal.map { $0.atOnce(world) != nil } ?? true
        for item in learner {
            if !over, let goal { over = advance(goal, &world, until: item.time) != nil }
            if world.now < item.time { world.run(for: item.time - world.now) }
            world.apply(item.command)
        }
        if !over, let goal { _ = advance(goal, &world, until: goal.unlimited ? world.now + replayLimit : Int.max) }
    }

    /// How long a replayed task may wait for its condition (it held live, so it holds here).
    static let replayLimit = 3_600_000

    /// A task nobody did live: its solution, then its condition within 5000 ms (headless).
    static func solve(_ task: TaskSpec, _ world: inout ClusterWorld) {
        world.run(for: 0)
        for item in task.solution { play(item.step, learner: [], &world) }
        _ = world.wait(limit: Condition.defaultWithin) { ConditionEvaluator($0).holds(task.until) }
    }
}
