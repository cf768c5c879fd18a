import Lessons
import Picture
import RaftSim

/// What the UI (or a test) asks of the running world.
public enum RuntimeCommand: Sendable, Equatable {
    /// A key's request, as the screen names it: the runtime makes it a world command (or gives
    /// it to the running lesson).
    case action(Action)
    /// Something done to the world as it is; logged with its simulated time, so a run replays.
    case world(ClusterCommand)
    case pause, resume, togglePause
    /// While paused: handle the next event only (in a lesson, never past the step's goal).
    case stepEvent
    case setSpeed(Double)
    case faster, slower
    /// Move the view one checkpoint back / forward through history.
    case back, forward
    /// Start a lesson at a step (0-based; its world replayed to it).
    case startLesson(LessonStart)
    /// Leave the lesson (its world stays, paused).
    case stopLesson
}

/// A lesson to start: its id (progress key), number, scenario and first step.
public struct LessonStart: Sendable, Equatable {
    public var id: String
    public var number: Int?
    public var scenario: Scenario
    public var step: Int
    /// A problem to show under the narration when it opens (the progress file's).
    public var note: String?
    public init(id: String, number: Int?, scenario: Scenario, step: Int = 0, note: String? = nil) {
        self.id = id
        self.number = number
        self.scenario = scenario
        self.step = step
        self.note = note
    }
}

/// A world command with the simulated time it was applied at.
public struct LoggedCommand: Sendable, Equatable {
    public var time: Int
    public var command: ClusterCommand
}
