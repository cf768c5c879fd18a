import Testing
@testable import RaftCore

/// AppendEntries receiver (Figure 2; 5.3 log matching and the conflict hint).
@Suite struct FollowerTests {
    @Test func logTooShortIsRefusedWithTheLengthHint() {
        var rig = Rig(term: 2, log: [1, 1])
        let out = rig.receive(.append(1, term: 2, prev: 5, prevTerm: 2, entries: [2], commit: 3))
        #expect(out.notes.contains(.refusesAppend(from: 1, reason: .mismatch(prevIndex: 5, prevTerm: 2, found: nil))))
        #expect(out.onlyMessage?.term == 2)
        #expect(out.onlyMessage?.appendReply ==
                AppendReplyArgs(success: false, prevIndex: 5, match: 0, conflictIndex: 3, conflictTerm: 0))
        #expect(rig.node.log.terms == [1, 1])
        #expect(rig.node.commitIndex == 0)  // nothing learned from a refused request
        #expect(rig.node.volatile.leader == 1)
    }

    @Test(arguments: [
        // (follower log, prevIndex, prevTerm, conflictIndex, conflictTerm)
        ([1, 2, 2, 2], 4, 3, 2, 2),
        ([1, 2, 2, 2], 3, 1, 2, 2),
        ([1, 1, 1], 2, 2, 1, 1),
        ([1, 1, 3, 3, 3], 5, 4, 3, 3),
        ([2], 1, 1, 1, 2),
    ])
    func wrongTermIsRefusedWithTheFirstIndexOfTheConflictingTerm(log: [Int], prev: Int, prevTerm: Int,
                                                                   conflictIndex: Int, conflictTerm: Int) {
        var rig = Rig(term: 5, log: log)
        let out = rig.receive(.append(1, term: 5, prev: prev, prevTerm: prevTerm, entries: [5]))
        #expect(out.notes.contains(.refusesAppend(from: 1, reason:
            .mismatch(prevIndex: prev, prevTerm: prevTerm, found: log[prev - 1]))))
        #expect(out.onlyMessage?.appendReply == AppendReplyArgs(success: false, prevIndex: prev, match: 0,
                                                               conflictIndex: conflictIndex, conflictTerm: conflictTerm))
        #expect(rig.node.log.terms == log)
    }

    enum AppendOutcome: String, CaseIterable, Sendable { case accepted, mismatch, staleTerm }

    @Test(arguments: AppendOutcome.allCases)
    func appendEntriesFromTheLeaderResetsTheElectionTimer(outcome: AppendOutcome) {
        var rig = Rig(term: 2, log: [1, 1])
        let initial = rig.node.volatile.electionDeadline
        let draw = rig.nextDraw()
        let m: Message = switch outcome {
        case .accepted: .append(1, term: 2, prev: 2, prevTerm: 1, entries: [2])
        case .mismatch: .append(1, term: 2, prev: 2, prevTerm: 2, entries: [2])
        case .staleTerm: .append(1, term: 1, prev: 2, prevTerm: 1, entries: [1])
        }
        let out = rig.receive(m, at: 100)
        #expect(out.onlyMessage?.appendReply?.success == (outcome == .accepted))
        if outcome == .staleTerm {
            #expect(rig.node.volatile.electionDeadline == initial)
            #expect(rig.node.volatile.lastLeaderContact == nil)
        } else {
            #expect(rig.node.volatile.electionDeadline == 100 + draw)
            #expect(rig.node.volatile.lastLeaderContact == 100)
        }
    }

    @Test func acceptedEntriesAreAppendedAndMatchReported() {
        var rig = Rig(term: 2, log: [1])
        let out = rig.receive(.append(2, term: 2, prev: 1, prevTerm: 1, entries: [1, 2, 2]))
        #expect(rig.node.log.terms == [1, 1, 2, 2])
        #expect(rig.node.log.entries[1...] == ArraySlice(makeEntries([1, 2, 2])))
        #expect(out.notes.contains(.acceptsAppend(from: 2, prevIndex: 1, count: 3)))
        #expect(out.onlyMessage?.to == 2)
        #expect(out.onlyMessage?.appendReply ==
                AppendReplyArgs(success: true, prevIndex: 1, match: 4, conflictIndex: nil, conflictTerm: 0))
        #expect(out.truncatedFrom == nil)
    }

    @Test func conflictingSuffixIsDeletedAndTheNewEntriesAppended() {
        var rig = Rig(term: 3, log: [1, 1, 2, 2, 2], commit: 2)
        let out = rig.receive(.append(1, term: 3, prev: 2, prevTerm: 1, entries: [1, 3], commit: 2))
        // Index 3 differs (term 2 here, 1 from the leader): everything from 3 on goes.
        #expect(rig.node.log.terms == [1, 1, 1, 3])
        #expect(out.notes.contains(.truncates(from: 3, through: 5)))
        #expect(out.truncatedFrom == 3)
        #expect(out.onlyMessage?.appendReply?.match == 4)
    }

    @Test func onlyEntriesFromTheFirstConflictOnAreReplaced() {
        var rig = Rig(term: 3, log: [1, 1, 2, 2, 2])
        let kept = rig.node.log.entries[2]
        let out = rig.receive(.append(1, term: 3, prev: 2, prevTerm: 1, entries: [2, 3]))
        #expect(rig.node.log.terms == [1, 1, 2, 3])
        #expect(rig.node.log.entries[2] == kept)  // the agreeing entry is not rewritten
        #expect(out.notes.contains(.truncates(from: 4, through: 5)))
        #expect(out.truncatedFrom == 4)
    }

    @Test(arguments: [3, 4])
    func neverDeletesAnEntryAtOrBelowItsCommitIndex(commit: Int) {
        var rig = Rig(term: 3, log: [1, 1, 2, 2], commit: commit)
        let log = rig.node.log
        let out = rig.receive(.append(1, term: 3, prev: 2, prevTerm: 1, entries: [3], commit: 3), at: 10)
        #expect(rig.node.log == log)
        #expect(rig.node.commitIndex == commit)
        #expect(out.notes.contains(.refusesAppend(from: 1, reason: .wouldDeleteCommitted(index: 3, commit: commit))))
        #expect(!out.notes.contains { if case .truncates = $0 { true } else { false } })
        #expect(out.truncatedFrom == nil)
        // Answered, refused, with no hint: the leader cannot fix this by backing off.
        #expect(out.onlyMessage?.appendReply ==
                AppendReplyArgs(success: false, prevIndex: 2, match: 0, conflictIndex: nil, conflictTerm: 0))
    }

    @Test func aConflictAboveTheCommitIndexIsStillReplaced() {
        var rig = Rig(term: 3, log: [1, 1, 2, 2], commit: 2)
        rig.receive(.append(1, term: 3, prev: 2, prevTerm: 1, entries: [3]))
        #expect(rig.node.log.terms == [1, 1, 3])
    }

    @Test func duplicateOrOlderAppendEntriesDoNotTruncateLaterEntries() {
        var rig = Rig(term: 2, log: [1, 1, 2, 2, 2])
        let log = rig.node.log

        // An old AppendEntries covering a prefix only: nothing removed, match is what it covered.
        let old = rig.receive(.append(1, term: 2, prev: 1, prevTerm: 1, entries: [1, 2]))
        #expect(rig.node.log == log)
        #expect(old.truncatedFrom == nil)
        #expect(old.onlyMessage?.appendReply?.match == 3)
        #expect(old.onlyMessage?.appendReply?.success == true)

        // An old heartbeat: the same.
        let beat = rig.receive(.append(1, term: 2, prev: 2, prevTerm: 1))
        #expect(rig.node.log == log)
        #expect(beat.onlyMessage?.appendReply?.match == 2)

        // Overlapping the end: only the new entry is appended.
        rig.receive(.append(1, term: 2, prev: 3, prevTerm: 2, entries: [2, 2, 2]))
        #expect(rig.node.log.terms == [1, 1, 2, 2, 2, 2])
        #expect(rig.node.log.entries[..<5] == log.entries[...])
    }

    @Test(arguments: [
        // (prevIndex, entries, leaderCommit, learned commit)
        (2, 0, 5, 2),   // heartbeat: only what it vouches for
        (5, 0, 4, 4),   // heartbeat: the leader's commit
        (2, 1, 5, 3),   // prevIndex + entries.count
        (2, 3, 3, 3),
        (1, 0, 0, 0),   // nothing committed yet
    ])
    func followerLearnsCommitFromAppendEntries(prev: Int, count: Int, leaderCommit: Int, learned: Int) {
        var rig = Rig(term: 1, log: [1, 1, 1, 1, 1])
        let out = rig.receive(.append(1, term: 1, prev: prev, prevTerm: 1,
                                      entries: Array(repeating: 1, count: count), commit: leaderCommit))
        #expect(rig.node.commitIndex == learned)
        #expect(rig.node.volatile.appliedIndex == learned)
        if learned > 0 {
            #expect(out.notes.contains(.learnsCommit(index: learned, from: 1)))
            #expect(out.notes.contains(.applies(from: 1, through: learned)))
        } else {
            #expect(out.notes.count == 1)  // only the accept
        }
    }

    @Test func commitIndexNeverMovesBackAndApplyingGoesOnFromTheLastApplied() {
        var rig = Rig(term: 1, log: [1, 1, 1, 1], commit: 2)
        #expect(rig.node.volatile.appliedIndex == 2)
        let out = rig.receive(.append(1, term: 1, prev: 4, prevTerm: 1, commit: 4))
        #expect(out.notes.contains(.applies(from: 3, through: 4)))
        let older = rig.receive(.append(1, term: 1, prev: 1, prevTerm: 1, commit: 4))
        #expect(rig.node.commitIndex == 4)
        #expect(!older.notes.contains { if case .learnsCommit = $0 { true } else { false } })
    }

    @Test func aMismatchedRequestTeachesNoCommit() {
        var rig = Rig(term: 1, log: [1, 1])
        rig.receive(.append(1, term: 1, prev: 4, prevTerm: 1, commit: 4))
        #expect(rig.node.commitIndex == 0)
    }
}
