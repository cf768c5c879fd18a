import Dispatch
import Testing
import TestSupport
import RaftSim
@testable import RaftRuntime

/// The threaded runtime: commands from many threads, snapshots read meanwhile, timer ticks
/// on the runtime's queue. Run under ThreadSanitizer by .ci/run; no sleeps: `sync()` waits
/// for the queue, and ticks are queued by hand besides the timer's.
struct RuntimeThreadTests {
    func runtime(onChange: @escaping @Sendable () -> Void = {}) -> Runtime {
        Runtime(world: RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])), speed: 1, tick: 1, onChange: onChange)
    }

    @Test func commandsFromManyThreadsAreAllApplied() {
        let rt = runtime()
        rt.start()
        DispatchQueue.concurrentPerform(iterations: 40) { k in
            rt.send(.world(.write(value: "k\(k)=\(k)", to: nil, acks: nil, count: 1)))
            _ = rt.snapshot().world.now
            rt.queue.async { rt.tick() }
        }
        rt.sync()
        let snapshot = rt.snapshot()
        #expect(snapshot.log.count == 40)
        rt.stop()
    }

    @Test func snapshotsAreConsistentWhileTheWorldRuns() {
        let changes = Counter()
        let rt = runtime { changes.increment() }
        rt.start()
        var last = -1
        for _ in 0..<200 {
            rt.queue.async { rt.tick() }
            let s = rt.snapshot()
            #expect(s.version >= last)
            last = s.version
            #expect(s.events.allSatisfy { $0.event.time <= s.world.now })
        }
        rt.send(.pause)
        rt.sync()
        let paused = rt.snapshot()
        rt.queue.async { rt.tick() }
        rt.sync()
        #expect(rt.snapshot().world.now == paused.world.now)
        #expect(changes.value > 0)
        rt.stop()
    }

    @Test func stopEndsChanges() {
        let changes = Counter()
        let rt = runtime { changes.increment() }
        rt.start()
        rt.send(.world(.crash(0)))
        rt.stop()
        let after = changes.value
        rt.send(.world(.restart(0)))
        rt.sync()
        #expect(changes.value == after + 1)  // commands still apply; the timer no longer ticks
        #expect(rt.snapshot().log.count == 2)
    }
}

/// A thread-safe counter.
final class Counter: Sendable {
    private let count = Locked(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

/// The threaded runtime keeps no backlog (issue 10): a late tick moves the world by at most
/// `LiveTiming.longestTick` of wall time, and its work stays within the budget.
struct RuntimeBacklogTests {
    func runtime(speed: Double) -> Runtime {
        var spec = WorldSpec(names: Array(WorldSpec.planets))
        spec.engine.heartbeat = 1
        spec.latency = 1...1
        let rt = Runtime(world: RaftWorld(spec), speed: speed, tick: 1)
        rt.start()  // a Dispatch source must be resumed before it is released
        rt.stop()  // no timer: the tests tick by hand
        return rt
    }

    /// Pretends the last tick was long ago.
    func makeLate(_ rt: Runtime) { rt.lastTick.withLock { $0 = DispatchTime(uptimeNanoseconds: 1) } }

    @Test func aLateTickMovesAtMostTheLongestTick() {
        let rt = runtime(speed: 1000)
        for id in 0..<9 { rt.send(.world(.crash(id))) }  // nothing happens: empty time is cheap
        rt.sync()
        let before = rt.snapshot().world.now
        makeLate(rt)
        rt.queue.sync { rt.tick() }
        #expect(rt.snapshot().world.now - before <= Int(LiveTiming.longestTick * 1000))
    }

    @Test func aLateTickOfABusyWorldDoesAtMostTheBudget() {
        let rt = runtime(speed: 1000)
        let before = rt.snapshot().world.eventCount
        makeLate(rt)
        rt.queue.sync { rt.tick() }
        #expect(rt.snapshot().world.eventCount - before < 2 * Pace.eventBudget)
        #expect(rt.snapshot().reachedSpeed != nil)
    }
}

struct RuntimeBusyTests {
    @Test func aSnapshotIsNotWaitedForWhileTheRuntimeWorks() {
        let runtime = Runtime(world: RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])))
        runtime.start()
        defer { runtime.stop() }
        runtime.core.withLock { _ in #expect(runtime.snapshotIfFree() == nil) }
        #expect(runtime.snapshotIfFree() != nil)
    }
}
