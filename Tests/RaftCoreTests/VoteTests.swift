import Testing
@testable import RaftCore

/// RequestVote receiver (Figure 2; 5.2 one vote per term; 5.4.1 up-to-date logs).
@Suite struct VoteTests {
    /// The voter's log ends at (term 2, index 3): [1, 2, 2].
    @Test(arguments: [
        // (candidate last index, candidate last term, granted)
        (3, 2, true),   // equal
        (4, 2, true),   // same last term, longer
        (1, 3, true),   // higher last term, shorter
        (2, 2, false),  // same last term, shorter
        (9, 1, false),  // lower last term, longer
        (0, 0, false),  // empty
    ])
    func voteRequiresAnUpToDateLog(lastIndex: Int, lastTerm: Int, granted: Bool) {
        var rig = Rig(term: 2, log: [1, 2, 2])
        let out = rig.receive(.vote(1, term: 3, lastIndex: lastIndex, lastTerm: lastTerm))
        #expect(rig.node.term == 3)
        #expect(rig.node.durable.votedFor == (granted ? 1 : nil))
        let reply = out.onlyMessage
        #expect(reply?.to == 1 && reply?.term == 3)
        #expect(reply?.body == .voteReply(granted: granted, pre: false))
        if granted {
            #expect(out.notes.contains(.grantsVote(to: 1, term: 3, pre: false)))
        } else {
            let reason = Note.VoteRefusal.logBehind(candidateLastTerm: lastTerm, candidateLastIndex: lastIndex,
                                                    voterLastTerm: 2, voterLastIndex: 3)
            #expect(out.notes.contains(.refusesVote(to: 1, term: 3, pre: false, reason: reason)))
        }
    }

    @Test func refusedWhenLastTermIsLower() {
        var rig = Rig(nodes: 5, term: 4, log: [1, 1, 4])
        let out = rig.receive(.vote(3, term: 5, lastIndex: 10, lastTerm: 3))
        #expect(out.onlyMessage?.voteAnswer?.granted == false)
        #expect(out.notes.contains(.refusesVote(to: 3, term: 5, pre: false, reason:
            .logBehind(candidateLastTerm: 3, candidateLastIndex: 10, voterLastTerm: 4, voterLastIndex: 3))))
        #expect(rig.node.durable.votedFor == nil)
    }

    @Test func refusedWhenSameLastTermButShorter() {
        var rig = Rig(term: 1, log: [1, 1, 1])
        let out = rig.receive(.vote(2, term: 2, lastIndex: 2, lastTerm: 1))
        #expect(out.onlyMessage?.voteAnswer?.granted == false)
        #expect(out.notes.contains(.refusesVote(to: 2, term: 2, pre: false, reason:
            .logBehind(candidateLastTerm: 1, candidateLastIndex: 2, voterLastTerm: 1, voterLastIndex: 3))))
    }

    @Test func atMostOneVotePerTerm() {
        var rig = Rig(nodes: 5, term: 1, log: [1])
        #expect(rig.receive(.vote(1, term: 2, lastIndex: 1, lastTerm: 1)).onlyMessage?.voteAnswer?.granted == true)
        #expect(rig.node.durable.votedFor == 1)

        // Another candidate of the same term, even with a better log, is refused.
        let second = rig.receive(.vote(2, term: 2, lastIndex: 5, lastTerm: 2))
        #expect(second.onlyMessage?.voteAnswer?.granted == false)
        #expect(second.notes.contains(.refusesVote(to: 2, term: 2, pre: false, reason: .alreadyVoted(for: 1))))
        #expect(rig.node.durable.votedFor == 1)

        // The same candidate asking again (a duplicate) is granted again.
        let again = rig.receive(.vote(1, term: 2, lastIndex: 1, lastTerm: 1))
        #expect(again.onlyMessage?.voteAnswer?.granted == true)
        #expect(again.notes.contains(.grantsVote(to: 1, term: 2, pre: false)))

        // A new term is a new vote.
        #expect(rig.receive(.vote(2, term: 3, lastIndex: 1, lastTerm: 1)).onlyMessage?.voteAnswer?.granted == true)
        #expect(rig.node.durable.votedFor == 2)
    }

    @Test func aCandidateOrLeaderHasVotedForItself() {
        var rig = Rig(term: 1)
        rig.timeout()
        let out = rig.receive(.vote(1, term: 2))
        #expect(out.notes.contains(.refusesVote(to: 1, term: 2, pre: false, reason: .alreadyVoted(for: 0))))
        rig.receive(.voteReply(2, term: 2))
        #expect(rig.node.role == .leader)
        let again = rig.receive(.vote(1, term: 2, lastIndex: 9, lastTerm: 2))
        #expect(again.notes.contains(.refusesVote(to: 1, term: 2, pre: false, reason: .alreadyVoted(for: 0))))
        #expect(rig.node.role == .leader)
    }

    @Test func grantingAVoteResetsTheElectionTimerAndRefusingDoesNot() {
        var rig = Rig(term: 1, log: [1, 1])
        let initial = rig.node.volatile.electionDeadline

        // Refused (log behind): the timer runs on.
        rig.receive(.vote(1, term: 1, lastIndex: 1, lastTerm: 1), at: 100)
        #expect(rig.node.volatile.electionDeadline == initial)

        // Granted: a fresh timer from now.
        let draw = rig.nextDraw()
        rig.receive(.vote(2, term: 1, lastIndex: 2, lastTerm: 1), at: 120)
        #expect(rig.node.durable.votedFor == 2)
        #expect(rig.node.volatile.electionDeadline == 120 + draw)
        #expect(rig.node.volatile.electionTimeout == draw)
    }

    @Test func staleVoteRequestIsRefusedWithTheReceiversTerm() {
        var rig = Rig(term: 4, log: [1, 4])
        let deadline = rig.node.volatile.electionDeadline
        let out = rig.receive(.vote(2, term: 3, lastIndex: 9, lastTerm: 3), at: 10)
        let reply = out.onlyMessage
        #expect(reply?.term == 4)
        #expect(reply?.to == 2)
        #expect(reply?.body == .voteReply(granted: false, pre: false))
        #expect(out.notes.contains(.refusesVote(to: 2, term: 3, pre: false, reason: .staleTerm(voterTerm: 4))))
        #expect(rig.node.term == 4)
        #expect(rig.node.durable.votedFor == nil)
        #expect(rig.node.volatile.electionDeadline == deadline)
    }

    @Test(arguments: [false, true])
    func voteWithoutLogCheckGrantsToAStaleLog(unsafe: Bool) {
        var rig = Rig(term: 2, log: [1, 2, 2], config: { if unsafe { $0.unsafe = .voteWithoutLogCheck } })
        let out = rig.receive(.vote(1, term: 3, lastIndex: 1, lastTerm: 1))
        #expect(out.onlyMessage?.voteAnswer?.granted == unsafe)
        #expect(rig.node.durable.votedFor == (unsafe ? 1 : nil))
        // The broken rule only skips the log check: one vote per term still holds.
        let other = rig.receive(.vote(2, term: 3, lastIndex: 0, lastTerm: 0))
        #expect(other.onlyMessage?.voteAnswer?.granted == false)
        if unsafe {
            #expect(other.notes.contains(.refusesVote(to: 2, term: 3, pre: false, reason: .alreadyVoted(for: 1))))
        }
    }

    @Test func voteWithoutLogCheckAlsoAppliesToPreVotes() {
        var rig = Rig(term: 2, log: [1, 2, 2], config: { $0.preVote = true; $0.unsafe = .voteWithoutLogCheck })
        let out = rig.receive(.vote(1, term: 3, lastIndex: 0, lastTerm: 0, pre: true))
        #expect(out.onlyMessage?.body == .voteReply(granted: true, pre: true))
    }
}
