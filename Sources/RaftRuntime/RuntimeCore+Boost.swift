import Lessons
import Picture
import Replication
import RaftSim

/// Fast-forward through a lesson's quiet stretches (issue 11, "No dead time"; `Boost`).
extension RuntimeCore {
    /// Whether quiet stretches run boosted: in a lesson only (the sandbox keeps the learner's speed).
    var boosting: Bool { fastForward && lesson != nil }

    /// The speed the world runs at now: the learner's times the boost.
    public var effectiveSpeed: Double { speed * Double(boosting ? boost.factor : 1) }

    /// After an advance of `wallMs`: something new brings the learner's speed back, quiet time
    /// steps the boost up. A change of factor starts the measure of the reached speed again.
    mutating func follow(quietFor wallMs: Double) {
        let now = Sighting(self)
        let somethingNew = sawSomethingNew || now != sighting
        sawSomethingNew = false
        sighting = now
        boostChanged(somethingNew || !boosting ? boost.news() : boost.quiet(wallMs))
    }

    /// The learner acted (after the act): back to the learner's speed, and the screen as it is
    /// now is what the next quiet is measured against.
    mutating func news() {
        sighting = Sighting(self)
        sawSomethingNew = false
        boostChanged(boost.news())
    }

    private mutating func boostChanged(_ changed: Bool) {
        guard changed else { return }
        pace.reset()
        version += 1
    }
}

/// What "something new on screen" is measured against (docs/decisions.md, "The learner's
/// path"): each node's role (a crashed node has none), and the lesson's step with what its
/// pane shows (the phase, a task's keys and hint, a quiz's answer, a note). New main events (a
/// new line in the events pane) are noted as they arrive (`sawSomethingNew`).
struct Sighting: Equatable {
    var roles: [Role?]
    var step: Int?
    var phase: LessonRun.Phase?
    var note: LessonNote?

    init(_ core: RuntimeCore) {
        roles = Self.roles(core.world)
        step = core.lesson?.index
        note = core.lesson?.note
        guard var phase = core.lesson?.phase else { return }
        if case .task(var task) = phase {  // the wall time a task has taken is not on screen
            task.wallMs = 0
            phase = .task(task)
        }
        self.phase = phase
    }

    static func roles(_ world: ClusterWorld) -> [Role?] { (0..<world.size).map { world.role(of: $0) } }
}

extension RuntimeCommand {
    /// Whether the command is the learner acting (and so brings the learner's speed back):
    /// everything but a change of speed, which multiplies the boost instead, and a pause,
    /// which holds it as it is.
    var isLearnersAct: Bool {
        switch self {
        case .faster, .slower, .setSpeed, .pause: false
        case .action(.faster), .action(.slower): false
        default: true
        }
    }
}

extension SimEvent {
    /// Whether the event is something new on screen: a line of the events pane, except a
    /// message dropped by a partition, a cut link or a crashed node (each heartbeat's drop
    /// repeats what the partition, the cut or the crash already said); a drop by hand is new.
    public var isSomethingNew: Bool {
        guard isMain else { return false }
        if case .dropped(_, let reason) = kind { return reason == .byHand }
        return true
    }
}

extension ClusterEvent {
    /// Whether the event is something new on screen (`SimEvent.isSomethingNew`).
    public var isSomethingNew: Bool {
        switch self {
        case .raft(let e): e.isSomethingNew
        case .kafka(let e): e.isSomethingNew
        }
    }
}
