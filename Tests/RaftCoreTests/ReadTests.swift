import Testing
@testable import RaftCore

/// Client reads (paper 8; thesis 6.4) and the lease's vote guard (thesis 4.2.3, 6.4.1) as
/// raft-extensions.md, "Reads", states them.
@Suite struct ReadTests {
    /// CheckQuorum and Pre-Vote on, election 150...300.
    static func guards(_ c: inout EngineConfig) {
        c.preVote = true
        c.checkQuorum = true
        c.election = 150...300
    }

    // MARK: - local

    /// `local`: "NODE answers at once from its own applied state, whatever its role".
    @Test func aLocalReadAnswersTheAppliedIndexWhateverTheRole() {
        var follower = Rig(term: 1, log: [1, 1, 1], commit: 2)
        #expect(follower.read(0, .local) == .answered(index: 2))
        #expect(follower.out.messages.isEmpty && follower.out.changes.isEmpty)

        var candidate = Rig(term: 1, log: [1, 1, 1], commit: 1)
        candidate.timeout()
        #expect(candidate.node.role == .candidate)
        #expect(candidate.read(1, .local) == .answered(index: 1))

        var leader = Rig.caughtUpLeader(term: 2, log: [1])
        #expect(leader.read(2, .local) == .answered(index: 2))

        var unsafe = Rig(term: 1, log: [1, 1, 1], config: { $0.unsafe = .snapshotUncommitted })
        unsafe.snapshot()
        #expect(unsafe.read(3, .local) == .answered(index: 3))  // applied moved with the snapshot
    }

    // MARK: - read_index

    /// "A node that is not leader answers with the leader it knows of" (read_index and lease alike).
    @Test(arguments: [ReadMode.readIndex, .lease])
    func aNodeThatIsNotLeaderRedirects(mode: ReadMode) {
        var rig = Rig(term: 1, log: [1], commit: 1, config: Self.guards)
        #expect(rig.read(0, mode) == .redirect(leader: nil))
        rig.receive(.append(2, term: 1, prev: 1, prevTerm: 1, commit: 1), at: 10)
        #expect(rig.read(1, mode) == .redirect(leader: 2))
        #expect(rig.out.messages.isEmpty)
    }

    /// read_index: "a leader notes its commit index as the read index, confirms it is still
    /// leader by sending AppendEntries to every voter and counting answers to those or later
    /// ones from a majority (itself included) ... then answers".
    @Test func readIndexCountsAnswersToAppendEntriesSentAtOrAfterTheRead() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        #expect(rig.read(0, .readIndex, at: 100) == .waiting)
        #expect(rig.out.notes.contains(.takesReadIndex(read: 0, index: 2)))
        #expect(rig.out.appends.map(\.to) == [1, 2])
        #expect(rig.out.appends.allSatisfy { $0.sentAt == 100 })
        #expect(rig.out.answeredReads.isEmpty)
        // An answer to an AppendEntries sent before the read confirms nothing.
        #expect(rig.receive(.ack(1, term: 2, match: 2, sentAt: 99), at: 110).answeredReads.isEmpty)
        #expect(rig.receive(.ack(1, term: 2, match: 2, sentAt: 100), at: 111).answeredReads == [[0, 2]])
        #expect(rig.node.volatile.leading.reads.isEmpty)
    }

    /// An answer to a later AppendEntries (a heartbeat after the read) counts too.
    @Test func readIndexCountsAnswersToLaterAppendEntries() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        _ = rig.read(0, .readIndex, at: 100)
        #expect(rig.receive(.ack(2, term: 2, match: 2, sentAt: 150), at: 160).answeredReads == [[0, 2]])
    }

    /// A majority, the leader included: of five voters, two answers besides the leader.
    @Test func readIndexNeedsAMajorityOfVoters() {
        var rig = Rig.caughtUpLeader(nodes: 5, term: 2, log: [1])
        _ = rig.read(0, .readIndex, at: 100)
        #expect(rig.receive(.ack(3, term: 2, match: 2, sentAt: 100), at: 110).answeredReads.isEmpty)
        #expect(rig.receive(.ack(3, term: 2, match: 2, sentAt: 100), at: 111).answeredReads.isEmpty)  // the same voter again
        #expect(rig.receive(.ack(1, term: 2, match: 2, sentAt: 100), at: 112).answeredReads == [[0, 2]])
    }

    /// An answer refusing the entries still confirms the leadership (it is of the leader's term).
    @Test func aRefusalOfTheLeadersTermConfirmsTheReadToo() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        _ = rig.read(0, .readIndex, at: 100)
        let refusal = Message(from: 1, to: 0, term: 2,
                              body: .appendReply(success: false, prevIndex: 2, match: 0, conflictIndex: nil, conflictTerm: 0),
                              sentAt: 100)
        #expect(rig.receive(refusal, at: 110).answeredReads == [[0, 2]])
    }

    /// "A new leader first commits an entry of its own term (its no-op)"; the read index is the
    /// commit index then, and the round that confirms it starts then.
    @Test func readIndexWaitsForACommitOfTheLeadersOwnTerm() {
        var rig = Rig(term: 1, log: [1, 1])
        rig.elect()  // term 2, no-op at 3
        #expect(rig.read(0, .readIndex, at: 5) == .waiting)
        #expect(rig.out.notes.contains(.holdsRead(read: 0, reason: .noTermCommit)))
        #expect(rig.out.messages.isEmpty)
        let commit = rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 0), at: 10)
        #expect(rig.node.commitIndex == 3)
        #expect(commit.notes.contains(.takesReadIndex(read: 0, index: 3)))
        #expect(commit.answeredReads.isEmpty)  // the answer that committed was to an older request
        #expect(commit.appends.filter { $0.sentAt == 10 }.map(\.to) == [1, 2])
        #expect(rig.receive(.ack(2, term: 2, prev: 3, match: 3, sentAt: 10), at: 20).answeredReads == [[0, 3]])
    }

    /// "A leader sends `installSnapshot` instead of AppendEntries" (a heartbeat included): the
    /// answer to that snapshot, sent at or after the read, confirms the read as the AppendEntries'
    /// answer would.
    @Test func anAnswerToTheSnapshotSentInsteadOfAppendEntriesConfirmsARead() {
        var rig = Rig(term: 1, log: [1, 1, 1])
        rig.elect()
        rig.receive(.ack(2, term: 2, prev: 3, match: 4, sentAt: 0), at: 5)
        rig.snapshot()
        rig.receive(.appendReply(1, term: 2, success: false, prev: 3, conflictIndex: 2), at: 6)
        #expect(rig.read(0, .readIndex, at: 100) == .waiting)
        let snapshot = rig.out.sent(to: 1).first
        #expect(snapshot?.kind == .installSnapshot)
        #expect(snapshot?.sentAt == 100)
        // The follower answers it, echoing the send time; 2 stays silent.
        var follower = Rig(id: 1, term: 2, log: [1])
        let reply = follower.receive(snapshot!, at: 110).onlyMessage!
        #expect(reply.sentAt == 100)
        #expect(rig.receive(reply, at: 120).answeredReads == [[0, 4]])
    }

    /// Several reads waiting for the no-op take the same index and are answered together.
    @Test func readsWaitingTogetherAreAnsweredTogether() {
        var rig = Rig(term: 1, log: [1])
        rig.elect()
        _ = rig.read(0, .readIndex, at: 1)
        _ = rig.read(1, .readIndex, at: 2)
        rig.receive(.ack(1, term: 2, prev: 1, match: 2, sentAt: 0), at: 10)
        #expect(rig.receive(.ack(1, term: 2, prev: 2, match: 2, sentAt: 10), at: 20).answeredReads == [[0, 2], [1, 2]])
    }

    /// A single voter confirms its own leadership: answered at once (the leader is a majority).
    @Test func aSingleVoterAnswersAReadIndexReadAtOnce() {
        var rig = Rig(nodes: 1, term: 0)
        rig.elect()
        #expect(rig.node.commitIndex == 1)
        #expect(rig.read(0, .readIndex, at: 5) == .waiting)
        #expect(rig.out.answeredReads == [[0, 1]])
    }

    /// Reads waiting at a leader end with its leadership (it no longer answers them).
    @Test func waitingReadsEndWithTheLeadership() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        _ = rig.read(0, .readIndex, at: 100)
        rig.receive(.append(1, term: 3, prev: 2, prevTerm: 2), at: 110)
        #expect(rig.node.volatile.leading.reads.isEmpty)
        #expect(rig.receive(.ack(2, term: 3, match: 2, sentAt: 100), at: 120).answeredReads.isEmpty)
    }

    // MARK: - lease

    /// lease: "a leader answers at once from its applied state when now < S + the minimum
    /// election timeout, S being the latest time such that a majority of voters (itself
    /// included) acknowledged an AppendEntries it sent at or after S; otherwise it does not answer".
    @Test func aLeaseReadIsAnsweredOnlyWithinTheMinimumElectionTimeoutOfS() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: Self.guards)  // both acks to sends at 0
        #expect(rig.read(0, .lease, at: 100) == .answered(index: 2))
        #expect(rig.read(1, .lease, at: 149) == .answered(index: 2))
        #expect(rig.read(2, .lease, at: 150) == .silent)
        #expect(rig.out.notes.contains(.holdsRead(read: 2, reason: .leaseExpired(since: 0))))
        // One more voter acknowledging a later send makes a majority at 140: S = 140.
        rig.receive(.ack(1, term: 2, match: 2, sentAt: 140), at: 160)
        #expect(rig.node.leaseStart(now: 160) == 140)
        #expect(rig.read(3, .lease, at: 160) == .answered(index: 2))
        #expect(rig.read(4, .lease, at: 289) == .answered(index: 2))
        #expect(rig.read(5, .lease, at: 290) == .silent)
        #expect(rig.out.notes.contains(.holdsRead(read: 5, reason: .leaseExpired(since: 140))))
    }

    /// S is the majority's time: with five voters the second latest acknowledgement besides the leader's.
    @Test func theLeaseStartIsTheMajoritysTime() {
        var rig = Rig.caughtUpLeader(nodes: 5, term: 2, log: [1], config: Self.guards)
        rig.receive(.ack(1, term: 2, match: 2, sentAt: 100), at: 110)
        #expect(rig.node.leaseStart(now: 110) == 0)  // 1 at 100 and the leader: two of five
        rig.receive(.ack(2, term: 2, match: 2, sentAt: 90), at: 111)
        #expect(rig.node.leaseStart(now: 111) == 90)
        #expect(rig.read(0, .lease, at: 239) == .answered(index: 2))
        #expect(rig.read(1, .lease, at: 240) == .silent)
    }

    /// "A new leader serves lease reads only once it has committed an entry of its own term".
    @Test func aLeaseReadWaitsForACommitOfTheLeadersOwnTerm() {
        var rig = Rig(term: 1, log: [1], config: Self.guards)
        rig.elect()
        #expect(rig.read(0, .lease, at: 10) == .silent)
        #expect(rig.out.notes.contains(.holdsRead(read: 0, reason: .noTermCommit)))
        rig.receive(.ack(1, term: 2, prev: 1, match: 2, sentAt: 0), at: 20)
        #expect(rig.read(1, .lease, at: 30) == .answered(index: 2))
    }

    /// "A leader that has sent `timeoutNow` serves no lease reads for the rest of its term",
    /// even once the transfer is abandoned.
    @Test func noLeaseReadsAfterSendingTimeoutNow() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: Self.guards)
        rig.transfer(to: 1, at: 10)
        #expect(rig.out.sent(.timeoutNow).count == 1)
        #expect(rig.read(0, .lease, at: 20) == .silent)
        #expect(rig.out.notes.contains(.holdsRead(read: 0, reason: .transferring)))
        let deadline = rig.node.volatile.leading.transfer!.deadline  // one election timeout, drawn at the step
        rig.fire(at: deadline)
        #expect(rig.node.volatile.leading.transfer == nil)
        rig.receive(.ack(1, term: 2, match: 2, sentAt: deadline + 5), at: deadline + 10)
        #expect(rig.read(1, .lease, at: deadline + 15) == .silent)
        // read_index is still served.
        #expect(rig.read(2, .readIndex, at: deadline + 20) == .waiting)
        #expect(rig.receive(.ack(1, term: 2, match: 2, sentAt: deadline + 20), at: deadline + 30).answeredReads == [[2, 2]])
    }

    /// A transfer that has not sent TimeoutNow yet does not stop the lease.
    @Test func aTransferBeforeTimeoutNowKeepsTheLease() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: Self.guards)
        rig.propose(7)
        rig.receive(.ack(2, term: 2, prev: 2, match: 3, sentAt: 0), at: 5)
        rig.transfer(to: 1, at: 10)
        #expect(rig.out.sent(.timeoutNow).isEmpty)
        #expect(rig.read(0, .lease, at: 20) == .answered(index: 3))
    }

    /// "Requires both `check_quorum` and `prevote` ...; without either the read is refused."
    @Test(arguments: [(false, false), (true, false), (false, true)])
    func aLeaseReadIsRefusedWithoutBothSettings(preVote: Bool, checkQuorum: Bool) {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: { $0.preVote = preVote; $0.checkQuorum = checkQuorum })
        #expect(rig.read(0, .lease, at: 10) == .refused)
        #expect(rig.out.notes.contains(.holdsRead(read: 0, reason: .leaseNeedsGuards)))
    }

    /// `unsafe: lease_ignores_clock`: "a leader answers every lease read at once, with no time
    /// check and whatever `check_quorum` and `prevote` are".
    @Test func leaseIgnoresClockAnswersAtOnce() {
        var rig = Rig(term: 1, log: [1], commit: 1, config: { $0.unsafe = .leaseIgnoresClock })
        rig.elect()  // no-op of term 2 not committed, no acknowledgement at all
        #expect(rig.read(0, .lease, at: 10_000) == .answered(index: 1))
        var guarded = Rig.caughtUpLeader(term: 2, log: [1], config: { Self.guards(&$0); $0.unsafe = .leaseIgnoresClock })
        #expect(guarded.read(0, .lease, at: 10_000) == .answered(index: 2))
    }

    // MARK: - The lease's vote guard

    /// "when `check_quorum` and `prevote` are both on, a node that heard from a leader within
    /// the minimum election timeout ... also refuses a vote request without the transfer flag,
    /// and does not adopt its term".
    @Test(arguments: [(120, false), (249, false), (250, true)])
    func aVoterThatHeardFromALeaderRefusesAVote(at time: Int, granted: Bool) {
        var rig = Rig(term: 2, log: [1, 2], config: Self.guards)
        rig.receive(.append(1, term: 2, prev: 2, prevTerm: 2), at: 100)
        let out = rig.receive(.vote(2, term: 3, lastIndex: 2, lastTerm: 2), at: time)
        #expect(out.onlyMessage?.voteAnswer?.granted == granted)
        if granted {
            #expect(rig.node.term == 3)
        } else {
            #expect(rig.node.term == 2)
            #expect(rig.node.volatile.leader == 1)
            #expect(out.onlyMessage?.term == 3)  // counted as a refusal by the candidate
            #expect(out.notes.contains(.refusesVote(to: 2, term: 3, pre: false, reason: .inLease(leader: 1))))
        }
    }

    /// "(a leader counts)": a leader refuses a higher term's vote request and keeps leading.
    @Test func aLeaderRefusesAVoteRequestInsideTheLease() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: Self.guards)
        let out = rig.receive(.vote(1, term: 3, lastIndex: 9, lastTerm: 2), at: 5000)
        #expect(out.onlyMessage?.body == .voteReply(granted: false, pre: false))
        #expect(rig.node.role == .leader && rig.node.term == 2)
    }

    /// Without both settings, a vote request is handled as in scenario-format.md.
    @Test(arguments: [(true, false), (false, true)])
    func withoutBothSettingsAVoteWithinTheTimeoutIsGranted(preVote: Bool, checkQuorum: Bool) {
        var rig = Rig(term: 2, log: [1, 2], config: { $0.preVote = preVote; $0.checkQuorum = checkQuorum })
        rig.receive(.append(1, term: 2, prev: 2, prevTerm: 2), at: 100)
        let out = rig.receive(.vote(2, term: 3, lastIndex: 2, lastTerm: 2), at: 120)
        #expect(out.onlyMessage?.voteAnswer?.granted == true)
        #expect(rig.node.term == 3)
    }

    /// Thesis 4.2.3: "With Pre-Vote or CheckQuorum on, a node that heard from a leader within
    /// the minimum election timeout refuses a vote or pre-vote request from a node outside its
    /// own configuration and does not adopt its term"; "the transfer flag lifts the refusal".
    @Test(arguments: [(true, false), (false, true), (true, true)])
    func aCandidateOutsideTheConfigurationIsRefused(preVote: Bool, checkQuorum: Bool) {
        func voter() -> Rig {
            var rig = Rig(nodes: 4, term: 2, log: [1, 2], config: {
                $0.preVote = preVote; $0.checkQuorum = checkQuorum; $0.election = 150...300
                $0.configuration = Configuration(voters: NodeSet([0, 1, 2]))
            })
            rig.receive(.append(1, term: 2, prev: 2, prevTerm: 2), at: 100)
            return rig
        }
        for pre in [false, true] {
            var rig = voter()
            let out = rig.receive(.vote(3, term: 3, lastIndex: 2, lastTerm: 2, pre: pre), at: 120)
            #expect(out.onlyMessage?.body == .voteReply(granted: false, pre: pre))
            #expect(out.notes.contains(.refusesVote(to: 3, term: 3, pre: pre, reason: .notMember)))
            #expect(rig.node.term == 2)
        }
        var flagged = voter()
        #expect(flagged.receive(.transferVote(3, term: 3, lastIndex: 2, lastTerm: 2), at: 120).onlyMessage?.voteAnswer?.granted == true)
        // Past the minimum election timeout the request is handled as any other.
        var later = voter()
        #expect(later.receive(.vote(3, term: 3, lastIndex: 2, lastTerm: 2), at: 250).onlyMessage?.voteAnswer?.granted == true)
    }

    /// Without Pre-Vote and CheckQuorum a non-member's request is handled as any other.
    @Test func withoutEitherSettingANonMembersVoteIsHandledAsAnyOther() {
        var rig = Rig(nodes: 4, term: 2, log: [1, 2], config: { $0.configuration = Configuration(voters: NodeSet([0, 1, 2])) })
        rig.receive(.append(1, term: 2, prev: 2, prevTerm: 2), at: 100)
        #expect(rig.receive(.vote(3, term: 3, lastIndex: 2, lastTerm: 2), at: 120).onlyMessage?.voteAnswer?.granted == true)
        #expect(rig.node.term == 3)
    }
}
