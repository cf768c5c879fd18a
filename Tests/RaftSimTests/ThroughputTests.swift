import Testing
import Picture
import RaftCore
@testable import RaftSim

/// The throughput meter (issue 11): committed writes per second and per round trip, kept
/// per setting, deterministic for a seed.
@Suite struct ThroughputTests {
    /// Lesson 11's second scene: Neptune leads term 1, batch 4, its links 50 ms each way.
    static func slowWorld(pipeline: Bool = false, seed: UInt64 = 11) -> RaftWorld {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.seed = seed
        spec.latency = 15...15
        spec.engine.batch = 4
        spec.engine.pipeline = pipeline
        spec.state = [0: InitialState(term: 1), 1: InitialState(term: 1), 2: InitialState(term: 1)]
        spec.leader = 0
        var world = RaftWorld(spec)
        _ = world.wait(limit: 500) { w in (0..<3).allSatisfy { w.engine.commitIndex(of: $0) == 1 } }
        world.slow(0, latency: 50...50)
        return world
    }

    static func burst(_ world: inout RaftWorld, _ count: Int) {
        let acked = world.clients.acked
        world.write("order", count: count)
        #expect(world.wait(limit: 5000) { $0.clients.acked == acked + count })
    }

    static func pipelining(_ on: Bool) -> Reconfiguration<EngineConfig.Change> {
        Reconfiguration(engine: EngineConfig.Change(pipeline: on))
    }

    /// (writes, busy ms, writes/s x10, round trip ms, writes per round trip x10) of each line.
    static func figures(_ world: RaftWorld) -> [[Int?]] {
        RaftEngine.throughput(world).map { [$0.writes, $0.busy, $0.perSecondTenths, $0.roundTrip, $0.perRoundTripTenths] }
    }

    @Test func batchingAloneAgainstPipeliningOnASlowLinkSideBySide() {
        var world = Self.slowWorld()
        Self.burst(&world, 16)
        world.configure(Self.pipelining(true))  // at once, as lesson 11's task does
        Self.burst(&world, 16)
        // 16 writes, batch 4: four round trips of 100 ms alone, one with pipelining.
        #expect(Self.figures(world) == [[16, 400, 400, 100, 40], [16, 100, 1600, 100, 160]])
        let lines = RaftEngine.throughput(world)
        #expect(lines.map(\.setting.en) == ["batch 4 · pipelining off", "batch 4 · pipelining on"])
        #expect(lines.map(\.setting.ko) == ["배치 4 · 파이프라이닝 꺼짐", "배치 4 · 파이프라이닝 켜짐"])
        #expect(lines.map(\.current) == [false, true])
    }

    /// A learner may switch pipelining on a while after the first burst (a wrong turn first):
    /// the pipelined figures do not depend on when, since a follower left paused by a heartbeat
    /// sent without pipelining is not held once pipelining is on.
    @Test(arguments: stride(from: 0, through: 150, by: 5).map { $0 })
    func pipelinedFiguresDoNotDependOnWhenItIsSwitchedOn(_ delay: Int) {
        var world = Self.slowWorld()
        Self.burst(&world, 16)
        world.run(for: delay)
        world.configure(Self.pipelining(true))
        Self.burst(&world, 16)
        #expect(Self.figures(world).last == [16, 100, 1600, 100, 160])
    }

    @Test func theSameSeedGivesTheSameFigures() {
        var a = Self.slowWorld(seed: 5)
        var b = Self.slowWorld(seed: 5)
        for w in [0, 1] {
            var world = w == 0 ? a : b
            Self.burst(&world, 10)
            world.configure(Self.pipelining(true))
            Self.burst(&world, 10)
            if w == 0 { a = world } else { b = world }
        }
        #expect(a.throughput.figures == b.throughput.figures)
        #expect(!a.throughput.figures.isEmpty)
    }

    @Test func idleTimeAndRepeatedBurstsAddUp() {
        var world = Self.slowWorld()
        Self.burst(&world, 8)
        world.run(for: 3000)  // idle: does not count
        Self.burst(&world, 8)
        let f = Self.figures(world)
        #expect(f.count == 1 && f[0][0] == 16 && f[0][3] == 100)
        #expect((400...500).contains(f[0][1]!), "two bursts of two round trips, plus at most a heartbeat's wait: \(f)")
    }

    @Test func aChangeWhileWritesWaitSplitsTheTime() {
        var world = Self.slowWorld()
        world.write("order", count: 16)
        _ = world.wait(limit: 1000) { $0.clients.acked == 4 }  // the first round trip: 4 committed
        world.configure(Self.pipelining(true))  // the other 12 are already in the log
        _ = world.wait(limit: 1000) { $0.clients.acked == 16 }
        let f = Self.figures(world)
        #expect(f.count == 2)
        #expect(f.map { $0[0]! }.reduce(0, +) == 16)
        #expect(f[0][0] == 4 && f[0][1] == world.throughput.figures[0].busy)
        let total = f.map { $0[1]! }.reduce(0, +)
        #expect(total < 400, "pipelining sped up the rest: \(f)")
    }

    @Test func aCrashedLeadersWaitingWritesStopCounting() {
        var world = Self.slowWorld()
        world.write("order", count: 16)
        _ = world.wait(limit: 1000) { $0.clients.acked == 4 }
        #expect(world.throughput.busy)
        world.crash(0)
        #expect(!world.throughput.busy)
        let busy = world.throughput.figures(now: world.now, key: world.settings)[0].busy
        world.run(for: 100)  // before a new leader (the clients' retries then time its writes)
        #expect(world.throughput.figures(now: world.now, key: world.settings)[0].busy == busy)
    }

    @Test func defaultsAloneShowNoMeter() {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.seed = 3
        var world = RaftWorld(spec)
        _ = world.wait(limit: 2000) { $0.undisputedLeader != nil }
        Self.burst(&world, 5)
        #expect(!world.throughput.figures.isEmpty)
        #expect(RaftEngine.throughput(world).isEmpty, "batch 64 with pipelining: the sandbox's screen as it was")
        world.configure(Reconfiguration(engine: EngineConfig.Change(batch: 1)))
        Self.burst(&world, 5)
        #expect(RaftEngine.throughput(world).map(\.setting.en) == ["batch 64 · pipelining on", "batch 1 · pipelining on"])
    }
}
