import Dispatch

/// What a live loop drives: a runtime core of one world (`RuntimeCore`) or of two (`PairCore`).
public protocol LiveCore: Sendable {
    /// Bumped on every visible change.
    var version: Int { get }
    /// Moves simulated time on by `wallMs` of wall time.
    mutating func advance(wallMs: Double)
    mutating func apply(_ command: RuntimeCommand)
    /// What the screen's main picture is made from (a pair's Raft side).
    var snapshot: RuntimeSnapshot { get }
    /// A second side's (`--mode both`: the Kafka side), nil for one world.
    var sideSnapshot: RuntimeSnapshot? { get }
}

extension RuntimeCore: LiveCore {
    public var sideSnapshot: RuntimeSnapshot? { nil }
}

extension PairCore: LiveCore {
    public var snapshot: RuntimeSnapshot { raft.snapshot }
    public var sideSnapshot: RuntimeSnapshot? { kafka.snapshot }
}

/// Runs a core live on a background serial Dispatch queue, paced by a Dispatch timer at wall
/// time times the speed. Commands are queued to it; the UI reads only snapshots.
public final class LiveLoop<Core: LiveCore>: Sendable {
    let core: Locked<Core>
    let queue = DispatchQueue(label: "raftlab.runtime")
    /// Dispatch sources are thread-safe; resume and cancel are called once each.
    nonisolated(unsafe) let timer: DispatchSourceTimer
    let lastTick = Locked<DispatchTime>(.now())
    let onChange: @Sendable () -> Void

    /// `tick` is the timer period in wall milliseconds; `onChange` runs (on the loop's queue)
    /// after every visible change.
    public init(_ core: Core, tick: Int = 20, onChange: @escaping @Sendable () -> Void = {}) {
        self.core = Locked(core)
        self.onChange = onChange
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + .milliseconds(tick), repeating: .milliseconds(tick), leeway: .milliseconds(2))
        timer.setEventHandler(handler: Self.tickHandler(self))
    }

    private static func tickHandler(_ loop: LiveLoop) -> @Sendable () -> Void {
        { [weak loop] in loop?.tick() }
    }

    public func start() { timer.resume() }

    /// Stops the timer; when `waiting`, no change happens after it returns. Without waiting,
    /// a long piece of work under way (a replay, a seek) is left to the process's exit.
    public func stop(waiting: Bool = true) {
        timer.cancel()
        if waiting { queue.sync {} }
    }

    func tick() {
        let now = DispatchTime.now()
        let elapsed = lastTick.withLock { last in
            defer { last = now }
            return min(LiveTiming.longestTick, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000)
        }
        let changed = core.withLock { core in
            let before = core.version
            core.advance(wallMs: elapsed)
            return core.version != before
        }
        if changed { onChange() }
    }

    /// Queues a command; it is applied on the loop's queue.
    public func send(_ command: RuntimeCommand) {
        queue.async { [self] in
            core.withLock { $0.apply(command) }
            onChange()
        }
    }

    /// Waits until every command sent so far has been applied.
    public func sync() { queue.sync {} }

    public func snapshot() -> RuntimeSnapshot { core.withLock { $0.snapshot } }

    /// A snapshot, or nil while the loop is busy (the main loop keeps serving keys and signals
    /// meanwhile: issue 10).
    public func snapshotIfFree() -> RuntimeSnapshot? { core.withLockIfAvailable { $0.snapshot } }

    /// The main snapshot and a second side's, or nil while the loop is busy.
    public func snapshotsIfFree() -> (RuntimeSnapshot, RuntimeSnapshot?)? {
        core.withLockIfAvailable { ($0.snapshot, $0.sideSnapshot) }
    }
}

/// The live loop's pacing.
public enum LiveTiming {
    /// The most wall time one tick moves the world by: a late tick (a busy machine, a laptop
    /// waking up) does not try to catch up (issue 10: no backlog).
    public static let longestTick = 250.0
}
