import Testing
@testable import RaftCore

/// Pre-Vote (Raft thesis 9.6) as the scenario format's rules of the run state it.
@Suite struct PreVoteTests {
    func preVoting(_ change: @escaping (inout EngineConfig) -> Void = { _ in }) -> (inout EngineConfig) -> Void {
        { $0.preVote = true; change(&$0) }
    }

    @Test func timerFiringMakesAPreCandidateAskingForTheNextTermWithoutChangingItsOwn() {
        var rig = Rig(nodes: 3, term: 3, votedFor: 2, log: [1, 3], config: preVoting())
        let deadline = rig.node.volatile.electionDeadline
        let draw = rig.nextDraw()
        let out = rig.fire(at: deadline)
        #expect(rig.node.role == .preCandidate)
        #expect(rig.node.term == 3)
        #expect(rig.node.durable.votedFor == 2)
        #expect(rig.node.volatile.votesGranted.members == [0])
        #expect(rig.node.volatile.electionDeadline == deadline + draw)
        #expect(out.notes.contains(.startsPreVote(term: 4)))
        #expect(out.messages.map(\.to) == [1, 2])
        for m in out.messages {
            #expect(m.term == 4)
            #expect(m.body == .requestVote(lastIndex: 2, lastTerm: 3, pre: true))
            #expect(m.kind == .preVote)
        }
    }

    @Test(arguments: [
        // (time of the pre-vote request, granted); the leader was heard at 100, election 150...300
        (101, false), (249, false), (250, true), (900, true),
    ])
    func aNodeThatHeardFromALeaderWithinTheMinimumTimeoutRefuses(at time: Int, granted: Bool) {
        var rig = Rig(term: 3, config: preVoting { $0.election = 150...300 })
        rig.receive(.append(2, term: 3), at: 100)
        let out = rig.receive(.vote(1, term: 4, pre: true), at: time)
        #expect(out.onlyMessage?.voteAnswer?.granted == granted)
        if !granted {
            #expect(out.notes.contains(.refusesVote(to: 1, term: 4, pre: true, reason: .heardFromLeader(leader: 2))))
            #expect(out.onlyMessage?.term == 3)
        }
        #expect(rig.node.term == 3)
    }

    @Test func aNodeThatNeverHeardFromALeaderGrants() {
        var rig = Rig(term: 3, config: preVoting())
        let out = rig.receive(.vote(1, term: 4, pre: true), at: 1)
        #expect(out.onlyMessage?.body == .voteReply(granted: true, pre: true))
    }

    @Test func aLeaderRefusesPreVotes() {
        var rig = Rig(term: 2, config: preVoting())
        rig.elect()
        #expect(rig.node.term == 3)
        let out = rig.receive(.vote(1, term: 4, lastIndex: 9, lastTerm: 3, pre: true), at: 5000)
        #expect(out.onlyMessage?.body == .voteReply(granted: false, pre: true))
        #expect(out.onlyMessage?.term == 3)
        #expect(out.notes.contains(.refusesVote(to: 1, term: 4, pre: true, reason: .isLeader)))
        #expect(rig.node.role == .leader && rig.node.term == 3)
    }

    @Test func grantingAPreVoteChangesNoTermNoVoteAndNoTimer() {
        var rig = Rig(term: 3, votedFor: 2, log: [1], config: preVoting())
        let before = rig.node
        let out = rig.receive(.vote(1, term: 4, lastIndex: 1, lastTerm: 1, pre: true), at: 10)
        #expect(out.notes.contains(.grantsVote(to: 1, term: 4, pre: true)))
        // The answer carries the asked term, so the pre-candidate counts it.
        #expect(out.onlyMessage?.term == 4)
        #expect(out.onlyMessage?.body == .voteReply(granted: true, pre: true))
        #expect(rig.node == before)
        // And the real vote of term 3 is still given to 2 alone.
        #expect(rig.receive(.vote(1, term: 3, lastIndex: 1, lastTerm: 1)).onlyMessage?.voteAnswer?.granted == false)
    }

    @Test func preVotesStillNeedAnUpToDateLog() {
        var rig = Rig(term: 3, log: [1, 3], config: preVoting())
        let out = rig.receive(.vote(1, term: 4, lastIndex: 5, lastTerm: 2, pre: true))
        #expect(out.onlyMessage?.body == .voteReply(granted: false, pre: true))
        #expect(out.notes.contains(.refusesVote(to: 1, term: 4, pre: true, reason:
            .logBehind(candidateLastTerm: 2, candidateLastIndex: 5, voterLastTerm: 3, voterLastIndex: 2))))
    }

    @Test func aStalePreVoteIsRefusedWithTheVotersTermAndTheAskerAdoptsIt() {
        var voter = Rig(term: 5, config: preVoting())
        let out = voter.receive(.vote(1, term: 4, pre: true))  // asked by a node of term 3
        #expect(out.notes.contains(.refusesVote(to: 1, term: 4, pre: true, reason: .staleTerm(voterTerm: 5))))
        let answer = out.onlyMessage!
        #expect(answer.term == 5)

        var asker = Rig(id: 1, term: 3, config: preVoting())
        asker.timeout()
        #expect(asker.node.role == .preCandidate)
        #expect(answer.to == 1)
        asker.receive(answer)
        #expect(asker.node.role == .follower)
        #expect(asker.node.term == 5)
    }

    /// Format, Pre-Vote: "for a term equal to the voter's own it is granted exactly when a vote would be"
    /// (thesis 9.6; etcd-io/raft's `canVote`), changing no term and no vote.
    @Test func anEqualTermPreVoteIsGrantedByAVoterWithNoVoteAndNoLeader() {
        var rig = Rig(term: 5, log: [1], config: preVoting())
        let before = rig.node
        let out = rig.receive(.vote(1, term: 5, lastIndex: 1, lastTerm: 1, pre: true), at: 10)
        #expect(out.notes.contains(.grantsVote(to: 1, term: 5, pre: true)))
        #expect(out.onlyMessage?.body == .voteReply(granted: true, pre: true))
        #expect(out.onlyMessage?.term == 5)
        #expect(rig.node == before)
    }

    @Test func anEqualTermPreVoteIsGrantedToTheNodeAlreadyVotedFor() {
        var rig = Rig(term: 5, votedFor: 1, config: preVoting())
        let out = rig.receive(.vote(1, term: 5, pre: true), at: 10)
        #expect(out.onlyMessage?.body == .voteReply(granted: true, pre: true))
        #expect(rig.node.durable.votedFor == 1 && rig.node.term == 5)
    }

    @Test func anEqualTermPreVoteIsRefusedAfterAVoteForAnother() {
        var rig = Rig(term: 5, votedFor: 2, config: preVoting())
        let out = rig.receive(.vote(1, term: 5, pre: true), at: 10)
        #expect(out.onlyMessage?.body == .voteReply(granted: false, pre: true))
        #expect(out.notes.contains(.refusesVote(to: 1, term: 5, pre: true, reason: .alreadyVoted(for: 2))))
    }

    @Test func anEqualTermPreVoteIsRefusedByAVoterThatKnowsTheLeader() {
        var rig = Rig(term: 5, config: preVoting { $0.election = 150...300 })
        rig.receive(.append(2, term: 5), at: 100)
        let out = rig.receive(.vote(1, term: 5, pre: true), at: 5000)  // long after the leader was heard
        #expect(out.onlyMessage?.body == .voteReply(granted: false, pre: true))
        #expect(out.notes.contains(.refusesVote(to: 1, term: 5, pre: true, reason: .knowsLeader(leader: 2))))
    }

    @Test func anEqualTermPreVoteStillNeedsAnUpToDateLog() {
        var rig = Rig(term: 5, log: [1, 5], config: preVoting())
        let out = rig.receive(.vote(1, term: 5, lastIndex: 1, lastTerm: 1, pre: true), at: 10)
        #expect(out.onlyMessage?.body == .voteReply(granted: false, pre: true))
    }

    @Test(arguments: [3, 5])
    func winningAPreVoteMajorityMakesACandidateOfTheNextTerm(nodes: Int) {
        var rig = Rig(nodes: nodes, term: 3, log: [2], config: preVoting())
        rig.timeout()
        let needed = nodes / 2 + 1
        var out = RaftOutbox()
        for peer in 1..<needed {
            #expect(rig.node.role == .preCandidate)
            #expect(rig.node.term == 3)
            out = rig.receive(.voteReply(peer, term: 4, granted: true, pre: true))
            #expect(out.notes.contains(.countsVote(from: peer, granted: true, pre: true, votes: peer + 1, needed: needed)))
        }
        #expect(out.notes.contains(.winsPreVote(term: 4, votes: needed)))
        #expect(out.notes.contains(.startsElection(term: 4)))
        #expect(rig.node.role == .candidate)
        #expect(rig.node.term == 4)
        #expect(rig.node.durable.votedFor == 0)
        #expect(rig.node.volatile.votesGranted.members == [0])  // real votes are counted afresh
        #expect(out.messages.count == nodes - 1)
        #expect(out.messages.allSatisfy { $0.term == 4 && $0.body == .requestVote(lastIndex: 1, lastTerm: 2, pre: false) })
    }

    @Test func preVoteRefusalsAndStaleAnswersDoNotCount() {
        var rig = Rig(nodes: 3, term: 3, config: preVoting())
        rig.timeout()
        rig.receive(.voteReply(1, term: 3, granted: false, pre: true))
        #expect(rig.node.role == .preCandidate && rig.node.term == 3)
        rig.receive(.voteReply(2, term: 3, granted: true, pre: true))  // answers another round's question
        #expect(rig.node.role == .preCandidate)
        rig.receive(.voteReply(2, term: 4, granted: true, pre: true))
        #expect(rig.node.role == .candidate && rig.node.term == 4)
    }

    @Test(arguments: [0, 1, -1])
    func appendEntriesOfATermAtLeastItsOwnMakesAPreCandidateAFollower(offset: Int) {
        var rig = Rig(term: 3, config: preVoting())
        rig.timeout()
        #expect(rig.node.role == .preCandidate)
        let term = 3 + offset
        let out = rig.receive(.append(2, term: term))
        if offset >= 0 {
            #expect(rig.node.role == .follower)
            #expect(rig.node.term == term)
            #expect(rig.node.volatile.leader == 2)
            #expect(out.onlyMessage?.appendReply?.success == true)
            if offset == 0 {
                #expect(out.notes.contains(.followsLeader(leader: 2, term: 3)))
            } else {
                #expect(out.notes.contains(.adoptsTerm(term: term, from: 2, previous: .preCandidate)))
            }
            // Late pre-votes no longer start an election.
            rig.receive(.voteReply(1, term: 4, granted: true, pre: true))
            #expect(rig.node.role == .follower && rig.node.term == term)
        } else {
            #expect(rig.node.role == .preCandidate)
            #expect(out.onlyMessage?.appendReply?.success == false)
        }
    }

    @Test func aPreVoteRequestOfAHigherTermChangesNoTerm() {
        var rig = Rig(term: 2, votedFor: 1, config: preVoting())
        rig.receive(.vote(1, term: 9, pre: true))
        #expect(rig.node.term == 2)
        #expect(rig.node.durable.votedFor == 1)
        #expect(rig.node.role == .follower)
    }

    @Test func timerFiringAgainStartsAnotherPreVoteOfTheSameTerm() {
        var rig = Rig(nodes: 5, term: 3, config: preVoting())
        rig.timeout()
        rig.receive(.voteReply(1, term: 4, granted: true, pre: true))
        let out = rig.fire(at: rig.node.nextDeadline)
        #expect(rig.node.role == .preCandidate && rig.node.term == 3)
        #expect(rig.node.volatile.votesGranted.members == [0])
        #expect(out.notes.contains(.startsPreVote(term: 4)))
        #expect(out.messages.count == 4)
    }
}
