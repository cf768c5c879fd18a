import Lessons
import RaftCore
import RaftSim

/// The lesson player's part of the app state: the lesson open (or the menu), the lessons
/// known, the learner's progress, and how many runtime requests it has made.
public struct PlayerState: Sendable {
    /// The lesson being played, if any.
    public var lesson: LessonState?
    /// The lesson menu, when it is open (`raftlab lesson` without a name).
    public var menu: LessonMenu?
    /// The lessons of `scenarios/`, in order (the menu, and the next lesson at the end).
    public var catalog: [LessonEntry] = []
    /// Progress by lesson id, as the progress file holds it.
    public var progress: [String: LessonProgress] = [:]
    /// Goals set and worlds replaced so far: the runtime's serial once it has seen them all.
    public var serial = 0
    /// The language of lesson text (`--lang`, else from the locale).
    public var lang = "en"

    public init() {}

    /// Whether the player owns the screen (a lesson or the menu).
    public var active: Bool { lesson != nil || menu != nil }

    /// Whether the main loop should send `.tick` at least every second although the world is
    /// paused: a task is waiting for its hint.
    public var wantsTicks: Bool {
        guard case .task(let task)? = lesson?.phase else { return false }
        return !task.hint
    }
}

/// The lesson menu: the lessons with their progress; the cursor picks one.
public struct LessonMenu: Sendable, Equatable {
    public var cursor = 0
    /// A note to show under the list (a progress file that could not be read).
    public var note: String?

    public init(cursor: Int = 0, note: String? = nil) {
        self.cursor = cursor
        self.note = note
    }
}

/// One lesson being played (architecture.md, "Screen: ... the lesson player's state").
public struct LessonState: Sendable {
    public var entry: LessonEntry
    /// The current step, 0-based; `steps.count` once the lesson has ended.
    public var index = 0
    public var phase: LessonPhase = .narrating
    /// The cluster of the current scene (node names for steps and keys).
    public var cluster: ClusterSpec
    /// The learner's own commands and the tasks they did, by step: what `b` and `g` replay.
    public var journal = LessonReplay.Journal()
    /// The choice picked in each quiz, by step.
    public var answers: [Int: Int] = [:]
    /// The last `scene` passed since the learner last went on: its banner shows.
    public var scene: Int?
    /// The step list (`g`) with its cursor, when open.
    public var stepList: Int?
    /// A step to jump to once the runtime has logged every learner command before it.
    public var pendingJump: Int?
    /// Lines the narration is scrolled down (↑ / ↓) when it does not fit.
    public var scroll = 0
    /// A short message for the learner (Enter during a task, a step resumed, a note).
    public var note: LessonNote?
    /// The world commands sent since the runtime's world was last replaced, in order: the
    /// runtime applies them in that order, so the n-th is the n-th entry of its log.
    var sent: [Sent] = []
    /// How many of `sent` have been matched with the log (learner commands get their time).
    var matched = 0
    /// The serial at which the current world replaced the last one (its log starts there).
    var segment = 0

    /// A world command the player sent: in which step, and whether the learner gave it.
    struct Sent: Sendable {
        var step: Int
        var learner: Bool
        var command: RaftWorld.Command
    }

    public init(entry: LessonEntry) {
        self.entry = entry
        cluster = entry.scenario.cluster
    }

    public var scenario: Scenario { entry.scenario }
    public var steps: [StepAt] { entry.scenario.steps }
    /// The current step, nil at the end.
    public var step: Step? { index < steps.count ? steps[index].step : nil }
    public var ended: Bool { index >= steps.count }
}

/// What the current step is doing.
public enum LessonPhase: Sendable, Equatable {
    /// A `say`: the text shows and the world is paused until Enter or `n`.
    case narrating
    /// A `run`, `wait` or `expect`: the world runs to the step's goal (request `serial`).
    case running(serial: Int)
    /// A `task`: waiting for its condition.
    case task(TaskState)
    /// A `quiz`: open, then answered.
    case quiz(chosen: Int?)
    /// A `wait` or `expect` that did not hold: what it expected and what was found.
    case failed(LessonFailure)
    /// After the last step.
    case ended
}

/// A task in progress.
public struct TaskState: Sendable, Equatable {
    /// The request whose goal is the task's condition.
    public var serial: Int
    /// The wall time (seconds) the task was first seen by a tick.
    public var started: Double?
    /// Whether the hint shows (30 s of wall time without success).
    public var hint = false
    /// Whether the world waits for the learner's first actions (it starts paused, like the
    /// headless solution acts at once; it runs once the learner has done as many commands as
    /// the solution has steps, or pressed Space).
    public var held = true
    /// RaftWorld commands the learner gave in this task.
    public var actions = 0
    /// Solution steps whose values the keys already took (`w` writes the solution's value).
    public var used: Set<Int> = []
    /// Whether Enter already did the solution steps that have no key.
    public var keylessDone = false

    public init(serial: Int) { self.serial = serial }

    /// The wall seconds after which the hint shows (issue 5).
    public static let hintAfter = 30.0
}

/// A failed `wait` or `expect`: the step, what it expected and what was found.
public struct LessonFailure: Sendable, Equatable {
    public var step: Int
    /// One line per key of the condition that did not hold ("leader: expected Saturn, found Jupiter").
    public var found: [String]
    /// For a `wait`: how long it waited (ms).
    public var waited: Int?
}

/// A message under the narration.
public enum LessonNote: Sendable, Equatable {
    /// Enter does not skip a task.
    case taskNotDone
    /// The quiz waits for a digit.
    case pickAnAnswer(Int)
    /// The world is running to the next step.
    case running
    /// Enter cannot go on past a failed step.
    case failedStep
    /// Keys that run the world wait for the reader (Space outside a task or a run).
    case waitsForYou
    /// The lesson resumed at a step (from the progress file).
    case resumed(Int)
    /// A jump waits for the runtime to log the learner's last commands.
    case replaying
    /// Any other text (a progress file problem).
    case text(String)
}

/// A goal for the runtime: where a lesson step stops the world.
public enum LessonGoal: Sendable, Equatable {
    /// `run: MS`: MS simulated ms from now.
    case after(Int)
    /// `wait` (a limit), `expect` (limit 0) or `task` (no limit): until the condition holds.
    case within(Condition, limit: Int?)
}

/// What the lesson player asks of the main loop.
public enum LessonEffect: Sendable, Equatable {
    /// Set the runtime's goal; `running` resumes the world unless the goal is already over.
    case goal(LessonGoal, running: Bool)
    /// Replace the runtime's world (a `scene`, a replay for `b` / `g`, a new lesson), paused.
    case replace(RaftWorld)
    /// Let the world run (a task's first actions are done).
    case resume
    /// Save progress: the learner reached `step` (1-based) of the lesson `id`, or its end.
    case progress(id: String, step: Int, steps: Int, finished: Bool)

    public static func == (a: LessonEffect, b: LessonEffect) -> Bool {
        switch (a, b) {
        case let (.goal(g1, r1), .goal(g2, r2)): return g1 == g2 && r1 == r2
        case let (.replace(w1), .replace(w2)):
            return w1.names == w2.names && w1.now == w2.now && w1.eventCount == w2.eventCount && w1.nodes == w2.nodes
        case (.resume, .resume): return true
        case let (.progress(i1, s1, n1, f1), .progress(i2, s2, n2, f2)): return i1 == i2 && s1 == s2 && n1 == n2 && f1 == f2
        default: return false
        }
    }
}
