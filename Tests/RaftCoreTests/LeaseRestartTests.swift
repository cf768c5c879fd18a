import Testing
@testable import RaftCore

/// The lease's guard across a restart (thesis 6.4.1; raft-extensions.md, "Reads"): a crash
/// forgets whether the voter heard from a leader, so for a minimum election timeout after a
/// restart it refuses votes and pre-votes as if it had; a guard's pre-vote refusal does not
/// raise the pre-candidate's term (9.6).
@Suite struct LeaseRestartTests {
    static let guards: @Sendable (inout EngineConfig) -> Void = { $0.preVote = true; $0.checkQuorum = true; $0.election = 150...300 }

    /// A voter that acknowledged the leader at 100, crashed and restarted at 110.
    static func restartedVoter(config: @escaping @Sendable (inout EngineConfig) -> Void = guards) -> Rig {
        var rig = Rig(term: 2, log: [1, 2], config: config)
        rig.receive(.append(1, term: 2, prev: 2, prevTerm: 2), at: 100)
        rig.node.crash(out: &rig.out)
        rig.now = 110
        rig.node.restart(now: 110, rng: &rig.rng, out: &rig.out)
        return rig
    }

    @Test(arguments: [false, true])
    func aRestartedVoterRefusesWithinTheMinimumElectionTimeout(pre: Bool) {
        var rig = Self.restartedVoter()
        let out = rig.receive(.vote(2, term: 3, lastIndex: 2, lastTerm: 2, pre: pre), at: 200)
        #expect(out.onlyMessage?.voteAnswer?.granted == false)
        #expect(out.notes.contains(.refusesVote(to: 2, term: 3, pre: pre, reason: .restarted)))
        #expect(rig.node.term == 2)
        // The vote's refusal carries the candidate's term (it counts there), the pre-vote's the voter's.
        #expect(out.onlyMessage?.term == (pre ? 2 : 3))
    }

    @Test(arguments: [false, true])
    func pastTheMinimumElectionTimeoutTheRestartedVoterGrants(pre: Bool) {
        var rig = Self.restartedVoter()
        let out = rig.receive(.vote(2, term: 3, lastIndex: 2, lastTerm: 2, pre: pre), at: 260)
        #expect(out.onlyMessage?.voteAnswer?.granted == true)
    }

    /// Without both settings there is no lease to keep: a restarted voter grants at once.
    @Test func withoutBothSettingsARestartedVoterGrants() {
        var rig = Self.restartedVoter(config: { $0.preVote = true; $0.election = 150...300 })
        let out = rig.receive(.vote(2, term: 3, lastIndex: 2, lastTerm: 2, pre: true), at: 200)
        #expect(out.onlyMessage?.voteAnswer?.granted == true)
    }

    /// A pre-candidate refused by a guard keeps its term.
    @Test func aGuardsPreVoteRefusalLeavesThePreCandidatesTerm() {
        var voter = Self.restartedVoter()
        let refusal = voter.receive(.vote(2, to: 0, term: 3, lastIndex: 2, lastTerm: 2, pre: true), at: 200).onlyMessage!
        var candidate = Rig(id: 2, term: 2, log: [1, 2], config: Self.guards)
        candidate.timeout(at: 190)
        #expect(candidate.node.role == .preCandidate)
        candidate.receive(Message(from: 0, to: 2, term: refusal.term, body: refusal.body), at: 205)
        #expect(candidate.node.term == 2)
        #expect(candidate.node.role == .preCandidate)
    }
}
