import RaftCore
import RaftSim

/// Plays a scenario's steps against a world, headless (scenario format, `steps`): the
/// interpreter behind `raftlab check`, `raftlab run`, the fuzzer and the tests. Steps stop
/// the world where `StepGoal` says, as a live lesson (`LessonRun`) stops it.
public struct ScenarioRunner: Sendable {
    public let scenario: Scenario
    public internal(set) var world: ClusterWorld
    /// The nodes of the current scene, by name.
    public internal(set) var cluster: ClusterSpec
    let monitor: Bool

    /// What a run shows: the world's events, narration and the steps themselves.
    public enum Line: Sendable {
        case event(ClusterEvent)
        case say(LocalizedText)
        case action(number: Int, step: Step)
        case task(LocalizedText)
        case solution(Step)
        case quiz(QuizSpec)
        case scene(ClusterSpec)
        case held(number: Int, step: Step)
    }

    public init(_ scenario: Scenario, monitor: Bool = true, recording: Bool = true) {
        self.scenario = scenario
        self.monitor = monitor
        cluster = scenario.cluster
        world = Self.world(scenario.cluster, monitor: monitor)
        world.recording = recording
    }

    /// The world `spec` builds at time 0, with the monitor on or off.
    static func world(_ spec: ClusterSpec, monitor: Bool) -> ClusterWorld {
        var spec = spec
        spec.monitor = monitor
        var world = ClusterWorld(spec)
        world.limits = .headless
        return world
    }

    /// Runs every step; stops at the first failed `wait`, `expect` or task.
    public mutating func run(_ show: (Line, ClusterWorld) -> Void = { _, _ in }) -> RunFailure? {
        flush(show)
        for (k, step) in scenario.steps.enumerated() {
            if let failure = play(step, number: k + 1, show) { return failure }
        }
        return nil
    }

    /// Plays one top-level step (1-based `number`), then shows what happened.
    public mutating func play(_ at: StepAt, number: Int, _ show: (Line, ClusterWorld) -> Void) -> RunFailure? {
        world.run(for: 0)  // steps run after every event due at or before now
        flush(show)
        let miss = perform(at.step, number: number, show)
        flush(show)
        guard let miss = world.overload.map(Self.stopped) ?? miss else { return nil }
        return RunFailure(step: number, line: at.line, stepName: at.step.name, time: world.now, mismatch: miss)
    }

    /// Does one step; returns what was expected and found when it fails.
    mutating func perform(_ step: Step, number: Int, _ show: (Line, ClusterWorld) -> Void) -> String? {
        switch step {
        case .say(let text): show(.say(text), world)
        case .quiz(let quiz): show(.quiz(quiz), world)
        case .task(let task): return performTask(task, show)
        case .scene(let spec):
            cluster = spec
            let recording = world.recording
            world = Self.world(spec, monitor: monitor)
            world.recording = recording
            show(.scene(spec), world)
        case .wait(let condition):
            show(.action(number: number, step: step), world)
            if let goal = StepGoal.of(step, &world), reach(goal, show) != .reached {
                flush(show)
                let found = ConditionEvaluator(world).mismatches(condition).joined(separator: "; ")
                return "\(found) (waited \(condition.within ?? Condition.defaultWithin) ms)"
            }
            flush(show)
            show(.held(number: number, step: step), world)
        case .expect(let condition):
            if StepGoal.of(step, &world)?.atOnce(world) != .reached {
                return ConditionEvaluator(world).mismatches(condition).joined(separator: "; ")
            }
            show(.held(number: number, step: step), world)
        case .run(let ms):
            show(.action(number: number, step: step), world)
            if ms > 0, let goal = StepGoal.of(step, &world) { _ = reach(goal, show) }
        case .command(let command):
            show(.action(number: number, step: step), world)
            world.apply(command)
        }
        return nil
    }

    /// Headless, a task's solution runs; its condition must then hold within 5000 ms, before
    /// any of its wrong turns does. Each wrong turn's example must first lead to it.
    mutating func performTask(_ task: TaskSpec, _ show: (Line, ClusterWorld) -> Void) -> String? {
        show(.task(task.say), world)
        if let miss = checkExamples(task) { return miss }
        for item in task.solution {
            world.run(for: 0)
            flush(show)
            show(.solution(item.step), world)
            if let miss = perform(item.step, number: 0, show) { return miss }
            flush(show)
        }
        let limit = Condition.defaultWithin
        switch StepGoal.task(task.until, wrongTurns: task.wrongTurns.map(\.when)).advance(&world, by: limit) {
        case .reached?: return nil
        case .wrongTurn(let turn)?: return "the solution leads into wrong turn \(turn + 1) (its `when` holds before `until`)"
        case .timedOut?, nil: break
        }
        let found = ConditionEvaluator(world).mismatches(task.until).joined(separator: "; ")
        return "task not done: \(found) (waited \(limit) ms after its solution)"
    }

    /// Each wrong turn's `example`, played from the task's start on a copy of the world, must
    /// make its `when` hold within 5000 ms while the task's `until` does not (issue 11).
    func checkExamples(_ task: TaskSpec) -> String? {
        for (k, turn) in task.wrongTurns.enumerated() where !turn.example.isEmpty {
            var fork = self
            fork.world.recording = false
            for item in turn.example {
                fork.world.run(for: 0)
                if let miss = fork.perform(item.step, number: 0, { _, _ in }) {
                    return "wrong turn \(k + 1)'s example fails: \(miss)"
                }
            }
            let limit = Condition.defaultWithin
            var done = false
            let reached = fork.world.wait(limit: limit) { world in
                let now = ConditionEvaluator(world)
                done = now.holds(task.until)
                return done || now.holds(turn.when)
            }
            if done { return "wrong turn \(k + 1)'s example does the task instead of leading to the wrong turn" }
            if !reached {
                let found = ConditionEvaluator(fork.world).mismatches(turn.when).joined(separator: "; ")
                return "wrong turn \(k + 1)'s example does not lead to it: \(found) (waited \(limit) ms)"
            }
        }
        return nil
    }

    /// Moves the world to `goal` a simulated second at a time, showing the events as they come,
    /// so a long step never holds more than a second of them; stops if the world overloads.
    mutating func reach(_ goal: StepGoal, _ show: (Line, ClusterWorld) -> Void) -> StepGoal.Result {
        if let result = goal.atOnce(world) { return result }
        return goal.advance(&world, until: Int.max) { Self.flush(&$0, show) } ?? .timedOut
    }

    /// Why a run stopped short of its steps.
    static func stopped(_ overload: Overload) -> String {
        switch overload {
        case .inFlight(let limit): "the run stopped: over \(limit) messages and client retries on their way at once"
        case .events(let limit): "the run stopped: it handled \(limit) events, the most a headless run may"
        case .writes(let limit): "the run stopped: it would send more than \(limit) client writes"
        }
    }

    mutating func flush(_ show: (Line, ClusterWorld) -> Void) {
        Self.flush(&world, show)
    }

    static func flush(_ world: inout ClusterWorld, _ show: (Line, ClusterWorld) -> Void) {
        guard world.recording, world.hasEvents else { return }
        for event in world.takeEvents() { show(.event(event), world) }
    }
}

/// Where and why a scenario failed: `step N (line L): what was expected, what was found`.
public struct RunFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var step: Int
    public var line: Int
    public var stepName: String
    public var time: Int
    public var mismatch: String
    public var description: String { "step \(step) (line \(line)): \(stepName): \(mismatch)" }
}
