import Testing
import RaftCore
@testable import RaftSim

/// Client reads in the world (raft-extensions.md, "Reads"; paper 8, thesis 6.4).
@Suite struct ReadWorldTests {
    /// Node 0 leads term 1 and has committed its no-op.
    func settled(_ change: (inout WorldSpec) -> Void = { _ in }) -> RaftWorld { ExtensionWorlds.settled(change) }

    /// "A node that is not leader answers with the leader it knows of, and the client goes
    /// there, as for writes"; the answer is the leader's applied index.
    @Test func aReadAtAFollowerIsRedirectedToTheLeaderAndAnswered() {
        var world = settled()
        let id = world.read(at: 1, mode: .readIndex)
        #expect(id == 0)
        #expect(world.wait(limit: 1000) { $0.clients.readsOK == 1 })
        let reads = RaftWorld.reads(world.takeEvents())
        #expect(reads.first == .sent(read: 0, to: 1, mode: .readIndex))
        #expect(reads.contains(.redirected(read: 0, by: 1, leader: 0, to: 0)))
        #expect(reads.last == .answered(read: 0, by: 0, index: 1, required: 0, stale: false))
        #expect(world.clients.readsStale == 0 && world.clients.readsRefused == 0)
    }

    /// By default the read goes to the node the client believes leads.
    @Test func aReadWithoutAtGoesToTheBelievedLeader() {
        var world = settled()
        world.read(mode: .lease)
        #expect(world.clients.reads[0].target == world.clients.believedLeader)
    }

    /// "tries each node at most once; a redirect to a node already tried goes to the next
    /// untried one"; with none left the read is refused at once (docs/decisions.md).
    @Test func aRedirectToANodeAlreadyTriedGoesToTheNextUntriedOne() {
        var world = settled { $0.engine.election = 5000...6000 }
        world.partition([[0], [1, 2]])
        world.read(at: 0, mode: .readIndex)  // the cut-off leader cannot confirm: no answer
        #expect(world.wait(limit: 3000) { $0.clients.readsRefused == 1 })
        let reads = RaftWorld.reads(world.takeEvents())
        #expect(reads.contains(.retried(read: 0, to: 1)))
        #expect(reads.contains(.redirected(read: 0, by: 1, leader: 0, to: 2)))  // 0 was tried
        #expect(reads.last == .refused(read: 0, by: nil))
        #expect(world.clients.reads[0].tried == NodeSet([0, 1, 2]))
        #expect(world.clients.readsOK == 0)
    }

    /// With no leader anywhere, redirects naming none go round every node once, then the read is refused.
    @Test func withNoLeaderEachNodeIsTriedOnceThenTheReadIsRefused() {
        var world = ExtensionWorlds.world(leader: nil) { $0.engine.election = 5000...6000 }
        world.read(at: 0, mode: .readIndex)
        #expect(world.wait(limit: 400) { $0.clients.readsRefused == 1 })
        let reads = RaftWorld.reads(world.takeEvents())
        #expect(reads.filter { if case .redirected = $0 { true } else { false } } == [
            .redirected(read: 0, by: 0, leader: nil, to: 1), .redirected(read: 0, by: 1, leader: nil, to: 2),
        ])
        #expect(reads.last == .refused(read: 0, by: nil))
    }

    /// "Once every node has been tried and the last try went 500 ms unanswered, the read counts as refused."
    @Test func aReadNoNodeAnswersIsRefused500msAfterTheLastTry() {
        var world = settled()
        for node in 0..<3 { world.crash(node) }
        let start = world.now
        world.read(at: 0, mode: .readIndex)
        world.run(for: 1499)
        #expect(world.clients.readsRefused == 0)
        world.run(for: 1)
        #expect(world.clients.readsRefused == 1)
        let events = world.takeEvents().filter { if case .read = $0.kind { true } else { false } }
        #expect(events.map(\.time) == [start, start + 500, start + 1000, start + 1500])
        #expect(RaftWorld.reads(events) == [
            .sent(read: 0, to: 0, mode: .readIndex), .retried(read: 0, to: 1), .retried(read: 0, to: 2),
            .refused(read: 0, by: nil),
        ])
    }

    /// "A refusal (lease without `check_quorum` and `prevote`) counts at once and ends the read."
    @Test func aLeaseReadWithoutTheGuardsIsRefusedAtOnce() {
        var world = settled()
        world.read(at: 0, mode: .lease)
        #expect(world.wait(limit: 100) { $0.clients.readsRefused == 1 })
        let reads = RaftWorld.reads(world.takeEvents())
        #expect(reads.last == .refused(read: 0, by: 0))
        world.run(for: 1000)
        #expect(world.clients.readsRefused == 1)
        #expect(RaftWorld.reads(world.takeEvents()).isEmpty)  // no retry
    }

    /// A lease read with both guards is answered at once by the leader.
    @Test func aLeaseReadWithTheGuardsIsAnsweredByTheLeader() {
        var world = settled { $0.engine.preVote = true; $0.engine.checkQuorum = true }
        world.read(at: 0, mode: .lease)
        #expect(world.wait(limit: 100) { $0.clients.readsOK == 1 })
    }

    /// Stale: "some write was acknowledged (acks `all`) at an event before the `read` step and
    /// the answer does not include that write's entry"; a stale `local` read "is counted, never a violation".
    @Test func aStaleLocalReadIsCountedButNeverAViolation() {
        var world = settled()
        world.partition([[0, 1], [2]])
        world.write("x")
        #expect(world.wait(limit: 1000) { $0.clients.acked == 1 })
        world.read(at: 2, mode: .local)
        #expect(world.wait(limit: 100) { $0.clients.readsOK == 1 })
        #expect(world.clients.readsStale == 1)
        #expect(RaftWorld.reads(world.takeEvents()).last == .answered(read: 0, by: 2, index: 1, required: 2, stale: true))
        #expect(world.violations.isEmpty)
        // At the up-to-date follower the same read is not stale.
        world.read(at: 1, mode: .local)
        _ = world.wait(limit: 200) { $0.clients.readsOK == 2 }
        #expect(world.clients.readsStale == 1)
    }

    /// Only writes acknowledged before the read step count: a write acknowledged after it does not make it stale.
    @Test func aWriteAcknowledgedAfterTheReadStepDoesNotMakeItStale() {
        var world = settled()
        world.partition([[0, 1], [2]])
        world.write("x")
        world.read(at: 2, mode: .local)
        #expect(world.clients.reads[0].required == 0)
        _ = world.wait(limit: 1000) { $0.clients.acked == 1 && $0.clients.readsOK == 1 }
        #expect(world.clients.readsStale == 0)
    }

    /// "`unsafe: lease_ignores_clock`: ... a leader cut off behind a partition answers stale
    /// reads once another leader has committed newer writes": a `linearizable_reads` violation.
    @Test func leaseIgnoresClockLetsACutOffLeaderAnswerAStaleLeaseRead() {
        var world = settled { $0.engine.unsafe = .leaseIgnoresClock }
        world.partition([[0], [1, 2]])
        #expect(world.wait(limit: 3000) { $0.undisputedLeader.map { $0 != 0 } ?? false })
        let leader = world.undisputedLeader!
        world.write("new", to: leader)
        #expect(world.wait(limit: 1000) { $0.clients.acked == 1 })
        #expect(world.engine.role(of: 0) == .leader)  // it still believes it leads
        world.read(at: 0, mode: .lease)
        #expect(world.wait(limit: 100) { $0.clients.readsOK == 1 })
        #expect(world.clients.readsStale == 1)
        #expect(world.brokenProperties == [.linearizableReads])
        #expect(world.violations.first?.node == 0)
    }

    /// A stale `local` read at the same cut-off leader is not a violation.
    @Test func aStaleLocalReadAtACutOffLeaderIsNoViolation() {
        var world = settled()
        world.partition([[0], [1, 2]])
        _ = world.wait(limit: 3000) { $0.undisputedLeader.map { $0 != 0 } ?? false }
        world.write("new", to: world.undisputedLeader!)
        #expect(world.wait(limit: 1000) { $0.clients.acked == 1 })
        world.read(at: 0, mode: .local)
        #expect(world.wait(limit: 100) { $0.clients.readsOK == 1 })
        #expect(world.clients.readsStale == 1)
        #expect(world.violations.isEmpty)
    }

    /// Safe modes are never stale: at the cut-off leader `read_index` gets no confirmation and
    /// the client goes on to a node that redirects it to the new leader; the lease, with both
    /// guards, runs out before another leader is elected.
    @Test(arguments: [ReadMode.readIndex, .lease])
    func aCutOffLeaderGivesNoStaleAnswer(mode: ReadMode) {
        var world = settled { $0.engine.preVote = true; $0.engine.checkQuorum = true }
        world.partition([[0], [1, 2]])
        #expect(world.wait(limit: 3000) { w in (1...2).contains { w.engine.role(of: $0) == .leader } })
        let leader = (1...2).first { world.engine.role(of: $0) == .leader }!
        world.write("new", to: leader)
        #expect(world.wait(limit: 1000) { $0.clients.acked == 1 })
        world.read(at: 0, mode: mode)
        _ = world.wait(limit: 3000) { $0.clients.readsOK + $0.clients.readsRefused == 1 }
        #expect(world.clients.readsStale == 0)
        #expect(world.violations.isEmpty)
    }
}
