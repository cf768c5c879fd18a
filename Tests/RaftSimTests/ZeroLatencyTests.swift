import Testing
import RaftCore
@testable import RaftSim

/// A network of latency 0 (the format's lower limit) must still let time move on.
@Suite struct ZeroLatencyTests {
    /// With no leader yet, a client redirected from node to node at 0 ms used to go round
    /// the nodes forever within one millisecond: `run` never returned.
    @Test func clientsWithNoLeaderDoNotLoopWithinOneMillisecond() {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.latency = 0...0
        var world = RaftWorld(spec)
        _ = world.write("x", count: 3)
        for _ in 0..<10_000 { world.step() }
        #expect(world.now > 0, "10,000 events at one instant")
    }
}
