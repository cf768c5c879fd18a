import RaftCore
import RaftSim

/// The runtime without threads: advances the world by wall time times the speed, applies
/// commands (logging them with their simulated time), keeps recent events and history.
/// `Runtime` runs one on a background queue; tests drive one directly.
public struct RuntimeCore: Sendable {
    public internal(set) var world: RaftWorld
    public internal(set) var log: [LoggedCommand] = []
    /// The most recent events, oldest first (at most `eventLimit`).
    public internal(set) var events: [SimEvent<RaftEngine>] = []
    public internal(set) var paused = false
    /// Simulated milliseconds per wall-clock millisecond.
    public private(set) var speed: Double
    public internal(set) var history = History()
    /// Bumped on every visible change; the UI redraws when it moves.
    public internal(set) var version = 0
    var carry = 0.0
    /// Where the world stops next (a lesson step), and how the last goal ended.
    public internal(set) var goal: Goal? = nil
    public internal(set) var goalResult: GoalResult? = nil
    /// How many goals were set and worlds replaced: a lesson knows which of its requests a
    /// snapshot has seen.
    public internal(set) var serial = 0
    /// Whether acting or resuming in the past forks history (the sandbox). A lesson keeps one
    /// timeline: it goes back to the present first, so its command log only grows.
    public var forks = true
    /// Whether the world moves only toward a goal (a lesson: between its steps it holds, so
    /// a late Space or `.` cannot carry it past where the next step must start).
    public var needsGoal = false

    public static let eventLimit = 2000
    public static let speeds: [Double] = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5]

    public init(world: RaftWorld, speed: Double = 0.02, lesson: Bool = false) {
        forks = !lesson
        needsGoal = lesson
        var world = world
        world.recording = true
        self.world = world
        self.speed = speed
        absorbEvents()
        history.record(self.world, logCount: 0)
    }

    /// Moves simulated time on by `wallMs` times the speed, unless paused or in the past.
    public mutating func advance(wallMs: Double) {
        guard !paused, !history.inPast, !(needsGoal && goal == nil) else { return }
        carry += wallMs * speed
        let ms = Int(carry)
        guard ms > 0 else { return }
        carry -= Double(ms)
        move(by: ms)
        absorbEvents()
        history.record(world, logCount: log.count)
        version += 1
    }

    public mutating func apply(_ command: RuntimeCommand) {
        switch command {
        case .world(let c): act(c)
        case .pause: paused = true
        case .resume: resume()
        case .togglePause: paused ? resume() : (paused = true)
        case .stepEvent: stepEvent()
        case .setSpeed(let s): speed = max(0.0001, s)
        case .faster: speed = Self.speeds.first { $0 > speed } ?? speed
        case .slower: speed = Self.speeds.last { $0 < speed } ?? speed
        case .back:
            if !history.inPast { history.record(world, logCount: log.count, force: true) }
            travel(history.back())
        case .forward: travel(history.forward())
        }
        version += 1
    }

    /// Acting in the past forks history there: the future is dropped and the act logged.
    mutating func act(_ command: RaftWorld.Command) {
        if history.inPast { leavePast() }
        world.apply(command)
        log.append(LoggedCommand(time: world.now, command: command))
        absorbEvents()
        history.record(world, logCount: log.count, force: true)
    }

    mutating func resume() {
        if history.inPast { leavePast() }
        paused = false
        carry = 0
    }

    mutating func stepEvent() {
        if history.inPast { leavePast() }
        paused = true
        if goal != nil { stepTowardGoal() } else if !needsGoal { world.step() }
        absorbEvents()
        history.record(world, logCount: log.count)
    }

    mutating func travel(_ checkpoint: History.Checkpoint?) {
        guard let checkpoint else { return }
        paused = true
        world = checkpoint.world
    }

    /// The recent events up to the time on view.
    public var visibleEvents: ArraySlice<SimEvent<RaftEngine>> {
        let now = world.now
        let end = events.lastIndex { $0.time <= now }.map { $0 + 1 } ?? 0
        return events[..<end]
    }

    /// Out of the past: a fork there, or (`forks` off) back to the present.
    mutating func leavePast() {
        guard !forks else { return fork() }
        if let newest = history.present() { world = newest.world }
    }

    mutating func fork() {
        let logCount = history.fork()
        log.removeSubrange(min(logCount, log.count)...)
        let now = world.now
        events.removeAll { $0.time > now }
    }

    mutating func absorbEvents() {
        let fresh = world.takeEvents()
        guard !fresh.isEmpty else { return }
        events.append(contentsOf: fresh)
        if events.count > Self.eventLimit { events.removeFirst(events.count - Self.eventLimit) }
    }
}

extension RuntimeCore {
    /// An immutable copy of what the UI reads.
    public var snapshot: RuntimeSnapshot {
        RuntimeSnapshot(world: world, events: visibleEvents, paused: paused, speed: speed,
                        inPast: history.inPast, version: version, log: log,
                        hasGoal: goal != nil, goalResult: goalResult, serial: serial)
    }
}
