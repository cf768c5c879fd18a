import Testing
import RaftCore
@testable import RaftSim

/// raft-extensions.md, "Reads": "Clocks here do not drift, so with both settings on and no
/// unsafe rule a lease read is never stale". The guard it relies on (a voter that heard from a
/// leader within the minimum election timeout refuses votes, thesis 4.2.3, etcd's `inLease`)
/// is volatile: a voter that crashes and restarts forgets it, as in etcd, where a restarted
/// node has no leader and so no lease.
@Suite struct LeaseCaveatTests {
    /// Leader 0's lease rests on 1's acknowledgement at about 200 (valid to about 350). At 240,
    /// 0 is cut off, 1 restarts, and a `timeout` on 2 runs Pre-Vote and an election that 1,
    /// remembering no leader, grants: 2 leads and acknowledges a write before 0's lease ends,
    /// and a lease read at 0 is stale. A known gap of the contract, not of the engine: the
    /// rule is implemented as written; closing it needs a rule the contract does not have
    /// (for instance, a restarted voter refuses votes for the minimum election timeout).
    @Test func aRestartedVoterForgetsTheLeaseItGranted() {
        var world = ExtensionWorlds.world {
            $0.engine.preVote = true
            $0.engine.checkQuorum = true
            $0.latency = 1...1
        }
        world.run(for: 240)
        world.partition([[0], [1, 2]])
        world.crash(1)
        world.restart(1)
        world.timeout(2)
        #expect(world.wait(limit: 100) { $0.engine.role(of: 2) == .leader })
        world.write("new", to: 2)
        #expect(world.wait(limit: 100) { $0.clients.acked == 1 })
        #expect(world.now < 350)
        world.read(at: 0, mode: .lease)
        _ = world.wait(limit: 100) { $0.clients.readsOK == 1 }
        withKnownIssue("a restarted voter forgets the lease it granted (see the suite's comment)") {
            #expect(world.clients.readsStale == 0)
            #expect(world.violations.isEmpty)
        }
    }

    /// Without the restart, the same schedule elects no one before the lease ends: 1 refuses.
    @Test func withoutTheRestartTheVoterKeepsTheLease() {
        var world = ExtensionWorlds.world {
            $0.engine.preVote = true
            $0.engine.checkQuorum = true
            $0.latency = 1...1
        }
        world.run(for: 240)
        world.partition([[0], [1, 2]])
        world.timeout(2)
        world.run(for: 100)
        #expect(world.engine.role(of: 2) != .leader)
        world.read(at: 0, mode: .lease)
        _ = world.wait(limit: 100) { $0.clients.readsOK + $0.clients.readsRefused == 1 }
        #expect(world.clients.readsStale == 0)
        #expect(world.violations.isEmpty)
    }
}
