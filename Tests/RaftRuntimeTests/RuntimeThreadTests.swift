import Dispatch
import Testing
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
