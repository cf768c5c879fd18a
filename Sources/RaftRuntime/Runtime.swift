import Dispatch
import Lessons
import RaftCore
import RaftSim

/// What the UI reads: an immutable copy of the runtime's state, taken under its lock; the
/// cluster picture is built from it outside the lock (`Pictures`).
public struct RuntimeSnapshot: Sendable {
    public var world: ClusterWorld
    public var events: ArraySlice<RuntimeCore.Stamped>
    public var paused: Bool
    public var speed: Double
    public var inPast: Bool
    public var version: Int
    public var log: [LoggedCommand]
    public var lesson: LessonRun?
    /// The speed reached while the work budget holds the world back (`Pace`), else nil.
    public var reachedSpeed: Double? = nil
    /// The time of the oldest kept event when older ones were let go, else nil.
    public var eventsKeptFrom: Int? = nil
    /// How much faster than `speed` a lesson's quiet stretch runs (`Boost`); 1 at the learner's speed.
    public var boost: Int = 1
}

/// Runs a world live on a background serial Dispatch queue, paced by a Dispatch timer at
/// wall time times the speed. Commands are queued to it; the UI reads only snapshots.
public final class Runtime: Sendable {
    let core: Locked<RuntimeCore>
    let queue = DispatchQueue(label: "raftlab.runtime")
    /// Dispatch sources are thread-safe; resume and cancel are called once each.
    nonisolated(unsafe) let timer: DispatchSourceTimer
    let lastTick = Locked<DispatchTime>(.now())
    let onChange: @Sendable () -> Void

    /// `tick` is the timer period in wall milliseconds; `onChange` runs (on the runtime's
    /// queue) after every visible change.
    public init(world: ClusterWorld, speed: Double = 0.02, tick: Int = 20, onChange: @escaping @Sendable () -> Void = {}) {
        core = Locked(RuntimeCore(world: world, speed: speed))
        self.onChange = onChange
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + .milliseconds(tick), repeating: .milliseconds(tick), leeway: .milliseconds(2))
        timer.setEventHandler(handler: Self.tickHandler(self))
    }

    private static func tickHandler(_ runtime: Runtime) -> @Sendable () -> Void {
        { [weak runtime] in runtime?.tick() }
    }

    public func start() { timer.resume() }

    /// Stops the timer; when `waiting`, no change happens after it returns. Without waiting,
    /// a long piece of work under way (a replay, a seek) is left to the process's exit.
    public func stop(waiting: Bool = true) {
        timer.cancel()
        if waiting { queue.sync {} }
    }

    /// The most wall time one tick moves the world by: a late tick (a busy machine, a laptop
    /// waking up) does not try to catch up (issue 10: no backlog).
    public static let longestTick = 250.0

    func tick() {
        let now = DispatchTime.now()
        let elapsed = lastTick.withLock { last in
            defer { last = now }
            return min(Self.longestTick, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000)
        }
        let changed = core.withLock { core in
            let before = core.version
            core.advance(wallMs: elapsed)
            return core.version != before
        }
        if changed { onChange() }
    }

    /// Queues a command; it is applied on the runtime's queue.
    public func send(_ command: RuntimeCommand) {
        queue.async { [self] in
            core.withLock { $0.apply(command) }
            onChange()
        }
    }

    /// Waits until every command sent so far has been applied.
    public func sync() { queue.sync {} }

    public func snapshot() -> RuntimeSnapshot {
        core.withLock { $0.snapshot }
    }

    /// A snapshot, or nil while the runtime is busy (the main loop keeps serving keys and
    /// signals meanwhile: issue 10).
    public func snapshotIfFree() -> RuntimeSnapshot? {
        core.withLockIfAvailable { $0.snapshot }
    }
}
