import RaftCore
import RaftSim

/// Where a lesson's `run` or `wait` step stops the running world: at a time, or at the first
/// event after which a condition holds (checked after each event, as headless `wait` does).
public enum Goal: Sendable {
    case until(time: Int)
    case condition(@Sendable (RaftWorld) -> Bool, deadline: Int)
    /// A lesson's `run: MS`: MS ms from the time the goal is set (after the events due then, as
    /// a headless step runs); becomes `.until`.
    case after(ms: Int)
    /// A lesson's `wait`, `expect` (limit 0) or `task` (no limit): the condition, within `limit`
    /// ms of the time the goal is set (after the events due then); becomes `.condition`.
    case within(@Sendable (RaftWorld) -> Bool, limit: Int?)
}

/// How a goal ended.
public enum GoalResult: Sendable, Equatable {
    case reached
    /// The condition did not hold by the deadline.
    case timedOut
}

extension RuntimeCore {
    /// Sets (or clears) the goal; the next advances stop there, and a reached goal pauses the
    /// world (so it never runs ahead of a lesson). `running` resumes the world unless the goal
    /// is already over. Every call counts in `serial`.
    public mutating func setGoal(_ goal: Goal?, running: Bool = false) {
        serial += 1
        goalResult = nil
        var relative = false
        switch goal {
        case .after(let ms):
            relative = true
            settleNow()
            self.goal = .until(time: world.now + max(0, ms))
        case let .within(holds, limit):
            relative = true
            settleNow()
            self.goal = .condition(holds, deadline: limit.map { world.now + max(0, $0) } ?? Int.max)
        default:
            self.goal = goal
        }
        switch self.goal {
        case .condition(let holds, let deadline):
            if holds(world) {
                finishGoal(.reached)
            } else if relative && world.now >= deadline {
                finishGoal(.timedOut)  // `expect`: it had to hold now
            }
        case .until(let time) where relative && world.now >= time: finishGoal(.reached)  // `run: 0`
        default: break
        }
        if running && self.goal != nil { resume() }
        version += 1
    }

    /// Handles every event due at or before now, as a headless step does first.
    mutating func settleNow() {
        if history.inPast { leavePast() }
        world.run(for: 0)
        absorbEvents()
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
        case .after, .within:
            world.run(for: ms)  // never stored: setGoal makes them absolute
        }
    }

    mutating func finishGoal(_ result: GoalResult) {
        goal = nil
        goalResult = result
        carry = 0
        paused = true
    }

    /// While paused with a goal (`.`): the next event, but never past the goal.
    mutating func stepTowardGoal() {
        switch goal {
        case .until(let time):
            if let next = world.nextEventTime, next <= time { world.step() } else { world.run(for: max(0, time - world.now)) }
            if world.now >= time { finishGoal(.reached) }
        case let .condition(holds, deadline):
            if let next = world.nextEventTime, next <= deadline {
                world.step()
                if holds(world) { finishGoal(.reached) }
            } else if deadline != Int.max {
                world.run(for: max(0, deadline - world.now))
                finishGoal(.timedOut)
            }
        default:
            world.step()
        }
    }

    /// Replaces the world (a lesson's `scene`, or a replay to an earlier step); history,
    /// the command log and recent events start again. Counts in `serial`.
    public mutating func replace(world newWorld: RaftWorld) {
        var fresh = newWorld
        fresh.recording = true
        world = fresh
        log = []
        events = []
        history = History()
        serial += 1
        goal = nil
        goalResult = nil
        carry = 0
        absorbEvents()
        history.record(world, logCount: 0)
        version += 1
    }
}
