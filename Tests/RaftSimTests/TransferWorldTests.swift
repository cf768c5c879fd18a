import Testing
import RaftCore
@testable import RaftSim

/// Leadership transfer in the world (raft-extensions.md, "Leadership transfer"; thesis 3.10).
@Suite struct TransferWorldTests {
    /// Node 0 leads term 1 and has committed its no-op.
    func settled(_ change: (inout WorldSpec) -> Void = { _ in }) -> RaftWorld { ExtensionWorlds.settled(change) }

    /// The target leads: TimeoutNow goes to it, it wins at once (its requests carry the flag).
    @Test func theTargetBecomesLeader() {
        var world = settled { $0.engine.preVote = true; $0.engine.checkQuorum = true }
        world.transfer(to: 2)
        #expect(world.wait(limit: 300) { $0.undisputedLeader == 2 })
        let events = world.takeEvents()
        #expect(RaftWorld.delivered(events).contains { $0.kind == .timeoutNow && $0.from == 0 && $0.to == 2 })
        #expect(RaftEngine.look(Message(from: 0, to: 2, term: 1, body: .timeoutNow)).label == Phrase("TN"))
        #expect(RaftWorld.notes(events, of: 2).contains(.timesOutNow(from: 0)))
        #expect(world.engine.term(of: 2) == 2)
        #expect(world.violations.isEmpty)
    }

    /// "A write reaching the leader during a transfer is not appended; once the leader has
    /// stepped down and knows the new leader it answers with a redirect to it."
    @Test func aWriteHeldDuringATransferIsRedirectedToTheNewLeader() {
        var world = settled()
        world.slow(1, latency: 40...40)  // TimeoutNow and the election take a while
        world.transfer(to: 1)
        let ids = world.write("x", to: 0)
        #expect(world.wait(limit: 1000) { $0.clients.acked == 1 })
        let writes = RaftWorld.writes(world.takeEvents())
        let id = ids[0]
        #expect(writes.contains(.held(write: id, at: 0)))
        #expect(writes.contains(.redirected(write: id, by: 0, leader: 1)))
        #expect(writes.contains { if case .acknowledged(id, 1, 2) = $0 { true } else { false } })
        #expect(world.heldIndex(of: id, in: 1) == 3)  // appended by the new leader, after its no-op at 2
        #expect(world.engine.entryTerm(at: 3, in: 1) == 2)
        #expect(world.heldIndex(of: id, in: 0) == 3)  // replicated to the old leader from the new one
        #expect(world.violations.isEmpty)
    }

    /// An acks-0 write held during a transfer is never retried (the client does not wait): it is
    /// stamped with the term of the node it reached and lost once the new leader, of a higher
    /// term, holds no entry with its id (scenario format, "lost").
    @Test func anAcksZeroWriteHeldDuringATransferIsLostOnceTheNewLeaderLacksIt() {
        var world = settled()
        world.slow(1, latency: 40...40)
        world.transfer(to: 1)
        let ids = world.write("x", to: 0, acks: .zero)
        #expect(world.wait(limit: 1000) { $0.engine.role(of: 1) == .leader && $0.engine.leaderHint(at: 0) == 1 })
        world.run(for: 200)
        #expect(RaftWorld.writes(world.takeEvents()).contains(.held(write: ids[0], at: 0)))
        #expect((0..<3).allSatisfy { world.heldIndex(of: ids[0], in: $0) == nil })
        #expect(world.clients.acked == 1)
        #expect(world.clients.lost == 1)
    }

    /// Edge case, a transfer to a node that never wins: "If the transfer is abandoned (NODE not
    /// leader within one election timeout, drawn at the step), waiting writes are appended then."
    @Test func heldWritesAreAppendedWhenTheTransferIsAbandoned() {
        var world = settled()
        world.partition([[0, 2], [1]])  // TimeoutNow never reaches 1
        let start = world.now
        var draw = world.rng  // the election timeout the step draws, from the world's one random source
        let timeout = draw.draw(world.config.election)
        world.transfer(to: 1)
        let ids = world.write("x", to: 0)
        #expect(world.wait(limit: 1000) { $0.clients.acked == 1 })
        let events = world.takeEvents()
        let writes = RaftWorld.writes(events)
        #expect(writes.contains(.held(write: ids[0], at: 0)))
        #expect(writes.contains { if case .acknowledged(ids[0], 0, 1) = $0 { true } else { false } })
        let abandon = events.first { if case .note(0, .abandonsTransfer(to: 1)) = $0.kind { true } else { false } }
        #expect(abandon?.time == start + timeout)  // one election timeout, drawn at the step
        #expect(world.engine.write(at: 2, in: 0) == ids[0])
        #expect(world.engine.role(of: 0) == .leader)
    }

    /// "Nothing happens when the step names the leader itself, a crashed node, a node outside
    /// the leader's configuration, or when there is no leader."
    @Test func aTransferWithNothingToDoIsIgnored() {
        var world = ExtensionWorlds.world(nodes: 4) { $0.voters = NodeSet([0, 1, 2]) }
        world.run(for: 100)
        world.crash(2)
        _ = world.takeEvents()
        world.transfer(to: 0)
        world.transfer(to: 2)
        world.transfer(to: 3)
        world.crash(0)
        world.transfer(to: 1)
        let ignored = world.takeEvents().compactMap { if case let .ignored(n, why) = $0.kind { [n: why] } else { nil } }
        #expect(ignored == [[0: .transferToLeader], [2: .transferToCrashed], [3: .transferToNonMember], [1: .noLeader]])
    }
}
