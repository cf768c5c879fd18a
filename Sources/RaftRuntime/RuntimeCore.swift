import Lessons
import Picture
import RaftCore
import RaftSim

/// The runtime without threads: advances the world by wall time times the speed, applies
/// commands (logging them with their simulated time), keeps recent events and history, and
/// runs the lesson interpreter beside the world. `Runtime` runs one on a background queue;
/// tests drive one directly.
public struct RuntimeCore: Sendable {
    public internal(set) var world: ClusterWorld
    /// The lesson being played, if any: it decides where the world stops.
    public internal(set) var lesson: LessonRun?
    /// The sandbox's commands with their times (`--record`); a lesson logs its learner's own.
    public internal(set) var log: [LoggedCommand] = []
    /// The most recent events, oldest first (at most `eventLimit`), each with its serial.
    public internal(set) var events: [Stamped] = []
    var nextSerial = 0
    /// Whether older events of this world were let go (only `eventLimit` are kept).
    var eventsLetGo = false
    public internal(set) var paused = false
    /// Simulated milliseconds per wall-clock millisecond.
    public internal(set) var speed: Double
    public internal(set) var history = History()
    /// Bumped on every visible change; the UI redraws when it moves.
    public internal(set) var version = 0
    var carry = 0.0
    /// The work budget of an advance and the speed reached under it (`Pace`).
    var pace = Pace()
    /// In a lesson, how much faster than `speed` a quiet stretch runs (`Boost`).
    public internal(set) var boost = Boost()
    /// Whether quiet stretches of a lesson fast-forward (the sandbox never does).
    var fastForward = true
    /// What the screen showed at the last advance, and whether a main event came since
    /// (what "something new" is measured against: `Sighting`).
    var sighting: Sighting?
    var sawSomethingNew = false
    /// How many writes the keys made (their values are `a=1`, `b=2`, ...).
    var writes = 0

    /// An event and its serial: serials only grow, so a converted event can be kept by serial.
    public struct Stamped: Sendable {
        public var serial: Int
        public var event: ClusterEvent
    }

    public static let eventLimit = 2000
    public static let speeds: [Double] = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5]

    public init(world: ClusterWorld, speed: Double = 0.02) {
        var world = world
        world.recording = true
        self.world = world
        self.speed = speed
        absorbEvents()
        history.record(&self.world, logCount: 0)
    }

    /// Moves simulated time on by `wallMs` times the speed (and, in a lesson's quiet stretch,
    /// the boost), unless paused or in the past; in a lesson, only toward the current step's goal.
    public mutating func advance(wallMs: Double) {
        if let hinted = lesson.map(\.hintShown) {
            lesson?.elapse(wallMs: wallMs)
            if lesson?.hintShown != hinted { version += 1 }
        }
        guard !paused, !history.inPast, lesson?.wantsToRun ?? true else { return }
        let factor = boosting ? boost.factor : 1
        carry += wallMs * speed * Double(factor)
        let ms = Int(carry)
        if ms > 0 {
            carry -= Double(ms)
            let from = world.now
            // Pace: the time beyond the budget is dropped, not carried; so is the boosted time
            // after something new (the rest goes at the learner's speed).
            let end = runBudgeted(ms, stopOnNews: factor > 1)
            if end == .news { carry = 0 }
            pace.note(wall: wallMs, simulated: world.now - from, cut: end == .cut)
            absorbEvents()
            history.record(&world, logCount: log.count)
            version += 1
        } else {
            pace.note(wall: wallMs, simulated: 0, cut: false)
        }
        follow(quietFor: wallMs)
    }

    public mutating func apply(_ command: RuntimeCommand) {
        defer { if command.isLearnersAct { news() } }
        switch command {
        case .action(let action): act(action)
        case .world(let c): act(c)
        case .pause: paused = true
        case .resume: resume()
        case .togglePause: togglePause()
        case .stepEvent: stepEvent()
        case .setSpeed(let s): setSpeed(max(0.0001, s))
        case .faster: setSpeed(Self.speeds.first { $0 > speed } ?? speed)
        case .slower: setSpeed(Self.speeds.last { $0 < speed } ?? speed)
        case .back:
            if !history.inPast { history.record(&world, logCount: log.count, force: true) }
            travel(history.back(from: world))
        case .forward: travel(history.forward(from: world))
        case .startLesson(let start): startLesson(start)
        case .stopLesson:
            lesson = nil
            paused = true
        }
        version += 1
    }

    /// A key's request: a run control, a lesson request, or a world command.
    mutating func act(_ action: Action) {
        switch action {
        case .togglePause: togglePause()
        case .stepEvent: stepEvent()
        case .faster: apply(.faster)
        case .slower: apply(.slower)
        case .back: apply(.back)
        case .forward: apply(.forward)
        case .lesson(let request): lessonRequest(request)
        default:
            if history.inPast { leavePast() }
            guard let command = ActionCommands.command(action, world, writes: &writes) else { return }
            if lesson != nil { learner(command) } else { act(command) }
        }
    }

    /// A world command from the learner's keys in a lesson: the lesson applies it (a task may
    /// take its solution's values) and its journal logs it.
    mutating func learner(_ command: ClusterCommand) {
        inLesson { $0.learner(command, &$1) }
        absorbEvents()
        history.record(&world, logCount: log.count, force: true)
    }

    /// Acting in the past forks history there (the sandbox): the future is dropped and the act
    /// logged. A lesson keeps one timeline: it goes back to the present first.
    mutating func act(_ command: ClusterCommand) {
        if history.inPast { leavePast() }
        world.apply(command)
        log.append(LoggedCommand(time: world.now, command: command))
        absorbEvents()
        history.record(&world, logCount: log.count, force: true)
    }

    mutating func resume() {
        if history.inPast { leavePast() }
        paused = false
        carry = 0
    }

    /// Space: pause or run. While the reader reads, a lesson's world waits; a task that holds
    /// the world for the learner lets it run.
    mutating func togglePause() {
        if lesson?.holdsForReader() == true { return }
        if paused { lesson?.release(world) }
        paused ? resume() : (paused = true)
    }

    mutating func stepEvent() {
        if lesson?.holdsForReader() == true { return }
        if history.inPast { leavePast() }
        paused = true
        if lesson != nil {
            inLesson { $0.stepEvent(&$1) }
        } else {
            world.step()
        }
        absorbEvents()
        history.record(&world, logCount: log.count)
    }

    /// Views history's mark `index` (0 is where it began; the newest is the present).
    public mutating func seek(toMark index: Int) {
        if !history.inPast { history.record(&world, logCount: log.count, force: true) }
        travel(history.seek(index, from: world))
        news()
        version += 1
    }

    mutating func travel(_ past: ClusterWorld?) {
        guard let past else { return }
        paused = true
        world = past
    }

    /// The recent events up to the time on view.
    public var visibleEvents: ArraySlice<Stamped> {
        let now = world.now
        let end = events.lastIndex { $0.event.time <= now }.map { $0 + 1 } ?? 0
        return events[..<end]
    }

    /// Out of the past: a fork there (the sandbox), or back to the present (a lesson).
    mutating func leavePast() {
        guard lesson == nil else {
            if let newest = history.backToPresent() { world = newest }
            return
        }
        let logCount = history.fork()
        log.removeSubrange(min(logCount, log.count)...)
        let now = world.now
        events.removeAll { $0.event.time > now }
    }

    mutating func absorbEvents() {
        let fresh = world.takeEvents()
        guard !fresh.isEmpty else { return }
        for event in fresh {
            if event.isSomethingNew { sawSomethingNew = true }
            events.append(Stamped(serial: nextSerial, event: event))
            nextSerial += 1
        }
        if events.count > Self.eventLimit {
            events.removeFirst(events.count - Self.eventLimit)
            eventsLetGo = true
        }
    }

    /// A new world (a lesson's scene, a replay to an earlier step): history, the command log and
    /// recent events start again.
    mutating func replace(world newWorld: ClusterWorld) {
        var fresh = newWorld
        fresh.recording = true
        fresh.limits = .live  // a replayed lesson was built with a headless run's limits
        world = fresh
        log = []
        events = []
        eventsLetGo = false
        history = History()
        carry = 0
        absorbEvents()
        history.record(&world, logCount: 0)
    }
}

extension RuntimeCore {
    /// An immutable copy of what the UI reads.
    public var snapshot: RuntimeSnapshot {
        RuntimeSnapshot(world: world, events: visibleEvents, paused: paused, speed: speed, inPast: history.inPast,
                        version: version, log: log, lesson: lesson, reachedSpeed: reachedSpeed,
                        eventsKeptFrom: eventsLetGo ? events.first?.event.time : nil, boost: boosting ? boost.factor : 1)
    }
}
