import Testing
@testable import RaftCore

/// The unsafe rules that break a Figure 3 property head-on, at one node: `vote_twice` (5.2),
/// `append_without_log_check` (5.3) and `leader_overwrites` (5.3, Leader Append-Only).
@Suite struct UnsafeRuleTests {
    // MARK: - The one table of the rules' names (scenario format, `unsafe`)

    @Test func everyRuleHasOneNameInTheFormatsOrder() {
        let rules = UnsafeRules.named.map(\.rule)
        #expect(rules.count == 9 && rules.allSatisfy { $0.rawValue.nonzeroBitCount == 1 })
        #expect(Set(rules.map(\.rawValue)).count == 9 && Set(UnsafeRules.allNames).count == 9)
        for (name, rule) in UnsafeRules.named {
            #expect(UnsafeRules(name: name) == rule && rule.names == [name])
        }
        #expect(UnsafeRules(name: "vote_thrice") == nil && UnsafeRules(names: ["vote_twice", "x"]) == nil)
        #expect(UnsafeRules(names: UnsafeRules.allNames)?.names == UnsafeRules.allNames)
        #expect(UnsafeRules([.leaderOverwrites, .voteWithoutLogCheck]).names == ["vote_without_log_check", "leader_overwrites"])
    }

    // MARK: - vote_twice: a voter ignores its earlier vote in the term (breaks 5.2)

    @Test(arguments: [true, false])
    func aSecondCandidateOfTheTermGetsAVoteOnlyUnderVoteTwice(unsafe: Bool) {
        var rig = Rig(nodes: 5, term: 1, log: [1], config: { $0.unsafe = unsafe ? .voteTwice : [] })
        #expect(rig.receive(.vote(1, term: 2, lastIndex: 1, lastTerm: 1)).onlyMessage?.voteAnswer?.granted == true)
        let second = rig.receive(.vote(2, term: 2, lastIndex: 1, lastTerm: 1))
        #expect(second.onlyMessage?.to == 2)
        #expect(second.onlyMessage?.voteAnswer?.granted == unsafe)
        if unsafe {
            #expect(second.notes == [.ignoresEarlierVote(earlier: 1, term: 2), .grantsVote(to: 2, term: 2, pre: false)])
            #expect(rig.node.durable.votedFor == 2)
        } else {
            // 5.2: one vote per term.
            #expect(second.notes == [.refusesVote(to: 2, term: 2, pre: false, reason: .alreadyVoted(for: 1))])
            #expect(rig.node.durable.votedFor == 1)
        }
    }

    @Test func voteTwiceStillChecksTheCandidatesLog() {
        var rig = Rig(nodes: 5, term: 1, log: [1, 1], config: { $0.unsafe = .voteTwice })
        rig.receive(.vote(1, term: 2, lastIndex: 2, lastTerm: 1))
        // 5.4.1: a log behind the voter's is refused, whatever the earlier vote.
        let behind = rig.receive(.vote(2, term: 2, lastIndex: 1, lastTerm: 1))
        #expect(behind.notes == [.refusesVote(to: 2, term: 2, pre: false, reason:
            .logBehind(candidateLastTerm: 1, candidateLastIndex: 1, voterLastTerm: 1, voterLastIndex: 2))])
        #expect(rig.node.durable.votedFor == 1)
        // The same candidate asking again is no second vote: nothing is ignored.
        let again = rig.receive(.vote(1, term: 2, lastIndex: 2, lastTerm: 1))
        #expect(again.notes == [.grantsVote(to: 1, term: 2, pre: false)])
    }

    @Test func aCandidateUnderVoteTwiceVotesForAnotherAndStillWins() {
        var rig = Rig(term: 1, config: { $0.unsafe = .voteTwice })
        rig.timeout()
        #expect(rig.node.role == .candidate && rig.node.term == 2)
        let out = rig.receive(.vote(1, term: 2))
        #expect(out.notes == [.ignoresEarlierVote(earlier: 0, term: 2), .grantsVote(to: 1, term: 2, pre: false)])
        #expect(rig.node.role == .candidate)
        // Node 1 may win with this vote and node 2's; this node wins with its own and node 2's.
        rig.receive(.voteReply(2, term: 2))
        #expect(rig.node.role == .leader)
    }

    // MARK: - append_without_log_check: no prevLogIndex/prevLogTerm check (breaks 5.3)

    struct Skip: Sendable, CustomTestStringConvertible {
        var log: [Int]
        var prev: Int
        var prevTerm: Int
        var entries: [Int]
        var at: Int          // where the entries go
        var after: [Int]     // the log afterwards
        var testDescription: String { "\(log) prev (\(prev), \(prevTerm)) + \(entries) -> \(after)" }
    }

    @Test(arguments: [
        // Another term at prevLogIndex: the entries go at prevLogIndex + 1, over what conflicts.
        Skip(log: [1, 1, 1], prev: 2, prevTerm: 2, entries: [2], at: 3, after: [1, 1, 2]),
        // No entry at prevLogIndex: the entries go right after the last entry.
        Skip(log: [1], prev: 5, prevTerm: 2, entries: [2, 2], at: 2, after: [1, 2, 2]),
    ])
    func entriesAreTakenWithoutTheLogCheck(_ c: Skip) {
        var rig = Rig(term: 2, log: c.log, config: { $0.unsafe = .appendWithoutLogCheck })
        let out = rig.receive(.append(1, term: 2, prev: c.prev, prevTerm: c.prevTerm, entries: c.entries))
        #expect(rig.node.log.terms == c.after)
        #expect(out.notes.first == .skipsLogCheck(prevIndex: c.prev, prevTerm: c.prevTerm, at: c.at))
        #expect(out.notes.contains(.stores(at: c.at, count: c.entries.count)))
        #expect(out.notes.last == .acceptsAppend(from: 1, prevIndex: c.prev, count: c.entries.count))
        #expect(out.truncatedFrom == (c.at <= c.log.count ? c.at : nil))
        #expect(out.onlyMessage?.appendReply == AppendReplyArgs(success: true, prevIndex: c.prev,
                                                               match: c.at - 1 + c.entries.count,
                                                               conflictIndex: nil, conflictTerm: 0))
    }

    @Test func withoutTheRuleTheSameRequestIsRefused() {
        var rig = Rig(term: 2, log: [1, 1, 1])
        let out = rig.receive(.append(1, term: 2, prev: 2, prevTerm: 2, entries: [2]))
        // Figure 2, AppendEntries 2: no entry of prevLogTerm at prevLogIndex.
        #expect(out.notes == [.refusesAppend(from: 1, reason: .mismatch(prevIndex: 2, prevTerm: 2, found: 1))])
        #expect(rig.node.log.terms == [1, 1, 1])
    }

    @Test func aMatchingRequestSkipsNothing() {
        var rig = Rig(term: 2, log: [1, 1], config: { $0.unsafe = .appendWithoutLogCheck })
        let out = rig.receive(.append(1, term: 2, prev: 2, prevTerm: 1, entries: [2]))
        #expect(out.notes == [.stores(at: 3, count: 1), .acceptsAppend(from: 1, prevIndex: 2, count: 1)])
        #expect(rig.node.log.terms == [1, 1, 2])
    }

    @Test func committedEntriesAreStillNeverDeleted() {
        var rig = Rig(term: 2, log: [1, 1, 1], commit: 2, config: { $0.unsafe = .appendWithoutLogCheck })
        let out = rig.receive(.append(1, term: 2, prev: 1, prevTerm: 2, entries: [2, 2], commit: 3))
        #expect(out.notes == [
            .skipsLogCheck(prevIndex: 1, prevTerm: 2, at: 2),
            .refusesAppend(from: 1, reason: .wouldDeleteCommitted(index: 2, commit: 2)),
        ])
        #expect(rig.node.log.terms == [1, 1, 1])
        #expect(rig.node.commitIndex == 2)
        #expect(out.onlyMessage?.appendReply ==
                AppendReplyArgs(success: false, prevIndex: 1, match: 0, conflictIndex: nil, conflictTerm: 0))
    }

    // MARK: - leader_overwrites: a new write at commit + 1 (breaks Leader Append-Only)

    @Test(arguments: [true, false])
    func aWriteGoesAtCommitPlusOneOverUncommittedEntriesOnlyUnderTheRule(unsafe: Bool) {
        // Elected in term 2 over [1, 1, 1], nothing committed, no no-op.
        var rig = Rig(term: 1, log: [1, 1, 1], config: { $0.noop = false; $0.unsafe = unsafe ? .leaderOverwrites : [] })
        rig.elect()
        #expect(rig.node.commitIndex == 0)
        let index = rig.propose(7)
        if unsafe {
            #expect(index == 1)
            #expect(rig.node.log.entries == [Entry(term: 2, write: 7)])
            #expect(Array(rig.out.notes.prefix(2)) == [.overwrites(from: 1, through: 3), .appends(index: 1, term: 2, write: 7)])
        } else {
            #expect(index == 4)
            #expect(rig.node.log.terms == [1, 1, 1, 2])
            #expect(!rig.out.notes.contains { if case .overwrites = $0 { true } else { false } })
        }
    }

    @Test func theOverwrittenEntriesAreResentAndNoLongerCountAsMatched() {
        var rig = Rig.caughtUpLeader(nodes: 5, term: 2, log: [1], config: { $0.unsafe = .leaderOverwrites })
        #expect(rig.node.commitIndex == 2)  // [1, no-op of term 2]
        #expect(rig.propose(5) == 3)
        #expect(!rig.out.notes.contains { if case .overwrites = $0 { true } else { false } })
        rig.receive(.appendReply(1, term: 2, success: true, prev: 2, match: 3))
        #expect(rig.node.volatile.peers[1].matchIndex == 3)
        #expect(rig.node.commitIndex == 2)  // 2 of 5

        #expect(rig.propose(6) == 3)
        #expect(Array(rig.out.notes.prefix(2)) == [.overwrites(from: 3, through: 3), .appends(index: 3, term: 2, write: 6)])
        #expect(rig.node.log.entries == [Entry(term: 1, write: 1), Entry(term: 2), Entry(term: 2, write: 6)])
        #expect(rig.node.volatile.peers[1].matchIndex == 2)
        #expect(rig.node.volatile.peers.dropFirst().allSatisfy { $0.nextIndex == 4 })
        // Every follower is sent the new entry at index 3.
        #expect(rig.out.appends.map(\.to) == [1, 2, 3, 4])
        #expect(rig.out.appends.allSatisfy {
            $0.append == AppendArgs(prevIndex: 2, prevTerm: 2, entries: [Entry(term: 2, write: 6)], commit: 2)
        })
    }

    @Test func theNoopOverwritesNothing() {
        var rig = Rig(term: 1, log: [1, 1], config: { $0.unsafe = .leaderOverwrites })
        let out = rig.elect()
        #expect(rig.node.log.terms == [1, 1, 2])
        #expect(!out.notes.contains { if case .overwrites = $0 { true } else { false } })
    }
}
