import Lessons
import RaftRuntime
import Screen

/// How Screen's effects reach the runtime and the runtime's snapshots reach Screen: one
/// mapping, shared by the live loop and the player's tests (so they test what runs).
public enum RuntimeBridge {
    /// The runtime command for a control key.
    public static func command(_ control: Control) -> RuntimeCommand {
        switch control {
        case .togglePause: .togglePause
        case .stepEvent: .stepEvent
        case .faster: .faster
        case .slower: .slower
        case .back: .back
        case .forward: .forward
        }
    }

    /// The runtime's goal for a lesson goal: conditions are evaluated as headless steps do.
    public static func goal(_ goal: LessonGoal) -> Goal {
        switch goal {
        case .after(let ms): .after(ms: ms)
        case let .within(condition, limit): .within({ ConditionEvaluator($0).holds(condition) }, limit: limit)
        }
    }

    /// What the screen sees of a snapshot; the lesson player also needs the log, serial and goal.
    public static func live(_ snapshot: RuntimeSnapshot, lesson: Bool) -> LiveStatus {
        var live = LiveStatus(world: snapshot.world, events: Array(snapshot.events), paused: snapshot.paused,
                              speed: snapshot.speed, inPast: snapshot.inPast)
        guard lesson else { return live }
        live.log = snapshot.log.map { SessionRecord.Command(time: $0.time, command: $0.command) }
        live.serial = snapshot.serial
        live.goalActive = snapshot.hasGoal
        live.goalReached = snapshot.goalResult.map { $0 == .reached }
        return live
    }
}
