import Testing
import RaftCore
@testable import RaftSim

/// raft-extensions.md, "Reads": "Clocks here do not drift, so with both settings on and no
/// unsafe rule a lease read is never stale". The guard it relies on (a voter that heard from a
/// leader within the minimum election timeout refuses votes, thesis 4.2.3, etcd's `inLease`)
/// is volatile, so a voter that restarted within that time refuses too: it cannot tell
/// whether it heard from a leader just before its crash (decisions.md, issue 13).
@Suite struct LeaseCaveatTests {
    /// Leader 0's lease rests on 1's acknowledgement at about 200 (valid to about 350). At 240,
    /// 0 is cut off, 1 restarts, and a `timeout` on 2 runs Pre-Vote: 1, just restarted, refuses,
    /// so nobody leads before 0's lease ends and a lease read at 0 is not stale.
    @Test func aRestartedVoterKeepsTheLeaseItMayHaveGranted() {
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
        #expect(!world.wait(limit: 100) { $0.engine.role(of: 2) == .leader })
        #expect(world.now < 350)
        world.read(at: 0, mode: .lease)
        _ = world.wait(limit: 100) { $0.clients.readsOK + $0.clients.readsRefused == 1 }
        #expect(world.clients.readsStale == 0)
        #expect(world.violations.isEmpty)
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
