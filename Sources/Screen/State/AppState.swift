import Lessons
import RaftCore
import RaftSim

/// What the runtime last published, as the screen sees it.
public struct LiveStatus: Sendable {
    public var world: RaftWorld
    /// Recent events, oldest first.
    public var events: [SimEvent<RaftEngine>]
    public var paused: Bool
    public var speed: Double
    /// Viewing a checkpoint in the past (`[`), not the live state.
    public var inPast: Bool
    /// For the lesson player: the runtime's command log since its world was last replaced,
    /// how many goals and replacements it has taken (its serial), whether a goal is set, and
    /// how the last one ended (true reached, false timed out, nil none yet).
    public var log: [SessionRecord.Command]
    public var serial: Int
    public var goalActive: Bool
    public var goalReached: Bool?

    public init(world: RaftWorld, events: [SimEvent<RaftEngine>] = [], paused: Bool = false, speed: Double = 0.02, inPast: Bool = false,
                log: [SessionRecord.Command] = [], serial: Int = 0, goalActive: Bool = false, goalReached: Bool? = nil) {
        self.world = world
        self.events = events
        self.paused = paused
        self.speed = speed
        self.inPast = inPast
        self.log = log
        self.serial = serial
        self.goalActive = goalActive
        self.goalReached = goalReached
    }
}

/// An overlay over the main view; Esc closes it.
public enum Overlay: Sendable, Equatable {
    case help
    /// The options panel, with the row under the cursor.
    case options(row: Int)
    case explain
    case inspect
}

/// The one owner of UI state (Elm architecture: `update` changes it, `render` draws it).
public struct AppState: Sendable {
    public var live: LiveStatus
    public var lang: Lang
    public var seed: UInt64
    /// The lesson title, or nil in the sandbox.
    public var title: String?
    /// Whether the terminal shows colours (false under NO_COLOR or without colour support).
    public var colors: Bool
    public var width = 80
    public var height = 24
    public var selected: NodeID = 0
    public var overlay: Overlay?
    /// The link whose oldest message is highlighted (`m`), as (from, to).
    public var highlighted: (from: NodeID, to: NodeID)?
    public var diagram = false
    /// Event lines scrolled back from the newest (PgUp / PgDn).
    public var eventsScroll = 0
    /// Log columns scrolled right (`<` / `>`); nil follows the end of the logs.
    public var logScroll: Int?
    /// How many writes the `w` keys have made (their values are `a=1`, `b=2`, ...).
    public var writes = 0
    /// The lesson player and the lesson menu (both nil in the sandbox).
    public var player = PlayerState()

    public init(live: LiveStatus, lang: Lang = .en, seed: UInt64 = 1, title: String? = nil, colors: Bool = true) {
        self.live = live
        self.lang = lang
        self.seed = seed
        self.title = title
        self.colors = colors
    }

    public var world: RaftWorld { live.world }
    public var nodeCount: Int { live.world.size }
}

/// A key the screen understands.
public enum Key: Sendable, Equatable {
    case char(Character)
    case enter, escape, tab, backTab, up, down, left, right, pageUp, pageDown, backspace
}

/// Something that happened to the UI.
public enum Input: Sendable {
    case key(Key)
    /// A mouse click at a cell.
    case click(x: Int, y: Int)
    case resize(width: Int, height: Int)
    /// The runtime published a new state.
    case live(LiveStatus)
    /// Wall-clock seconds (monotonic), for what waits on real time (a task's hint).
    case tick(Double)
}

/// Runtime controls that are not world commands.
public enum Control: Sendable, Equatable {
    case togglePause, stepEvent, faster, slower, back, forward
}

/// What `update` asks the main loop to do.
public enum Effect: Sendable, Equatable {
    case command(RaftWorld.Command)
    case control(Control)
    /// What the lesson player asks of the runtime and the progress file.
    case lesson(LessonEffect)
    case quit
}
