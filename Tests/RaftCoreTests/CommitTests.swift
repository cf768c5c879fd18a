import Testing
@testable import RaftCore

/// Commitment on the leader (5.3, 5.4.2 / Figure 8) and the unsafe rules that break it.
@Suite struct CommitTests {
    @Test func leaderCommitsWhatAMajorityHoldsOfItsTerm() {
        var rig = Rig(nodes: 5, term: 1, log: [1])
        rig.elect()  // no-op at index 2, term 2
        rig.receive(.appendReply(1, term: 2, success: true, prev: 1, match: 2))
        #expect(rig.node.commitIndex == 0)  // 2 of 5

        let out = rig.receive(.appendReply(3, term: 2, success: true, prev: 1, match: 2))
        #expect(rig.node.commitIndex == 2)  // 3 of 5
        #expect(out.notes.contains(.commits(index: 2, count: 3, total: 5, unsafeRule: [])))
        #expect(out.notes.contains(.applies(from: 1, through: 2)))
        #expect(rig.node.volatile.appliedIndex == 2)
    }

    @Test func theHighestIndexOnAMajorityIsCommitted() {
        var rig = Rig.caughtUpLeader(nodes: 5, term: 1)
        rig.propose(writes: 1..<5)  // 2...5
        rig.receive(.appendReply(1, term: 1, success: true, prev: 1, match: 5))
        rig.receive(.appendReply(2, term: 1, success: true, prev: 1, match: 3))
        #expect(rig.node.commitIndex == 3)  // 5 on {0, 1}, 3 on {0, 1, 2}
        let out = rig.receive(.appendReply(3, term: 1, success: true, prev: 1, match: 4))
        #expect(rig.node.commitIndex == 4)
        #expect(out.notes.contains(.commits(index: 4, count: 3, total: 5, unsafeRule: [])))
    }

    /// The leader of term 3 holds [1, 2] and has no no-op: index 2 (term 2) reaches a majority.
    func oldTermLeader(_ unsafe: UnsafeRules = []) -> Rig {
        var rig = Rig(term: 2, log: [1, 2], config: { $0.noop = false; $0.unsafe = unsafe })
        rig.elect()
        #expect(rig.node.term == 3)
        return rig
    }

    @Test func anEntryOfAnEarlierTermOnAMajorityIsNotCommitted() {
        var rig = oldTermLeader()
        let out = rig.receive(.appendReply(1, term: 3, success: true, prev: 2, match: 2))
        #expect(rig.node.commitIndex == 0)
        #expect(out.notes.contains(.holdsOldTerm(index: 2, entryTerm: 2, count: 2)))
        #expect(!out.notes.contains { if case .commits = $0 { true } else { false } })
        // Said once, not at every answer.
        let again = rig.receive(.appendReply(2, term: 3, success: true, prev: 2, match: 2))
        #expect(rig.node.commitIndex == 0)
        #expect(!again.notes.contains { if case .holdsOldTerm = $0 { true } else { false } })
    }

    @Test func anEarlierTermEntryIsCommittedTogetherWithALaterEntryOfTheCurrentTerm() {
        var rig = oldTermLeader()
        rig.receive(.appendReply(1, term: 3, success: true, prev: 2, match: 2))
        #expect(rig.propose(9) == 3)
        #expect(rig.node.commitIndex == 0)
        let out = rig.receive(.appendReply(1, term: 3, success: true, prev: 2, match: 3))
        #expect(rig.node.commitIndex == 3)
        #expect(out.notes.contains(.commits(index: 3, count: 2, total: 3, unsafeRule: [])))
        #expect(out.notes.contains(.applies(from: 1, through: 3)))
    }

    @Test func commitOldTermsCommitsByCounting() {
        var rig = oldTermLeader(.commitOldTerms)
        let out = rig.receive(.appendReply(1, term: 3, success: true, prev: 2, match: 2))
        #expect(rig.node.commitIndex == 2)
        #expect(out.notes.contains(.commits(index: 2, count: 2, total: 3, unsafeRule: .commitOldTerms)))
        #expect(!out.notes.contains { if case .holdsOldTerm = $0 { true } else { false } })
        // Counting still needs a majority.
        var five = Rig(nodes: 5, term: 2, log: [1, 2], config: { $0.noop = false; $0.unsafe = .commitOldTerms })
        five.elect()
        five.receive(.appendReply(1, term: 3, success: true, prev: 2, match: 2))
        #expect(five.node.commitIndex == 0)
    }

    @Test func commitOldTermsStillMarksCurrentTermCommitsAsSafe() {
        var rig = Rig(term: 1, log: [1], config: { $0.unsafe = .commitOldTerms })
        rig.elect()
        let out = rig.receive(.appendReply(1, term: 2, success: true, prev: 1, match: 2))
        #expect(out.notes.contains(.commits(index: 2, count: 2, total: 3, unsafeRule: [])))
    }

    @Test(arguments: [false, true])
    func writeWithoutQuorumCommitsAProposalAtOnce(unsafe: Bool) {
        var rig = Rig.caughtUpLeader(term: 1, config: { $0.noop = false; if unsafe { $0.unsafe = .writeWithoutQuorum } })
        #expect(rig.propose(42) == 1)
        if unsafe {
            #expect(rig.node.commitIndex == 1)
            #expect(rig.out.notes.contains(.commits(index: 1, count: 1, total: 3, unsafeRule: .writeWithoutQuorum)))
            #expect(rig.out.notes.contains(.applies(from: 1, through: 1)))
        } else {
            #expect(rig.node.commitIndex == 0)
        }
        #expect(rig.out.appends.count == 2)  // it is still replicated
    }

    @Test func writeWithoutQuorumCommitsTheNoopAtElection() {
        var rig = Rig(nodes: 5, term: 0, config: { $0.unsafe = .writeWithoutQuorum })
        let out = rig.elect()
        #expect(rig.node.commitIndex == 1)
        #expect(out.notes.contains(.commits(index: 1, count: 1, total: 5, unsafeRule: .writeWithoutQuorum)))
    }
}
