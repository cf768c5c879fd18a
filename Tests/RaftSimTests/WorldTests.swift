import Testing
import RaftCore
@testable import RaftSim

/// End-to-end behaviour of the deterministic world.
@Suite struct WorldTests {
    func threeNodes(seed: UInt64 = 1) -> RaftWorld {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.seed = seed
        return RaftWorld(spec)
    }

    @Test func electsOneLeaderAndCommitsItsNoop() {
        var world = threeNodes()
        #expect(world.wait(limit: 2000) { $0.undisputedLeader != nil })
        let leader = world.undisputedLeader!
        world.run(for: 200)
        #expect(world.nodes.allSatisfy { $0.commitIndex == 1 })
        #expect(world.nodes[leader].log.entries == [Entry(term: world.nodes[leader].term)])
        #expect(world.violations.isEmpty)
    }

    @Test func sameSeedSameRun() {
        var a = threeNodes(seed: 9)
        var b = threeNodes(seed: 9)
        a.run(for: 3000)
        b.run(for: 3000)
        #expect(a.takeEvents() == b.takeEvents())
        #expect(a.eventCount == b.eventCount)
    }

    @Test func acknowledgedWritesUnderAcksAllAreCommitted() {
        var world = threeNodes(seed: 3)
        _ = world.wait(limit: 2000) { $0.undisputedLeader != nil }
        world.write("x=1", count: 5)
        #expect(world.wait(limit: 2000) { $0.clients.acked == 5 })
        world.run(for: 100)
        #expect((1...5).allSatisfy { world.isCommitted(value: "x=1#\($0)") })
        #expect(world.clients.lost == 0)
    }

    @Test func crashedLeaderIsReplaced() {
        var world = threeNodes(seed: 4)
        _ = world.wait(limit: 2000) { $0.undisputedLeader != nil }
        let first = world.undisputedLeader!
        world.crash(first)
        #expect(world.wait(limit: 3000) { $0.undisputedLeader != nil && $0.undisputedLeader != first })
        world.restart(first)
        world.run(for: 500)
        #expect(world.nodes[first].role == .follower)
        #expect(world.violations.isEmpty)
    }
}
