import RaftSim

/// Where a lesson's `run` or `wait` step stops the running world: at a time, or at the first
/// event after which a condition holds (checked after each event, as headless `wait` does).
public enum Goal: Sendable {
    case until(time: Int)
    case condition(@Sendable (World) -> Bool, deadline: Int)
}

/// How a goal ended.
public enum GoalResult: Sendable, Equatable {
    case reached
    /// The condition did not hold by the deadline.
    case timedOut
}

extension RuntimeCore {
    /// Sets (or clears) the goal; the next advances stop there.
    public mutating func setGoal(_ goal: Goal?) {
        self.goal = goal
        goalResult = nil
        if case .condition(let holds, _) = goal, holds(world) { finishGoal(.reached) }
        version += 1
    }

    /// Moves the world on by `ms` simulated ms, stopping early at the goal.
    mutating func move(by ms: Int) {
        guard let goal else { return world.run(for: ms) }
        switch goal {
        case .until(let time):
            world.run(for: max(0, min(world.now + ms, time) - world.now))
            if world.now >= time { finishGoal(.reached) }
        case let .condition(holds, deadline):
            let end = min(world.now + ms, deadline)
            if world.wait(limit: max(0, end - world.now), until: holds) {
                finishGoal(.reached)
            } else if world.now >= deadline {
                finishGoal(.timedOut)
            }
        }
    }

    mutating func finishGoal(_ result: GoalResult) {
        goal = nil
        goalResult = result
        carry = 0
    }

    /// Replaces the world (a lesson's `scene`, or a replay to an earlier step); history,
    /// the command log and recent events start again.
    public mutating func replace(world newWorld: World) {
        var fresh = newWorld
        fresh.recording = true
        world = fresh
        log = []
        events = []
        history = History()
        goal = nil
        goalResult = nil
        carry = 0
        absorbEvents()
        history.record(world, logCount: 0)
        version += 1
    }
}
