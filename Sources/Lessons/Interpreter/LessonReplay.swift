import RaftCore
import RaftSim

/// Rebuilds the world of a live lesson at the start of a step (`b` and `g` in the lesson
/// player), exactly: from the scenario's cluster (or the last `scene` before the step), each
/// earlier step played as the live player plays it, with the learner's own commands of that
/// step at the simulated times the runtime logged them, and a task the learner did not do by
/// its solution, as headless.
public enum LessonReplay {
    /// What the learner did in the steps of one live timeline.
    public struct Journal: Sendable, Equatable {
        /// The learner's commands in each step (0-based), at the times they were applied.
        public var commands: [Int: [SessionRecord.Command]] = [:]
        /// The tasks the learner did live (the others replay by their solution).
        public var played: Set<Int> = []

        public init(commands: [Int: [SessionRecord.Command]] = [:], played: Set<Int> = []) {
            self.commands = commands
            self.played = played
        }

        /// Only what happened before step `index`.
        public func before(_ index: Int) -> Journal {
            Journal(commands: commands.filter { $0.key < index }, played: played.filter { $0 < index })
        }
    }

    /// The world at the start of step `index` (0-based; `steps.count` is the end).
    public static func world(_ scenario: Scenario, at index: Int, journal: Journal = Journal(),
                             monitor: Bool = true) -> RaftWorld {
        let steps = scenario.steps
        let end = min(max(0, index), steps.count)
        var start = 0
        var world = WorldBuilder.world(scenario.cluster, monitor: monitor)
        if let scene = steps[..<end].lastIndex(where: { if case .scene = $0.step { true } else { false } }),
           case .scene(let spec) = steps[scene].step {
            world = WorldBuilder.world(spec, monitor: monitor)
            start = scene + 1
        }
        for k in start..<end {
            let step = steps[k].step
            if case .task(let task) = step, !journal.played.contains(k) {
                solve(task, &world)
                continue
            }
            play(step, learner: journal.commands[k] ?? [], &world)
        }
        return world
    }

    /// The cluster in force at the start of step `index`: the last `scene` before it, else the scenario's.
    public static func cluster(_ scenario: Scenario, at index: Int) -> ClusterSpec {
        for step in scenario.steps.prefix(max(0, index)).reversed() {
            if case .scene(let spec) = step.step { return spec }
        }
        return scenario.cluster
    }

    /// Where a live step stops the world: `run` at a time, `wait`, `expect` and `task` when
    /// their condition holds or at their deadline.
    enum Stop {
        case time(Int)
        case condition(Condition, deadline: Int)
    }

    /// The goal the live player sets for a step, made absolute at the world's time (after
    /// the events due then, as the runtime does); nil for a step without one.
    static func stop(for step: Step, _ world: inout RaftWorld) -> Stop? {
        switch step {
        case .run(let ms):
            world.run(for: 0)
            return .time(world.now + max(0, ms))
        case .wait(let c):
            world.run(for: 0)
            return .condition(c, deadline: world.now + (c.within ?? Condition.defaultWithin))
        case .expect(let c):
            world.run(for: 0)
            return .condition(c, deadline: world.now)
        case .task(let task):
            world.run(for: 0)
            return .condition(task.until, deadline: world.now + taskLimit)
        default:
            return nil
        }
    }

    /// How long a replayed task may wait for its condition (it held live, so it holds here).
    static let taskLimit = 3_600_000

    /// One step as the live player plays it, with the learner's commands of the step.
    static func play(_ step: Step, learner: [SessionRecord.Command], _ world: inout RaftWorld) {
        if case .scene(let spec) = step {
            let recording = world.recording
            world = WorldBuilder.world(spec, monitor: world.monitor != nil)
            world.recording = recording
        } else if let command = StepCommands.command(for: step, names: world.names) {
            world.apply(command)
        }
        let stop = self.stop(for: step, &world)
        var over = stop.map { reached($0, world) } ?? true
        for item in learner {
            if !over, let stop { over = advance(stop, to: item.time, &world) }
            if world.now < item.time { world.run(for: item.time - world.now) }
            world.apply(item.command)
        }
        if !over, let stop { _ = advance(stop, to: Int.max, &world) }
    }

    /// Whether the stop is reached now (a condition holds, or its deadline has come).
    static func reached(_ stop: Stop, _ world: RaftWorld) -> Bool {
        switch stop {
        case .time(let t): world.now >= t
        case let .condition(c, deadline): ConditionEvaluator(world).holds(c) || world.now >= deadline
        }
    }

    /// Moves toward the stop, no later than `time`; returns whether the stop was reached. The
    /// condition is checked first and after each event, as the runtime's goals do.
    static func advance(_ stop: Stop, to time: Int, _ world: inout RaftWorld) -> Bool {
        switch stop {
        case .time(let t):
            world.run(for: max(0, min(time, t) - world.now))
            return world.now >= t
        case let .condition(c, deadline):
            let end = min(time, deadline)
            if world.wait(limit: max(0, end - world.now), until: { ConditionEvaluator($0).holds(c) }) { return true }
            return world.now >= deadline
        }
    }

    /// A task nobody did live: its solution, then its condition within 5000 ms (headless).
    static func solve(_ task: TaskSpec, _ world: inout RaftWorld) {
        world.run(for: 0)
        for item in task.solution { play(item.step, learner: [], &world) }
        _ = world.wait(limit: Condition.defaultWithin) { ConditionEvaluator($0).holds(task.until) }
    }
}
