import Testing
import RaftCore
@testable import RaftSim

/// Log compaction in the world (raft-extensions.md, "Log compaction and InstallSnapshot";
/// paper 7, Figure 13).
@Suite struct SnapshotWorldTests {
    /// "A leader sends `installSnapshot` instead of AppendEntries whenever an AppendEntries it
    /// would send a follower ... needs an entry it has discarded"; "`in_flight`, `drop`, the
    /// space-time diagram and `e` know the two new message kinds": a follower down while the
    /// leader snapshotted comes back through InstallSnapshot.
    @Test func aFollowerDownTooLongIsBroughtBackByInstallSnapshot() {
        var world = ExtensionWorlds.world()
        world.run(for: 100)
        #expect(world.engine.commitIndex(of: 0) == 1)
        world.crash(2)
        world.write("x", count: 5)
        #expect(world.wait(limit: 2000) { $0.clients.acked == 5 })
        world.snapshot(0)
        #expect(world.engine.snapshotIndex(of: 0) == 6)
        #expect(world.logTerms(of: 0) == [])
        _ = world.takeEvents()
        world.restart(2)
        #expect(world.wait(limit: 2000) { $0.engine.commitIndex(of: 2) >= 6 })
        let events = world.takeEvents()
        let snapshots = RaftWorld.delivered(events).filter { $0.kind == .installSnapshot }
        #expect(snapshots.count == 1)
        #expect(snapshots.first?.from == 0 && snapshots.first?.to == 2)
        if let m = snapshots.first { #expect(RaftEngine.look(m).label == Phrase("IS6")) }
        #expect(RaftWorld.notes(events, of: 0).contains(.sendsSnapshot(peer: 2, index: 6, needed: 2)))
        #expect(RaftWorld.notes(events, of: 2).contains { if case .installsSnapshot(0, 6, 1, _) = $0 { true } else { false } })
        #expect(world.engine.snapshotIndex(of: 2) == 6)
        #expect(world.isCommitted(value: "x#5"))
        #expect(world.violations.isEmpty)
        // Afterwards it is replicated to with AppendEntries again.
        world.write("y")
        #expect(world.wait(limit: 1000) { $0.engine.commitIndex(of: 2) == 7 })
        #expect(world.logTerms(of: 2) == [1])
        let later = world.takeEvents()
        #expect(RaftWorld.delivered(later).contains { $0.kind == .installSnapshotReply && $0.from == 2 && $0.to == 0 })
        #expect(world.matchIndex(of: 2) == 7)
    }

    /// A step on a crashed node, or on one that applied nothing new, does nothing, said so.
    @Test func aSnapshotStepWithNothingToDoIsIgnored() {
        var world = ExtensionWorlds.world()
        world.run(for: 100)
        world.snapshot(0)
        _ = world.takeEvents()
        world.snapshot(0)
        world.crash(1)
        world.snapshot(1)
        let ignored = world.takeEvents().compactMap { if case let .ignored(n, why) = $0.kind { [n: why] } else { nil } }
        #expect(ignored == [[0: .snapshotNothingNew], [1: .snapshotDown]])
    }

    /// `unsafe: snapshot_uncommitted`: "`state_machine_safety` falls when those entries are
    /// later replaced": the old leader snapshots its uncommitted write; the other side commits
    /// another entry at that index.
    @Test func snapshotUncommittedBreaksStateMachineSafetyOnceTheEntriesAreReplaced() {
        var world = ExtensionWorlds.world { $0.engine.unsafe = .snapshotUncommitted }
        world.run(for: 100)
        world.partition([[0], [1, 2]])
        world.write("lost", to: 0, acks: .one)
        world.run(for: 50)
        #expect(world.engine.lastIndex(of: 0) == 2)
        world.snapshot(0)
        #expect(world.engine.snapshotIndex(of: 0) == 2)
        #expect(world.violations.isEmpty)
        #expect(world.wait(limit: 3000) { w in (1...2).contains { w.engine.role(of: $0) == .leader } })
        #expect(world.wait(limit: 1000) { w in w.engine.commitIndex(of: 1) >= 2 })
        #expect(world.brokenProperties == [.stateMachineSafety])
        #expect(world.violations.first?.node == 0)
        #expect(world.violations.first?.index == 2)
    }

    /// Without the unsafe rule the same schedule snapshots only what is applied: nothing broken.
    @Test func theSameScheduleWithoutTheUnsafeRuleBreaksNothing() {
        var world = ExtensionWorlds.world()
        world.run(for: 100)
        world.partition([[0], [1, 2]])
        world.write("lost", to: 0, acks: .one)
        world.run(for: 50)
        world.snapshot(0)
        #expect(world.engine.snapshotIndex(of: 0) == 1)
        _ = world.wait(limit: 3000) { w in w.engine.commitIndex(of: 1) >= 2 }
        world.heal()
        world.run(for: 2000)
        #expect(world.violations.isEmpty)
    }
}
