import RaftCore
import RaftSim

/// What the UI asks of the running world.
public enum RuntimeCommand: Sendable, Equatable {
    /// Something done to the world; logged with its simulated time, so a run replays.
    case world(RaftWorld.Command)
    case pause, resume, togglePause
    /// While paused: handle the next event only.
    case stepEvent
    case setSpeed(Double)
    case faster, slower
    /// Move the view one checkpoint back / forward through history.
    case back, forward
}

/// A world command with the simulated time it was applied at.
public struct LoggedCommand: Sendable, Equatable {
    public var time: Int
    public var command: RaftWorld.Command
}
