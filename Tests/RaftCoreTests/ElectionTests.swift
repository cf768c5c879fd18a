import Testing
@testable import RaftCore

/// Raft 5.2: the election timer, candidates, and the majority that makes a leader.
@Suite struct ElectionTests {
    @Test func timerFiringMakesACandidateOfTheNextTermAskingEveryOtherNode() {
        var rig = Rig(nodes: 5, term: 2, votedFor: 3, log: [1, 1, 2])
        let deadline = rig.node.volatile.electionDeadline
        #expect(rig.fire(at: deadline - 1).messages.isEmpty)
        #expect(rig.node.role == .follower)

        let draw = rig.nextDraw()
        let out = rig.fire(at: deadline)
        #expect(rig.node.role == .candidate)
        #expect(rig.node.term == 3)
        #expect(rig.node.durable.votedFor == 0)
        #expect(rig.node.volatile.votesGranted.members == [0])
        #expect(out.notes.contains(.startsElection(term: 3)))
        #expect(rig.node.volatile.electionDeadline == deadline + draw)  // a fresh timer for the election
        // One RequestVote to every other node, with its last log index and term.
        #expect(out.messages.map(\.to) == [1, 2, 3, 4])
        for m in out.messages {
            #expect(m.from == 0 && m.term == 3)
            #expect(m.body == .requestVote(lastIndex: 3, lastTerm: 2, pre: false))
        }
        #expect(rig.node.log.terms == [1, 1, 2])  // a candidate appends nothing
    }

    @Test func forcedTimeoutDoesTheSameAndNothingForALeader() {
        var rig = Rig(term: 4)
        let out = rig.timeout(at: 7)
        #expect(rig.node.role == .candidate && rig.node.term == 5)
        #expect(out.sent(.requestVote).count == 2)

        rig.elect()
        let term = rig.node.term
        #expect(rig.timeout().messages.isEmpty)
        #expect(rig.node.role == .leader && rig.node.term == term)
    }

    @Test(arguments: [false, true])
    func singleNodeClusterLeadsAtOnce(preVote: Bool) {
        var rig = Rig(nodes: 1, term: 3, log: [1, 3], config: { $0.preVote = preVote })
        let out = rig.fire(at: rig.node.nextDeadline)
        #expect(rig.node.role == .leader)
        #expect(rig.node.term == 4)
        #expect(rig.node.durable.votedFor == 0)
        #expect(out.notes.contains(.becomesLeader(term: 4, votes: 1, voters: 1)))
        #expect(out.messages.isEmpty)
        // Its no-op is on a majority (itself) at once, so it commits everything.
        #expect(rig.node.log.terms == [1, 3, 4])
        #expect(rig.node.commitIndex == 3)
        #expect(rig.propose(8) == 4)
        #expect(rig.node.commitIndex == 4)
        #expect(rig.out.notes.contains(.commits(index: 4, count: 1, total: 1, unsafeRule: [])))
    }

    @Test(arguments: [UInt64(1), 42, 0xDEAD_BEEF, .max])
    func electionTimeoutIsDrawnFromConfigWithTheGivenGenerator(seed: UInt64) {
        let config = makeConfig { $0.election = 100...200 }
        var rng = SplitMix64(seed: seed)
        var node = Node(id: 0, config: config)
        node.start(now: 30, rng: &rng)

        var reference = SplitMix64(seed: seed)
        let expected = reference.draw(100...200)
        #expect(node.volatile.electionTimeout == expected)
        #expect(node.volatile.electionDeadline == 30 + expected)
        #expect(rng == reference)  // exactly one draw

        // Same seed, same draw, whichever node draws it.
        var otherRng = SplitMix64(seed: seed)
        var other = Node(id: 2, config: config)
        other.start(now: 30, rng: &otherRng)
        #expect(other.volatile.electionDeadline == node.volatile.electionDeadline)

        // Every reset draws again, always within the configured range.
        var seen = Set<Int>()
        for t in 0..<300 {
            node.start(now: t, rng: &rng)
            #expect(config.election.contains(node.volatile.electionTimeout))
            #expect(node.volatile.electionDeadline == t + node.volatile.electionTimeout)
            seen.insert(node.volatile.electionTimeout)
        }
        #expect(seen.count > 10)  // really drawn, not fixed
    }

    @Test(arguments: [false, true])
    func requestsGoOutOncePerElectionNeverRetried(preVote: Bool) {
        var rig = Rig(nodes: 5, term: 1, config: { $0.preVote = preVote; $0.heartbeat = 10 })
        let first = rig.fire(at: rig.node.nextDeadline)
        #expect(first.messages.count == 4)
        let deadline = rig.node.nextDeadline
        #expect(rig.advance(to: deadline - 1).messages.isEmpty)
        #expect(rig.advance(to: deadline).messages.count == 4)  // the next election (or pre-vote) only
    }

    @Test func aFixedElectionRangeAlwaysGivesItsValue() {
        var rig = Rig(config: { $0.election = 150...150 })
        #expect(rig.node.volatile.electionDeadline == 150)
        rig.fire(at: 150)
        #expect(rig.node.volatile.electionDeadline == 300)
    }

    // MARK: Candidates

    @Test(arguments: [(3, 2), (4, 3), (5, 3), (6, 4), (7, 4), (9, 5)])
    func candidateNeedsAMajorityOfVotes(nodes: Int, majority: Int) {
        var rig = Rig(nodes: nodes, term: 1)
        #expect(rig.node.config.configuration.quorum == majority)
        rig.timeout()
        for (k, peer) in rig.others.enumerated() {
            let votes = k + 2  // itself and k + 1 peers
            let out = rig.receive(.voteReply(peer, term: 2, granted: true))
            #expect(out.notes.contains(.countsVote(from: peer, granted: true, pre: false, votes: votes, needed: majority)))
            if votes < majority {
                #expect(rig.node.role == .candidate, "\(votes) of \(nodes) votes must not make a leader")
                #expect(out.messages.isEmpty)
            } else {
                #expect(rig.node.role == .leader)
                #expect(out.notes.contains(.becomesLeader(term: 2, votes: majority, voters: nodes)))
                break
            }
        }
    }

    @Test func withSixNodesThreeVotesDoNotMakeALeader() {
        var rig = Rig(nodes: 6, term: 0)
        rig.timeout()
        rig.receive(.voteReply(1, term: 1))
        rig.receive(.voteReply(2, term: 1))
        #expect(rig.node.volatile.votesGranted.count == 3)
        #expect(rig.node.role == .candidate)
        rig.receive(.voteReply(2, term: 1))  // the same voter twice counts once
        #expect(rig.node.role == .candidate)
        rig.receive(.voteReply(3, term: 1))
        #expect(rig.node.role == .leader)
    }

    @Test func refusalsDoNotDemoteACandidate() {
        var rig = Rig(nodes: 5, term: 2)
        rig.timeout()
        for peer in [1, 2, 3] {
            let out = rig.receive(.voteReply(peer, term: 3, granted: false))
            #expect(out.notes.contains(.countsVote(from: peer, granted: false, pre: false, votes: 1, needed: 3)))
            #expect(out.messages.isEmpty)
        }
        #expect(rig.node.role == .candidate)
        #expect(rig.node.term == 3)
        #expect(rig.node.durable.votedFor == 0)
        #expect(rig.node.volatile.votesRefused.members == [1, 2, 3])
    }

    @Test func timerFiringAgainStartsAnElectionOfTheNextTerm() {
        var rig = Rig(nodes: 5, term: 2, log: [1, 2])
        rig.timeout()
        rig.receive(.voteReply(1, term: 3, granted: true))
        rig.receive(.voteReply(2, term: 3, granted: false))

        let out = rig.fire(at: rig.node.nextDeadline)
        #expect(rig.node.role == .candidate)
        #expect(rig.node.term == 4)
        #expect(rig.node.durable.votedFor == 0)
        #expect(rig.node.volatile.votesGranted.members == [0])  // votes start again
        #expect(rig.node.volatile.votesRefused.count == 0)
        #expect(out.notes.contains(.startsElection(term: 4)))
        #expect(out.sent(.requestVote).count == 4)
        #expect(out.messages.allSatisfy { $0.term == 4 && $0.body == .requestVote(lastIndex: 2, lastTerm: 2, pre: false) })

        // Votes of the old election no longer count.
        rig.receive(.voteReply(3, term: 3, granted: true))
        rig.receive(.voteReply(4, term: 3, granted: true))
        #expect(rig.node.role == .candidate)
        #expect(rig.node.volatile.votesGranted.members == [0])
    }

    @Test func appendEntriesOfItsOwnTermMakesACandidateAFollower() {
        var rig = Rig(term: 2, log: [1])
        rig.timeout()
        #expect(rig.node.role == .candidate)
        let out = rig.receive(.append(2, term: 3, prev: 1, prevTerm: 1, entries: [3], commit: 0))
        #expect(rig.node.role == .follower)
        #expect(rig.node.term == 3)
        #expect(rig.node.durable.votedFor == 0)  // its vote of this term stays
        #expect(rig.node.volatile.leader == 2)
        #expect(out.notes.contains(.followsLeader(leader: 2, term: 3)))
        #expect(out.onlyMessage?.appendReply == AppendReplyArgs(success: true, prevIndex: 1, match: 2, conflictIndex: nil, conflictTerm: 0))
        #expect(rig.node.log.terms == [1, 3])
        // Late votes do not make it leader now.
        rig.receive(.voteReply(1, term: 3, granted: true))
        #expect(rig.node.role == .follower)
    }

    @Test func appendEntriesOfAnOlderTermLeavesACandidateStanding() {
        var rig = Rig(term: 2)
        rig.timeout()
        let out = rig.receive(.append(2, term: 2))
        #expect(rig.node.role == .candidate && rig.node.term == 3)
        #expect(out.notes.contains(.refusesAppend(from: 2, reason: .staleTerm(followerTerm: 3))))
    }
}
