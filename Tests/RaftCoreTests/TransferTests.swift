import Testing
@testable import RaftCore

/// Leadership transfer (thesis 3.10) as raft-extensions.md, "Leadership transfer", states it.
@Suite struct TransferTests {
    /// A leader of term 2 over [1] plus its no-op (index 2, committed), election 150...300,
    /// whose follower 2 holds everything and whose follower 1 lags (it has not answered since
    /// the write at index 3 went out).
    func leaderWithLaggingFollower(_ change: @escaping (inout EngineConfig) -> Void = { _ in }) -> Rig {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: { $0.election = 150...300; change(&$0) })
        rig.propose(7)
        rig.receive(.ack(2, term: 2, prev: 2, match: 3, sentAt: rig.now))
        #expect(rig.node.commitIndex == 3)
        rig.out.clear()
        return rig
    }

    /// "the leader stops accepting new client writes ... sends NODE the entries it lacks, and
    /// once NODE's match index equals the leader's last index sends it timeoutNow".
    @Test func theLeaderHoldsWritesCatchesTheTargetUpThenSendsTimeoutNow() {
        var rig = leaderWithLaggingFollower()
        let out = rig.transfer(to: 1, at: 10)
        #expect(out.notes.contains(.startsTransfer(to: 1)))
        #expect(out.sent(.timeoutNow).isEmpty)  // its match is 2, the last index 3
        #expect(out.sent(to: 1).map(\.kind).allSatisfy { $0 == .appendEntries || $0 == .heartbeat })
        #expect(!out.sent(to: 1).isEmpty)
        // No new write is appended meanwhile.
        #expect(rig.propose(8) == nil)
        #expect(rig.node.log.lastIndex == 3)
        #expect(rig.out.messages.isEmpty)
        // A match short of the last index is not enough.
        let partial = rig.receive(.ack(1, term: 2, prev: 2, match: 2, sentAt: 10), at: 20)
        #expect(partial.sent(.timeoutNow).isEmpty)
        let caughtUp = rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 10), at: 30)
        #expect(caughtUp.sent(.timeoutNow).map(\.to) == [1])
        #expect(caughtUp.sent(.timeoutNow).first?.term == 2)
        #expect(caughtUp.notes.contains(.sendsTimeoutNow(to: 1)))
        // Once per transfer.
        let again = rig.receive(.ack(1, term: 2, prev: 3, match: 3, sentAt: 30), at: 40)
        #expect(again.sent(.timeoutNow).isEmpty)
    }

    /// A target that already holds every entry gets TimeoutNow at once.
    @Test func aCaughtUpTargetGetsTimeoutNowAtOnce() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        let out = rig.transfer(to: 2, at: 5)
        #expect(out.sent(.timeoutNow).map(\.to) == [2])
        #expect(out.notes == [.startsTransfer(to: 2), .sendsTimeoutNow(to: 2)])
    }

    /// A target far behind is caught up with entries (probing from where it is), then gets TimeoutNow.
    @Test func aTargetFarBehindIsSentTheEntriesItLacks() {
        var rig = Rig(term: 1, log: [1, 1])
        rig.elect()
        rig.receive(.ack(2, term: 2, prev: 2, match: 3, sentAt: 0), at: 5)
        rig.receive(.appendReply(1, term: 2, success: false, prev: 2, conflictIndex: 1), at: 6)
        rig.transfer(to: 1, at: 10)
        #expect(rig.out.sent(.timeoutNow).isEmpty)
        let retry = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        let resend = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        let sent = (retry.sent(to: 1) + resend.sent(to: 1)).compactMap(\.append)
        #expect(sent.contains { $0.prevIndex == 0 && $0.entries.map(\.term) == [1, 1, 2] })
        let out = rig.receive(.ack(1, term: 2, prev: 0, match: 3, sentAt: rig.now))
        #expect(out.sent(.timeoutNow).map(\.to) == [1])
    }

    /// "NODE starts an election at once (skipping Pre-Vote), and its vote requests carry a flag".
    @Test func theTargetStartsAnElectionAtOnceWithoutPreVoteAndFlagsItsRequests() {
        var rig = Rig(term: 2, log: [1, 2], config: { $0.preVote = true; $0.checkQuorum = true })
        rig.receive(.append(1, term: 2, prev: 2, prevTerm: 2), at: 10)
        let out = rig.receive(.timeoutNow(1, term: 2), at: 20)
        #expect(out.notes.contains(.timesOutNow(from: 1)))
        #expect(out.notes.contains(.startsElection(term: 3)))
        #expect(rig.node.role == .candidate)
        #expect(rig.node.term == 3)
        let requests = out.sent(.requestVote)
        #expect(requests.map(\.to) == [1, 2])
        #expect(requests.allSatisfy { $0.transferFlag == true && $0.voteRequest?.pre == false })
        #expect(out.sent(.preVote).isEmpty)
    }

    /// TimeoutNow of another term, at a leader, or at a node outside its configuration starts nothing.
    @Test func aStaleOrMisplacedTimeoutNowStartsNothing() {
        var stale = Rig(term: 3, log: [1])
        #expect(stale.receive(.timeoutNow(1, term: 2), at: 20).messages.isEmpty)
        #expect(stale.node.role == .follower && stale.node.term == 3)

        var leader = Rig.caughtUpLeader(term: 2, log: [1])
        leader.receive(.timeoutNow(1, term: 2), at: 20)
        #expect(leader.node.role == .leader && leader.node.term == 2)

        var outsider = Rig(id: 3, nodes: 4, term: 2, config: { $0.configuration = Configuration(voters: NodeSet([0, 1, 2])) })
        let out = outsider.receive(.timeoutNow(0, to: 3, term: 2), at: 20)
        #expect(outsider.node.role == .follower && outsider.node.term == 2)
        #expect(out.messages.isEmpty)
    }

    /// "voters grant them even within the minimum election timeout of hearing from the leader".
    @Test func votersInTheLeasesGuardGrantAFlaggedRequest() {
        let guarded: (inout EngineConfig) -> Void = { $0.preVote = true; $0.checkQuorum = true; $0.election = 150...300 }
        var plain = Rig(term: 2, log: [1, 2], config: guarded)
        plain.receive(.append(1, term: 2, prev: 2, prevTerm: 2), at: 100)
        let refused = plain.receive(.vote(2, term: 3, lastIndex: 2, lastTerm: 2), at: 120)
        #expect(refused.onlyMessage?.voteAnswer?.granted == false)
        #expect(plain.node.term == 2)

        var flagged = Rig(term: 2, log: [1, 2], config: guarded)
        flagged.receive(.append(1, term: 2, prev: 2, prevTerm: 2), at: 100)
        let granted = flagged.receive(.transferVote(2, term: 3, lastIndex: 2, lastTerm: 2), at: 120)
        #expect(granted.onlyMessage?.body == .voteReply(granted: true, pre: false))
        #expect(flagged.node.term == 3)
        #expect(flagged.node.durable.votedFor == 2)
    }

    /// The old leader itself (a leader counts as hearing from one) grants the flagged request and steps down.
    @Test func theOldLeaderGrantsTheFlaggedRequestAndStepsDown() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: { $0.preVote = true; $0.checkQuorum = true })
        rig.transfer(to: 1, at: 10)
        let out = rig.receive(.transferVote(1, term: 3, lastIndex: 2, lastTerm: 2), at: 20)
        #expect(out.onlyMessage?.body == .voteReply(granted: true, pre: false))
        #expect(rig.node.role == .follower)
        #expect(rig.node.term == 3)
        #expect(rig.node.volatile.leading.transfer == nil)
    }

    /// Edge case, a transfer to a node that never wins: "If NODE has not become leader within
    /// one election timeout, the old leader resumes accepting writes" (drawn at the step).
    @Test func aTransferToANodeThatNeverWinsIsAbandonedAfterOneElectionTimeout() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: { $0.election = 150...150; $0.heartbeat = 1000 })
        rig.transfer(to: 1, at: 10)
        #expect(rig.out.sent(.timeoutNow).map(\.to) == [1])
        #expect(rig.node.volatile.leading.transfer?.deadline == 160)
        #expect(rig.fire(at: 159).notes.isEmpty)
        let out = rig.fire(at: 160)
        #expect(out.notes == [.abandonsTransfer(to: 1)])
        #expect(rig.node.role == .leader)
        #expect(rig.node.volatile.leading.transfer == nil)
        #expect(rig.propose(9) == 3)  // writes are appended again
    }

    /// Nothing happens for the leader itself, a node outside the leader's configuration, or at
    /// a node that is not leader.
    @Test func aTransferToTheLeaderItselfOrANonMemberOrFromAFollowerDoesNothing() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        let before = rig.node
        #expect(rig.transfer(to: 0).notes.isEmpty)
        #expect(rig.node == before)

        var four = Rig(nodes: 4, term: 1, config: { $0.configuration = Configuration(voters: NodeSet([0, 1, 2])) })
        four.elect()
        #expect(four.transfer(to: 3).notes.isEmpty)
        #expect(four.node.volatile.leading.transfer == nil)
        #expect(four.propose(5) != nil)

        var follower = Rig(term: 2, log: [1])
        #expect(follower.transfer(to: 1).notes.isEmpty)
        #expect(follower.node.volatile.leading.transfer == nil)
    }

    /// "A new `transfer` step replaces a running one": the new target, and a new deadline.
    @Test func aNewTransferReplacesTheRunningOne() {
        var rig = leaderWithLaggingFollower { $0.election = 150...150 }
        rig.transfer(to: 1, at: 10)
        #expect(rig.node.volatile.leading.transfer?.deadline == 160)
        let out = rig.transfer(to: 2, at: 50)
        #expect(out.sent(.timeoutNow).map(\.to) == [2])  // 2 already holds index 3
        #expect(rig.node.volatile.leading.transfer?.target == 2)
        #expect(rig.node.volatile.leading.transfer?.deadline == 200)
        // 1 catching up now gets no TimeoutNow.
        let late = rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 10), at: 60)
        #expect(late.sent(.timeoutNow).isEmpty)
    }

    /// A replacing transfer to a lagging node after TimeoutNow went to another: it is sent once
    /// the new target catches up.
    @Test func aReplacingTransferSendsItsOwnTimeoutNow() {
        var rig = leaderWithLaggingFollower()
        rig.transfer(to: 2, at: 10)
        #expect(rig.out.sent(.timeoutNow).map(\.to) == [2])
        rig.transfer(to: 1, at: 20)
        #expect(rig.out.sent(.timeoutNow).isEmpty)
        let out = rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 20), at: 30)
        #expect(out.sent(.timeoutNow).map(\.to) == [1])
    }

    /// The transfer ends with the leadership: a leader that steps down holds nothing.
    @Test func aTransferEndsWhenTheLeaderStepsDown() {
        var rig = leaderWithLaggingFollower()
        rig.transfer(to: 1, at: 10)
        rig.receive(.append(1, term: 3, prev: 3, prevTerm: 2), at: 20)
        #expect(rig.node.role == .follower)
        #expect(rig.node.volatile.leading == LeadingState())
        #expect(rig.node.nextDeadline == rig.node.volatile.electionDeadline)
    }
}
