import Dispatch

/// `PairCore` live: one Dispatch queue and one timer advance both worlds together under one
/// lock, so the two always show the same simulated time (`Runtime` runs a single world the
/// same way).
public final class PairRuntime: Sendable {
    let core: Locked<PairCore>
    let queue = DispatchQueue(label: "raftlab.runtime.pair")
    /// Dispatch sources are thread-safe; resume and cancel are called once each.
    nonisolated(unsafe) let timer: DispatchSourceTimer
    let lastTick = Locked<DispatchTime>(.now())
    let onChange: @Sendable () -> Void

    public init(_ pair: PairCore, tick: Int = 20, onChange: @escaping @Sendable () -> Void = {}) {
        core = Locked(pair)
        self.onChange = onChange
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + .milliseconds(tick), repeating: .milliseconds(tick), leeway: .milliseconds(2))
        timer.setEventHandler(handler: Self.tickHandler(self))
    }

    private static func tickHandler(_ runtime: PairRuntime) -> @Sendable () -> Void {
        { [weak runtime] in runtime?.tick() }
    }

    public func start() { timer.resume() }

    /// Stops the timer; a piece of work under way is left to the process's exit (nothing is
    /// recorded in both mode).
    public func stop() { timer.cancel() }

    func tick() {
        let now = DispatchTime.now()
        let elapsed = lastTick.withLock { last in
            defer { last = now }
            return min(Runtime.longestTick, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000)
        }
        let changed = core.withLock { core in
            let before = core.version
            core.advance(wallMs: elapsed)
            return core.version != before
        }
        if changed { onChange() }
    }

    /// Queues a command for both worlds; it is applied on the runtime's queue.
    public func send(_ command: RuntimeCommand) {
        queue.async { [self] in
            core.withLock { $0.apply(command) }
            onChange()
        }
    }

    /// Waits until every command sent so far has been applied.
    public func sync() { queue.sync {} }

    public func pair() -> (raft: RuntimeSnapshot, kafka: RuntimeSnapshot) {
        core.withLock { $0.snapshots }
    }

    /// Both snapshots, or nil while the runtime is busy (the main loop keeps serving keys).
    public func pairIfFree() -> (raft: RuntimeSnapshot, kafka: RuntimeSnapshot)? {
        core.withLockIfAvailable { $0.snapshots }
    }
}
