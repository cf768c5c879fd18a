import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import RaftRuntime

/// The runtime without threads: pacing, pause and step, the command log, history.
struct RuntimeCoreTests {
    func core(speed: Double = 0.02, seed: UInt64 = 1) -> RuntimeCore {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.seed = seed
        return RuntimeCore(world: RaftWorld(spec), speed: speed)
    }

    @Test func wallTimeTimesSpeedMovesSimulatedTime() {
        var c = core(speed: 0.02)
        c.advance(wallMs: 1000)
        #expect(c.world.now == 20)
        c.advance(wallMs: 30)  // 0.6 ms: carried over, not lost
        #expect(c.world.now == 20)
        c.advance(wallMs: 30)
        #expect(c.world.now == 21)
    }

    @Test func pausedTimeStandsStillAndStepHandlesOneEvent() {
        var c = core(speed: 1)
        c.apply(.pause)
        c.advance(wallMs: 5000)
        #expect(c.world.now == 0)
        let before = c.world.eventCount
        c.apply(.stepEvent)
        #expect(c.world.eventCount == before + 1)
        #expect(c.paused)
    }

    @Test func speedStepsThroughTheList() {
        var c = core(speed: 0.02)
        c.apply(.faster)
        #expect(c.speed == 0.05)
        c.apply(.slower)
        c.apply(.slower)
        #expect(c.speed == 0.01)
    }

    @Test func theCommandLogReplaysTheRunExactly() {
        var c = core(speed: 1)
        c.advance(wallMs: 400)
        c.apply(.world(.write(value: "a=1", to: nil, acks: nil, count: 1)))
        c.advance(wallMs: 123)
        c.apply(.world(.crash(0)))
        c.advance(wallMs: 700)
        c.apply(.stepEvent)
        c.apply(.world(.restart(0)))
        c.apply(.resume)
        c.advance(wallMs: 500)
        #expect(c.log.map(\.time) == c.log.map(\.time).sorted())
        var replay = ClusterWorld.raft(RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])))
        for logged in c.log {
            replay.run(for: logged.time - replay.now)
            replay.apply(logged.command)
        }
        replay.run(for: c.world.now - replay.now)
        #expect(replay.nodes == c.world.nodes)
        #expect(replay.eventCount == c.world.eventCount)
    }

    @Test func backAndForwardMoveThroughCheckpoints() {
        var c = core(speed: 1)
        c.advance(wallMs: 1000)
        let live = c.world.now
        c.apply(.back)
        #expect(c.world.now < live)
        #expect(c.history.inPast && c.paused)
        c.advance(wallMs: 1000)  // the past does not run on by itself
        #expect(c.world.now < live)
        while c.history.inPast { c.apply(.forward) }
        #expect(c.world.now == live)
    }

    @Test func actingInThePastForksHistory() {
        var c = core(speed: 1)
        c.advance(wallMs: 300)
        c.apply(.world(.write(value: "a=1", to: nil, acks: nil, count: 1)))
        c.advance(wallMs: 700)
        #expect(c.log.count == 1)
        for _ in 0..<8 { c.apply(.back) }
        let then = c.world.now
        #expect(then < 300)
        c.apply(.world(.crash(1)))
        #expect(!c.history.inPast)
        #expect(c.log.count == 1 && c.log[0].command == .crash(1) && c.log[0].time == then)
        #expect(c.visibleEvents.allSatisfy { $0.event.time <= then })
    }

    @Test func eventsAreKeptBoundedAndInOrder() {
        var c = core(speed: 1)
        c.advance(wallMs: 60_000)
        #expect(c.events.count <= RuntimeCore.eventLimit)
        #expect(c.events.map(\.event.time) == c.events.map(\.event.time).sorted())
    }
}

/// Any speed keeps the view responsive (issue 10): one advance does a bounded amount of
/// simulated work, drops the time it could not keep up with, and says the speed it reached.
struct RuntimeBudgetTests {
    /// Nine nodes, 1 ms heartbeats and latencies: a world with many events per simulated ms.
    func busy(speed: Double) -> RuntimeCore {
        var spec = WorldSpec(names: Array(WorldSpec.planets))
        spec.engine.heartbeat = 1
        spec.latency = 1...1
        return RuntimeCore(world: RaftWorld(spec), speed: speed)
    }

    @Test func aHugeAdvanceDoesAtMostTheBudget() {
        var c = busy(speed: 1000)
        let before = c.world.eventCount
        c.advance(wallMs: 20)  // one tick: 20 simulated seconds, hundreds of thousands of events
        // The budget is checked after each chunk of simulated time (a chunk here is far below a budget).
        #expect(c.world.eventCount - before < 2 * Pace.eventBudget)
        #expect(c.world.now < 20_000)
        #expect(c.events.count <= RuntimeCore.eventLimit)
    }

    @Test func theBacklogIsDroppedNotOwed() {
        var c = busy(speed: 1000)
        c.advance(wallMs: 20)
        let reached = c.world.now
        c.advance(wallMs: 0)
        #expect(c.world.now == reached)
        #expect(c.reachedSpeed.map { $0 < 1000 } == true)
    }

    @Test func aWorldThatKeepsUpRunsAtItsSpeedAndSaysNothing() {
        var c = busy(speed: 0.02)
        c.advance(wallMs: 1_000)
        #expect(c.world.now == 20)
        #expect(c.reachedSpeed == nil)
    }

    /// A world with nothing to do (every node crashed) skips its empty time at once.
    @Test func emptyTimeIsSkippedWhole() {
        var c = busy(speed: 1000)
        for id in 0..<9 { c.apply(.world(.crash(id))) }
        let before = c.world.now
        c.advance(wallMs: 1_000)
        #expect(c.world.now == before + 1_000_000)
        #expect(c.reachedSpeed == nil)
    }
}
