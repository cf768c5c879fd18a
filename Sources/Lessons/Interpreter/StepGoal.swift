/// Where a step stops the world (scenario format, `steps`): `run` at a time; `wait`, `expect`
/// and `task` at the first event after which their condition holds, or at their deadline.
/// The one definition of how the world moves toward a step, used by headless runs, live
/// lessons and their exact replays alike.
public enum StepGoal: Sendable, Equatable {
    case time(Int)
    case condition(Condition, deadline: Int)
    /// A live task once the learner has acted: its condition, without a deadline, and the
    /// `when` of each wrong turn, any of which stops it first (issue 11).
    case task(Condition, wrongTurns: [Condition])

    /// How a goal ended: a task may end at a wrong turn (its index).
    public enum Result: Sendable, Equatable { case reached, timedOut, wrongTurn(Int) }

    /// A task waits for its condition without a limit (a replay's task held live, so it holds).
    public static let noLimit = Int.max

    /// The goal of `step`, made absolute after every event due now (as a headless step runs);
    /// nil for a step that does not stop the world.
    public static func of(_ step: Step, _ world: inout ClusterWorld) -> StepGoal? {
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
            return .condition(task.until, deadline: noLimit)
        default:
            return nil
        }
    }

    /// A task's goal: its condition, with no deadline.
    public var unlimited: Bool {
        switch self {
        case .condition(_, Self.noLimit), .task: true
        default: false
        }
    }

    /// A task's result now: its condition first, else the first wrong turn that holds.
    static func taskResult(_ world: ClusterWorld, _ until: Condition, _ turns: [Condition]) -> Result? {
        let now = ConditionEvaluator(world)
        if now.holds(until) { return .reached }
        return turns.firstIndex { now.holds($0) }.map { .wrongTurn($0) }
    }

    /// The result when the goal is set: a condition that holds, a time already reached, or a
    /// deadline already due (`expect`); nil when the world must move first.
    public func atOnce(_ world: ClusterWorld) -> Result? {
        switch self {
        case .time(let t): return world.now >= t ? .reached : nil
        case let .condition(c, deadline):
            if ConditionEvaluator(world).holds(c) { return .reached }
            return world.now >= deadline ? .timedOut : nil
        case let .task(c, turns): return Self.taskResult(world, c, turns)
        }
    }

    /// Moves the world toward the goal by at most `ms`; the result once it ended.
    public func advance(_ world: inout ClusterWorld, by ms: Int) -> Result? {
        advance(&world, until: ms >= Int.max - world.now ? Int.max : world.now + ms)
    }

    /// Moves the world toward the goal, no later than time `end`; the condition is checked
    /// first and after each event, as a headless `wait` does.
    public func advance(_ world: inout ClusterWorld, until end: Int) -> Result? {
        switch self {
        case .time(let t):
            world.run(for: max(0, min(end, t) - world.now))
            return world.now >= t ? .reached : nil
        case let .condition(c, deadline):
            let stop = min(end, deadline)
            if world.wait(limit: max(0, stop - world.now), until: { ConditionEvaluator($0).holds(c) }) { return .reached }
            return world.now >= deadline ? .timedOut : nil
        case let .task(c, turns):
            var result: Result?
            _ = world.wait(limit: max(0, end - world.now)) { world in
                result = Self.taskResult(world, c, turns)
                return result != nil
            }
            return result
        }
    }

    /// The same, a simulated second at a time, with `between` after each second (to show or
    /// let go of the events so far): a day-long step holds no more than a second of them.
    /// Stops, with nil, if the world overloads (`RunLimits`).
    public func advance(_ world: inout ClusterWorld, until end: Int, bySeconds between: (inout ClusterWorld) -> Void) -> Result? {
        while world.overload == nil {
            let stop = end - world.now > 1000 ? world.now + 1000 : end
            let result = advance(&world, until: stop)
            between(&world)
            if result != nil || stop == end { return result }
        }
        return nil
    }

    /// `.` while paused: the next event, never past the goal.
    public func step(_ world: inout ClusterWorld) -> Result? {
        switch self {
        case .time(let t):
            if let next = world.nextEventTime, next <= t { world.step() } else { world.run(for: max(0, t - world.now)) }
            return world.now >= t ? .reached : nil
        case let .condition(c, deadline):
            if let next = world.nextEventTime, next <= deadline {
                world.step()
                return ConditionEvaluator(world).holds(c) ? .reached : nil
            }
            guard deadline != Self.noLimit else { return nil }
            world.run(for: max(0, deadline - world.now))
            return .timedOut
        case let .task(c, turns):
            guard world.nextEventTime != nil else { return nil }
            world.step()
            return Self.taskResult(world, c, turns)
        }
    }
}
