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
    /// 0 is cut off and a `timeout` on 2 runs Pre-Vote; 1 refuses, having heard from 0 or (when
    /// `restarted`) having restarted within the minimum election timeout, so nobody leads before
    /// 0's lease ends and a lease read at 0 is not stale.
    @Test(arguments: [false, true])
    func theVoterKeepsTheLease(restarted: Bool) {
        var world = ExtensionWorlds.world {
            $0.engine.preVote = true
            $0.engine.checkQuorum = true
            $0.latency = 1...1
        }
        world.run(for: 240)
        world.partition([[0], [1, 2]])
        if restarted {
            world.crash(1)
            world.restart(1)
        }
        world.timeout(2)
        #expect(!world.wait(limit: 100) { $0.engine.role(of: 2) == .leader })
        #expect(world.now < 350)
        world.read(at: 0, mode: .lease)
        _ = world.wait(limit: 100) { $0.clients.readsOK + $0.clients.readsRefused == 1 }
        #expect(world.clients.readsStale == 0)
        #expect(world.violations.isEmpty)
    }
}
