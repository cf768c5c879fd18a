import Testing
@testable import RaftCore

/// Figure 2, "All Servers": a higher term in any message makes a follower of that term;
/// requests of a stale term are refused with the receiver's term.
@Suite struct TermTests {
    enum Carrier: String, CaseIterable, Sendable {
        case voteRequest, voteReply, appendEntries, appendReply
    }

    /// Node 0 of 3 at term 2 in `role`, log [1, 1] (plus the leader's no-op).
    func node(in role: Role) -> Rig {
        switch role {
        case .follower:
            return Rig(term: 2, votedFor: 1, log: [1, 1])
        case .candidate:
            var rig = Rig(term: 1, log: [1, 1])
            rig.timeout()
            return rig
        case .preCandidate:
            var rig = Rig(term: 2, votedFor: 1, log: [1, 1], config: { $0.preVote = true })
            rig.timeout()
            return rig
        case .leader:
            var rig = Rig(term: 1, log: [1, 1])
            rig.elect()
            return rig
        }
    }

    func message(_ carrier: Carrier, term: Int) -> Message {
        switch carrier {
        // A candidate with an empty log: refused, so the vote stays cleared.
        case .voteRequest: return .vote(1, term: term, lastIndex: 0, lastTerm: 0)
        case .voteReply: return .voteReply(1, term: term, granted: false)
        case .appendEntries: return .append(1, term: term, prev: 0, prevTerm: 0)
        case .appendReply: return .appendReply(1, term: term, success: false, prev: 2)
        }
    }

    @Test(arguments: Role.allCases, Carrier.allCases)
    func higherTermInAnyMessageMakesAFollowerOfThatTerm(role: Role, carrier: Carrier) {
        var rig = node(in: role)
        #expect(rig.node.role == role)
        #expect(rig.node.term == 2)
        let log = rig.node.log

        let out = rig.receive(message(carrier, term: 5), at: 40)
        #expect(rig.node.role == .follower)
        #expect(rig.node.term == 5)
        #expect(rig.node.durable.votedFor == nil)
        #expect(out.notes.contains(.adoptsTerm(term: 5, from: 1, previous: role)))
        #expect(rig.node.volatile.votesGranted.count == 0)
        #expect(rig.node.volatile.peers.isEmpty)
        #expect(rig.node.volatile.heartbeatDeadline == .max)  // a former leader sends no more heartbeats
        #expect(rig.node.log == log)
        #expect(rig.node.volatile.leader == (carrier == .appendEntries ? 1 : nil))
        // Requests are still answered, in the new term.
        if carrier == .voteRequest || carrier == .appendEntries {
            #expect(out.onlyMessage?.term == 5)
        } else {
            #expect(out.messages.isEmpty)
        }
    }

    @Test func aLeaderThatStepsDownStopsHeartbeatsAndRunsAnElectionTimer() {
        var rig = Rig(term: 1, config: { $0.heartbeat = 50; $0.election = 200...200 })
        rig.elect(at: 0)
        rig.receive(.voteReply(2, term: 7, granted: false), at: 30)
        #expect(rig.node.role == .follower)
        #expect(rig.node.volatile.electionDeadline == 230)
        #expect(rig.node.nextDeadline == 230)
        let out = rig.advance(to: 229)
        #expect(out.messages.isEmpty)
        rig.advance(to: 230)
        #expect(rig.node.role == .candidate && rig.node.term == 8)
    }

    @Test(arguments: [Role.follower, .candidate, .preCandidate, .leader])
    func staleAppendEntriesIsRefusedWithTheReceiversTerm(role: Role) {
        var rig = node(in: role)
        let before = rig.node
        let out = rig.receive(.append(1, term: 1, prev: 2, prevTerm: 1, entries: [1], commit: 2), at: 50)
        let reply = out.onlyMessage
        #expect(reply?.to == 1)
        #expect(reply?.term == 2)
        #expect(reply?.appendReply?.success == false)
        #expect(out.notes.contains(.refusesAppend(from: 1, reason: .staleTerm(followerTerm: 2))))
        #expect(rig.node == before)  // nothing changed: role, log, commit, leader, timers
    }

    @Test(arguments: [Role.follower, .candidate, .leader])
    func staleVoteRequestIsRefusedWithTheReceiversTerm(role: Role) {
        var rig = node(in: role)
        let before = rig.node
        let out = rig.receive(.vote(1, term: 1, lastIndex: 9, lastTerm: 1), at: 50)
        #expect(out.onlyMessage?.term == 2)
        #expect(out.onlyMessage?.body == .voteReply(granted: false, pre: false))
        #expect(out.notes.contains(.refusesVote(to: 1, term: 1, pre: false, reason: .staleTerm(voterTerm: 2))))
        #expect(rig.node == before)
    }

    enum Request: String, CaseIterable, Sendable {
        case vote, preVote, staleVote, append, mismatchedAppend, staleAppend, sameTermAppend
    }

    /// Figure 2 and the rules of the run: every AppendEntries and RequestVote is answered,
    /// once, to its sender, whatever the receiver's role and whatever the answer.
    @Test(arguments: Role.allCases, Request.allCases)
    func everyRequestIsAnsweredOnce(role: Role, request: Request) {
        var rig = node(in: role)
        let m: Message = switch request {
        case .vote: .vote(2, term: 3, lastIndex: 9, lastTerm: 2)
        case .preVote: .vote(2, term: 3, lastIndex: 9, lastTerm: 2, pre: true)
        case .staleVote: .vote(2, term: 1, lastIndex: 9, lastTerm: 2)
        case .append: .append(2, term: 3, prev: 2, prevTerm: 1, entries: [3], commit: 1)
        case .mismatchedAppend: .append(2, term: 3, prev: 7, prevTerm: 3)
        case .staleAppend: .append(2, term: 1)
        case .sameTermAppend: .append(2, term: 2, prev: 2, prevTerm: 1)
        }
        let out = rig.receive(m, at: 10)
        let answers = out.messages.filter { $0.to == 2 && !$0.isRequest }
        #expect(answers.count == 1)
        let expected: Message.Kind = switch m.kind {
        case .preVote: .preVoteReply
        case .requestVote: .voteReply
        default: .appendReply
        }
        #expect(answers.first?.kind == expected)
        // In the receiver's (possibly just adopted) term; a granted pre-vote carries the asked term.
        let grantedPreVote = m.kind == .preVote && answers.first?.voteAnswer?.granted == true
        #expect(answers.first?.term == (grantedPreVote ? m.term : rig.node.term))
    }

    @Test func answersOfAStaleTermAreIgnored() {
        var rig = Rig(nodes: 3, term: 3)
        rig.timeout()
        let out = rig.receive(.voteReply(1, term: 3, granted: true))  // an answer from an older election
        #expect(out.messages.isEmpty && out.notes.isEmpty)
        #expect(rig.node.role == .candidate)

        rig.elect()
        let leader = rig.node
        let late = rig.receive(.appendReply(1, term: leader.term - 1, success: true, prev: 0, match: 5))
        #expect(late.messages.isEmpty)
        #expect(rig.node == leader)
    }

    @Test func twoLeadersOfOneTermRefuseEachOther() {
        var rig = Rig(term: 1)
        rig.elect()
        let out = rig.receive(.append(2, term: 2))
        #expect(rig.node.role == .leader)
        #expect(out.notes.contains(.refusesAppend(from: 2, reason: .sameTermLeader)))
        #expect(out.onlyMessage?.appendReply?.success == false)
        #expect(out.onlyMessage?.appendReply?.conflictIndex == nil)
    }
}
