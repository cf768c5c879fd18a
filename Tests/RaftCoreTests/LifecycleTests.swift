import Testing
@testable import RaftCore

/// CheckQuorum, crash and restart, and client writes reaching a non-leader.
@Suite struct CheckQuorumTests {
    /// A leader of term 1 in a cluster of five, elected at 0; its CheckQuorum period ends at 200.
    func leader(checkQuorum: Bool = true) -> Rig {
        var rig = Rig(nodes: 5, term: 0, config: {
            $0.checkQuorum = checkQuorum
            $0.heartbeat = 60
            $0.election = 200...200
        })
        rig.elect(at: 0)
        #expect(rig.node.volatile.electionDeadline == 200)
        return rig
    }

    @Test(arguments: [[], [1], [1, 2], [1, 2, 3], [1, 1, 1]])
    func aLeaderStepsDownAtItsDeadlineUnlessAMajorityAnswered(responders: [NodeID]) {
        var rig = leader()
        for peer in responders {
            rig.receive(.appendReply(peer, term: 1, success: true, prev: 0, match: 1), at: 30)
        }
        let beats = rig.advance(to: 199)  // heartbeats at 60, 120 and 180 only
        #expect(beats.appends.count == 12 && beats.notes.isEmpty)
        #expect(rig.node.role == .leader)

        let heard = Set(responders).count + 1
        let out = rig.advance(to: 200)
        if heard >= 3 {
            #expect(rig.node.role == .leader)
            #expect(rig.node.volatile.electionDeadline == 400)  // a new period starts
            #expect(out.notes.isEmpty)
        } else {
            #expect(rig.node.role == .follower)
            #expect(rig.node.term == 1)  // stepping down changes no term
            #expect(out.notes.contains(.losesQuorum(heard: heard, needed: 3)))
            #expect(rig.node.volatile.heartbeatDeadline == .max)
            #expect(rig.node.volatile.electionDeadline == 400)  // now an ordinary election timer
        }
    }

    @Test func eachPeriodNeedsFreshAnswers() {
        var rig = leader()
        rig.receive(.appendReply(1, term: 1, success: true, prev: 0, match: 1), at: 30)
        rig.receive(.appendReply(2, term: 1, success: true, prev: 0, match: 1), at: 30)
        rig.advance(to: 200)
        #expect(rig.node.role == .leader)
        // Refusals count as hearing from a node too.
        rig.receive(.appendReply(3, term: 1, success: false, prev: 1, conflictIndex: nil), at: 250)
        let out = rig.advance(to: 400)
        #expect(rig.node.role == .follower)
        #expect(out.notes.contains(.losesQuorum(heard: 2, needed: 3)))
    }

    @Test func withoutCheckQuorumALeaderNeverStepsDownAlone() {
        var rig = leader(checkQuorum: false)
        let out = rig.advance(to: 5000)
        #expect(rig.node.role == .leader)
        #expect(!out.notes.contains { if case .losesQuorum = $0 { true } else { false } })
    }
}

@Suite struct CrashTests {
    @Test func crashKeepsTermVoteAndLogAndLosesTheRest() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        rig.propose(5)
        #expect(rig.node.commitIndex == 2)
        let durable = rig.node.durable
        #expect(durable.votedFor == 0)

        rig.node.crash(out: &rig.out)
        #expect(!rig.node.isUp)
        #expect(rig.node.durable == durable)
        #expect(rig.node.role == .follower)
        #expect(rig.node.commitIndex == 0)
        #expect(rig.node.volatile.appliedIndex == 0)
        #expect(rig.node.volatile.leader == nil)
        #expect(rig.node.volatile.peers.isEmpty)
        #expect(rig.node.volatile.votesGranted.count == 0)
        #expect(rig.node.volatile.heardSinceCheck.count == 0)
        #expect(rig.node.nextDeadline == .max)  // no timer runs

        // A crashed node does nothing.
        let before = rig.node
        #expect(rig.receive(.vote(1, term: 9, lastIndex: 9, lastTerm: 9)).messages.isEmpty)
        #expect(rig.fire(at: 10_000).messages.isEmpty)
        #expect(rig.timeout().messages.isEmpty)
        #expect(rig.propose(6) == nil)
        #expect(rig.node == before)
    }

    @Test func restartComesBackAsAFollowerWithCommitZero() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        let durable = rig.node.durable
        rig.node.crash(out: &rig.out)
        let draw = rig.nextDraw()
        rig.node.restart(now: 700, rng: &rig.rng, out: &rig.out)
        #expect(rig.node.isUp)
        #expect(rig.node.role == .follower)
        #expect(rig.node.durable == durable)
        #expect(rig.node.commitIndex == 0)
        #expect(rig.node.volatile.appliedIndex == 0)
        #expect(rig.node.volatile.electionDeadline == 700 + draw)

        // It learns the commit index again from a leader, and applies from the start.
        let out = rig.receive(.append(1, term: 3, prev: 2, prevTerm: 2, commit: 2), at: 710)
        #expect(rig.node.commitIndex == 2)
        #expect(out.notes.contains(.applies(from: 1, through: 2)))

        // Restarting an up node does nothing.
        let up = rig.node
        rig.node.restart(now: 800, rng: &rig.rng, out: &rig.out)
        #expect(rig.node == up)
    }

    @Test func aVoteSurvivesACrash() {
        var rig = Rig(term: 4)
        rig.receive(.vote(2, term: 5))
        #expect(rig.node.durable.votedFor == 2)
        rig.node.crash(out: &rig.out)
        rig.node.restart(now: 100, rng: &rig.rng, out: &rig.out)
        let out = rig.receive(.vote(1, term: 5))
        #expect(out.notes.contains(.refusesVote(to: 1, term: 5, pre: false, reason: .alreadyVoted(for: 2))))
    }

    @Test func aNodeStartedWithACommitIndexHasAppliedIt() {
        let node = Node(id: 0, config: makeConfig(), durable: DurableState(term: 2, log: makeLog([1, 2])), commit: 2)
        #expect(node.commitIndex == 2)
        #expect(node.volatile.appliedIndex == 2)
    }
}

@Suite struct ProposeTests {
    @Test(arguments: [Role.follower, .candidate, .preCandidate])
    func proposeOnANonLeaderReturnsNil(role: Role) {
        var rig = Rig(term: 2, log: [1, 2], config: { $0.preVote = role == .preCandidate })
        if role != .follower { rig.timeout() }
        #expect(rig.node.role == role)
        let before = rig.node
        #expect(rig.propose(7) == nil)
        #expect(rig.out.messages.isEmpty && rig.out.notes.isEmpty)
        #expect(rig.propose(writes: 7..<9) == nil)
        #expect(rig.out.messages.isEmpty && rig.out.notes.isEmpty)
        #expect(rig.node == before)
    }

    @Test func proposeOnALeaderAppendsAnEntryOfItsTermAndSendsIt() {
        var rig = Rig.caughtUpLeader(term: 3, log: [1, 2])
        #expect(rig.propose(7) == 4)
        #expect(rig.node.log[4] == Entry(term: 3, write: 7))
        #expect(rig.out.notes.contains(.appends(index: 4, term: 3, write: 7)))
        #expect(rig.out.appends.map(\.to) == [1, 2])
        #expect(rig.propose(writes: 8..<8) == nil)  // nothing to propose
        #expect(rig.propose(writes: 8..<11) == 7)
        #expect(rig.node.log.entries.suffix(3).map(\.write) == [8, 9, 10])
    }
}
