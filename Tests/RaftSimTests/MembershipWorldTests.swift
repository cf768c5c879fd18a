import Testing
import RaftCore
@testable import RaftSim

/// Membership change in the world (raft-extensions.md, "Membership change, one server at a
/// time"; thesis 4.1 to 4.3).
@Suite struct MembershipWorldTests {
    /// `cluster.voters`: "nodes not listed exist, start empty, are up, and are not members until
    /// added"; `add` catches the node up, then every node follows the new configuration.
    @Test func aNodeOutsideTheFirstConfigurationIsAdded() {
        var world = ExtensionWorlds.world(nodes: 4) { $0.voters = NodeSet([0, 1, 2]) }
        world.run(for: 100)
        #expect(world.engine.voters(at: 3) == NodeSet([0, 1, 2]))
        #expect(world.ignored(.timeout(3)) == .timeoutNonMember)
        world.write("x")
        world.changeMembership(MembershipRequest(node: 3, add: true))
        #expect(world.wait(limit: 2000) { w in (0..<4).allSatisfy { w.engine.voters(at: $0) == NodeSet([0, 1, 2, 3]) } })
        world.run(for: 500)
        #expect(world.engine.commitIndex(of: 3) == world.engine.lastIndex(of: 0))
        #expect(world.isCommitted(value: "x"))
        #expect(world.violations.isEmpty)
    }

    /// "`add` and `remove` with no leader do nothing; adding a member or removing a non-member does nothing."
    @Test func aChangeWithNothingToDoIsIgnored() {
        var world = ExtensionWorlds.world(nodes: 4) { $0.voters = NodeSet([0, 1, 2]) }
        world.run(for: 100)
        _ = world.takeEvents()
        world.changeMembership(MembershipRequest(node: 1, add: true))
        world.changeMembership(MembershipRequest(node: 3, add: false))
        world.crash(0)
        world.changeMembership(MembershipRequest(node: 3, add: true))
        let ignored = world.takeEvents().compactMap { if case let .ignored(n, why) = $0.kind { [n: why] } else { nil } }
        #expect(ignored == [[1: .addMember], [3: .removeNonMember], [3: .noLeader]])
    }

    /// Edge case, self-removal: the leader leads until the configuration without it commits,
    /// steps down, and never stands again; the others elect a leader among themselves.
    @Test func aLeaderThatRemovesItselfStepsDownAndTheOthersGoOn() {
        var world = ExtensionWorlds.world()
        world.run(for: 100)
        world.changeMembership(MembershipRequest(node: 0, add: false))
        #expect(world.engine.role(of: 0) == .leader)
        #expect(world.wait(limit: 500) { $0.engine.role(of: 0) == .follower })
        let events = world.takeEvents()
        #expect(RaftWorld.notes(events, of: 0).contains(.leavesAfterRemoval))
        #expect(world.wait(limit: 3000) { w in (1...2).contains { w.engine.role(of: $0) == .leader } })
        world.run(for: 3000)
        #expect(world.engine.term(of: 0) == 1 || world.engine.role(of: 0) == .follower)
        #expect(!RaftWorld.notes(world.takeEvents(), of: 0).contains { if case .startsElection = $0 { true } else { false } })
        world.write("after")
        #expect(world.wait(limit: 2000) { $0.clients.acked == 1 })
        #expect(world.violations.isEmpty)
    }

    /// Moves the world to `groups` (a new partition replaces the one before).
    func regroup(_ world: inout RaftWorld, _ groups: [[NodeID]]) {
        world.heal()
        world.partition(groups)
    }

    /// Voters {0, 1, 2} of five nodes, node 0 leading term 1: it adds 3, whose entry (2) is cut
    /// off before 3 gets it, then 4, caught up through 2 and cut off before the next entry
    /// reaches it; then 0 restarts, and 1 and 0 each time out once, {0, 3, 4} against {1, 2}.
    func twoAddsThenTwoElections(unsafe: Bool) -> RaftWorld {
        var world = ExtensionWorlds.world(nodes: 5) {
            $0.voters = NodeSet([0, 1, 2])
            $0.engine.election = 10_000...20_000  // only the steps below elect
            if unsafe { $0.engine.unsafe = .changeWithoutCommit }
        }
        world.run(for: 100)
        #expect(world.engine.commitIndex(of: 0) == 1)
        regroup(&world, [[0, 3], [1, 2], [4]])
        world.changeMembership(MembershipRequest(node: 3, add: true))
        #expect(world.wait(limit: 1000) { $0.engine.voters(at: 0) == NodeSet([0, 1, 2, 3]) })
        regroup(&world, [[0, 4], [1, 2], [3]])
        world.changeMembership(MembershipRequest(node: 4, add: true))
        _ = world.wait(limit: 1000) { $0.engine.voters(at: 0) == NodeSet([0, 1, 2, 3, 4]) }
        regroup(&world, [[0], [1, 2], [3], [4]])
        world.run(for: 100)
        #expect(world.engine.commitIndex(of: 0) == 1)  // no configuration entry committed
        #expect(world.engine.voters(at: 1) == NodeSet([0, 1, 2]))
        #expect(world.engine.voters(at: 3) == NodeSet([0, 1, 2]))
        #expect(world.engine.voters(at: 4) == NodeSet([0, 1, 2, 3]))
        world.crash(0)
        world.restart(0)
        regroup(&world, [[0, 3, 4], [1, 2]])
        world.timeout(1)
        #expect(world.wait(limit: 200) { $0.engine.role(of: 1) == .leader })
        #expect(world.engine.term(of: 1) == 2)
        #expect(world.violations.isEmpty)
        world.timeout(0)
        world.run(for: 200)
        return world
    }

    /// `unsafe: change_without_commit`: "two disjoint majorities can then elect two leaders in
    /// one term (`election_safety` falls)": {1, 2} is a majority of {0, 1, 2}, {0, 3, 4} one of
    /// {0, 1, 2, 3, 4}.
    @Test func changeWithoutCommitLetsTwoDisjointMajoritiesElectInOneTerm() {
        let world = twoAddsThenTwoElections(unsafe: true)
        #expect(world.engine.voters(at: 0) == NodeSet([0, 1, 2, 3, 4]))
        #expect(world.engine.role(of: 0) == .leader)
        #expect(world.engine.term(of: 0) == 2)
        // Election safety falls first; the two leaders' commits then disagree as well.
        #expect(world.brokenProperties.first == .electionSafety)
        #expect(world.violations.first?.term == 2)
        #expect(Set([world.violations.first?.node, world.violations.first?.other]) == [0, 1])
    }

    /// The same schedule without the unsafe rule: the second add waits for the first entry to
    /// commit, which it cannot, and 0 (voters {0, 1, 2, 3}) wins no election with 3 and 4.
    @Test func withoutTheUnsafeRuleTheSecondAddWaits() {
        let world = twoAddsThenTwoElections(unsafe: false)
        #expect(world.engine.voters(at: 0) == NodeSet([0, 1, 2, 3]))
        #expect(world.engine.role(of: 0) != .leader)
        #expect(world.violations.isEmpty)
    }
}

/// Two places where raft-extensions.md's membership rules, implemented as written, leave a
/// cluster that can never elect a leader again (found by ExtensionSoakTests' schedules).
@Suite struct MembershipContractGapTests {
    /// Thesis 4.2.2, Figure 4.6: "a server that is not part of its own latest configuration
    /// should still start new elections, as it might still be needed until the Cnew entry is
    /// committed". The contract says such a node "never starts an election": leader 0 removes
    /// itself from {0, 1}, the entry never reaches 1, 0 restarts; 1 needs 0's vote, which 0
    /// refuses for 1's shorter log, and 0 never stands. No leader, ever.
    @Test func aRemovedLeaderWhoseEntryIsUncommittedIsNeededButNeverStands() {
        var world = ExtensionWorlds.world { $0.voters = NodeSet([0, 1]) }
        world.run(for: 100)
        #expect(world.engine.commitIndex(of: 0) == 1)
        world.partition([[0], [1, 2]])
        world.changeMembership(MembershipRequest(node: 0, add: false))
        #expect(world.engine.voters(at: 0) == NodeSet([1]))
        world.run(for: 50)  // what 0 sent is dropped on the way
        world.crash(0)
        world.restart(0)
        world.heal()
        let led = world.wait(limit: 5000) { $0.undisputedLeader != nil }
        #expect(world.engine.voters(at: 1) == NodeSet([0, 1]))
        #expect(!led)  // the contract's rule, kept as written (decisions.md, issue 13)
        #expect(world.violations.isEmpty)
    }

    /// Removing the last voter leaves an empty configuration: no quorum exists, nothing
    /// commits again (etcd refuses such a change). The contract does not say what happens.
    @Test func removingTheLastVoterLeavesNoQuorum() {
        var world = ExtensionWorlds.world { $0.voters = NodeSet([0]) }
        world.run(for: 100)
        world.changeMembership(MembershipRequest(node: 0, add: false))
        #expect(world.engine.voters(at: 0) == NodeSet())
        world.write("x")
        world.run(for: 2000)
        #expect(world.clients.acked == 0)  // accepted, as the contract says nothing against it (decisions.md)
    }
}
