import Testing
@testable import RaftCore

/// Log compaction and InstallSnapshot (paper 7, Figure 13; thesis 5) as raft-extensions.md,
/// "Log compaction and InstallSnapshot", states them.
@Suite struct SnapshotTests {
    // MARK: - Taking a snapshot

    /// "`snapshot: NODE`: NODE takes a snapshot at its applied index now"; "taking one discards the log entries up to that index".
    @Test func aSnapshotAtTheAppliedIndexDiscardsTheEntriesUpToIt() {
        var rig = Rig(term: 2, log: [1, 1, 2, 2, 2], commit: 3)
        let out = rig.snapshot()
        #expect(out.notes == [.takesSnapshot(index: 3, term: 2, uncommitted: false)])
        #expect(rig.node.log.snapshotIndex == 3)
        #expect(rig.node.log.snapshotTerm == 2)
        #expect(Array(rig.node.log.entriesAfterSnapshot) == [Entry(term: 2, write: 4), Entry(term: 2, write: 5)])
        #expect(rig.node.commitIndex == 3)
        #expect(rig.node.volatile.appliedIndex == 3)
        #expect(out.messages.isEmpty)
    }

    /// "nothing happens when it is crashed or has applied nothing new".
    @Test func nothingNewAppliedTakesNoSnapshot() {
        var empty = Rig(log: [1, 1], commit: 0)
        #expect(empty.snapshot().notes.isEmpty)
        #expect(empty.node.log.snapshotIndex == 0)

        var rig = Rig(log: [1, 1, 1], commit: 2)
        rig.snapshot()
        let before = rig.node
        #expect(rig.snapshot().notes.isEmpty)
        #expect(rig.node == before)
    }

    /// "nothing happens when it is crashed".
    @Test func aCrashedNodeTakesNoSnapshot() {
        var rig = Rig(log: [1, 1], commit: 2)
        var out = RaftOutbox()
        rig.node.crash(out: &out)
        #expect(rig.snapshot().notes.isEmpty)
        #expect(rig.node.log.snapshotIndex == 0)
    }

    /// `engine.snapshot_every`: "when a node's applied index is at least this many entries past
    /// its snapshot, it takes a snapshot at its applied index".
    @Test func snapshotEveryTriggersOnceTheAppliedIndexIsFarEnoughPastTheSnapshot() {
        var rig = Rig(term: 1, log: [1, 1, 1, 1, 1], config: { $0.snapshotEvery = 2 })
        func learn(_ commit: Int) -> RaftOutbox {
            rig.receive(.append(1, term: 1, prev: 5, prevTerm: 1, commit: commit))
        }
        #expect(!learn(1).noted { if case .takesSnapshot = $0 { true } else { false } })
        #expect(learn(3).notes.contains(.takesSnapshot(index: 3, term: 1, uncommitted: false)))
        #expect(rig.node.log.snapshotIndex == 3)
        #expect(!learn(4).noted { if case .takesSnapshot = $0 { true } else { false } })
        #expect(learn(5).notes.contains(.takesSnapshot(index: 5, term: 1, uncommitted: false)))
        #expect(rig.node.log.snapshotIndex == 5)
    }

    /// `snapshot_every` at a leader: its commits apply, and the snapshot follows them.
    @Test func snapshotEveryAppliesToALeaderToo() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1], config: { $0.snapshotEvery = 3 })
        #expect(rig.node.log.snapshotIndex == 0)  // applied 2
        rig.propose(writes: 10..<12)
        let out = rig.receive(.ack(1, term: 2, match: 4, sentAt: rig.now))
        #expect(rig.node.commitIndex == 4)
        #expect(out.notes.contains(.takesSnapshot(index: 4, term: 2, uncommitted: false)))
    }

    /// `snapshot_every` 0 (the default) never snapshots.
    @Test func snapshotEveryZeroNeverSnapshots() {
        var rig = Rig(term: 1, log: [1, 1, 1, 1, 1])
        rig.receive(.append(1, term: 1, prev: 5, prevTerm: 1, commit: 5))
        #expect(rig.node.log.snapshotIndex == 0)
    }

    /// `unsafe: snapshot_uncommitted`: "`snapshot` ... take the snapshot at the node's last
    /// entry, and its applied index moves there".
    @Test func snapshotUncommittedTakesTheSnapshotAtTheLastEntry() {
        var rig = Rig(term: 1, log: [1, 1, 1], commit: 1, config: { $0.unsafe = .snapshotUncommitted })
        let out = rig.snapshot()
        #expect(out.notes == [.takesSnapshot(index: 3, term: 1, uncommitted: true)])
        #expect(rig.node.log.snapshotIndex == 3)
        #expect(rig.node.volatile.appliedIndex == 3)
        #expect(rig.node.commitIndex == 1)
    }

    /// `snapshot_uncommitted` with `snapshot_every`: the last entry counts, committed or not.
    @Test func snapshotUncommittedWithSnapshotEveryCountsTheLastEntry() {
        var rig = Rig(term: 1, config: { $0.unsafe = .snapshotUncommitted; $0.snapshotEvery = 2 })
        let out = rig.receive(.append(1, term: 1, entries: [1, 1], commit: 0))
        #expect(out.notes.contains(.takesSnapshot(index: 2, term: 1, uncommitted: true)))
        #expect(rig.node.volatile.appliedIndex == 2)
        #expect(rig.node.commitIndex == 0)
    }

    /// "The snapshot, like the log, is durable: a restarted node starts from its snapshot
    /// (applied = commit = its last included index) plus its log."
    @Test func aRestartedNodeStartsFromItsSnapshot() {
        var rig = Rig(term: 1, log: [1, 1, 1, 1], commit: 3)
        rig.snapshot()
        let out = rig.crashAndRestart(at: 500)
        #expect(rig.node.commitIndex == 3)
        #expect(rig.node.volatile.appliedIndex == 3)
        #expect(rig.node.log.snapshotIndex == 3)
        #expect(rig.node.log.lastIndex == 4)
        #expect(out.notes.contains(.restoresSnapshot(index: 3)))
    }

    /// Without a snapshot a restart starts from commit 0 (Figure 2: commitIndex is volatile).
    @Test func aRestartWithoutSnapshotStartsFromZero() {
        var rig = Rig(term: 1, log: [1, 1], commit: 2)
        let out = rig.crashAndRestart(at: 500)
        #expect(rig.node.commitIndex == 0)
        #expect(!out.noted { if case .restoresSnapshot = $0 { true } else { false } })
    }

    // MARK: - The leader's side

    /// A leader of term 2 over [1, 1, 1] plus its no-op: follower 2 holds everything, follower
    /// 1 has not answered; the leader snapshots through 4.
    func leaderWithSnapshot(pipeline: Bool = true) -> Rig {
        var rig = Rig(term: 1, log: [1, 1, 1], config: { $0.pipeline = pipeline })
        rig.elect()
        rig.receive(.ack(2, term: 2, prev: 3, match: 4, sentAt: rig.now))
        #expect(rig.node.commitIndex == 4)
        rig.snapshot()
        #expect(rig.node.log.snapshotIndex == 4)
        rig.out.clear()
        return rig
    }

    /// "A leader sends installSnapshot instead of AppendEntries whenever an AppendEntries it
    /// would send ... needs an entry it has discarded" (a batch after a back-off); "the message
    /// carries: term, last included index and term, and the whole state, in one message".
    @Test func aBatchThatNeedsADiscardedEntryGoesAsTheSnapshot() {
        var rig = leaderWithSnapshot()
        let out = rig.receive(.appendReply(1, term: 2, success: false, prev: 3, conflictIndex: 2))
        #expect(out.appends.isEmpty)
        let sent = out.sent(.installSnapshot)
        #expect(sent.count == 1)
        #expect(sent.first?.to == 1)
        #expect(sent.first?.term == 2)
        #expect(sent.first?.installed?.lastIndex == 4)
        #expect(sent.first?.installed?.lastTerm == 2)
        #expect(sent.first?.installed?.state == rig.node.log.entries)
        #expect(out.notes.contains(.sendsSnapshot(peer: 1, index: 4, needed: 2)))
        // The follower waits for it alone: a new write does not go to it meanwhile.
        rig.propose(20)
        #expect(rig.out.sent(to: 1).isEmpty)
        #expect(rig.out.sent(to: 2).count == 1)
    }

    /// The same rule at a heartbeat: the snapshot still unanswered goes again.
    @Test func aHeartbeatResendsTheSnapshotToAFollowerThatHasNotAnswered() {
        var rig = leaderWithSnapshot()
        rig.receive(.appendReply(1, term: 2, success: false, prev: 3, conflictIndex: 2))
        let out = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(out.sent(to: 1).map(\.kind) == [.installSnapshot])
        #expect(out.sent(to: 2).map(\.kind) == [.heartbeat])
    }

    /// "Without pipeline, a follower whose AppendEntries is unanswered is sent, at each
    /// heartbeat, the entries from one past its match index": before the snapshot, so the snapshot.
    @Test func withoutPipelineTheResendToAnUnansweredFollowerGoesAsTheSnapshot() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1, 1, 1], config: { $0.pipeline = false })
        rig.propose(writes: 10..<13)  // 5...7 go to both, neither has answered
        rig.receive(.ack(2, term: 2, prev: 4, match: 7, sentAt: rig.now))
        #expect(rig.node.commitIndex == 7)
        rig.snapshot()
        let out = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(out.sent(to: 1).map(\.kind) == [.installSnapshot])
        #expect(out.sent(to: 1).first?.installed?.lastIndex == 7)
        #expect(out.sent(to: 2).first?.append == AppendArgs(prevIndex: 7, prevTerm: 2, entries: [], commit: 7))
    }

    /// The same without a snapshot in the way: a resend of the entries from one past the match
    /// index (scenario format's heartbeat rule; the second heartbeat after an empty one).
    @Test func withoutPipelineTheResendStartsOnePastTheMatchIndex() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1, 1, 1], config: { $0.pipeline = false })
        rig.propose(writes: 10..<13)
        let first = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(first.sent(to: 1).first?.append?.entries == [])
        let second = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(second.sent(to: 1).first?.append?.prevIndex == 4)
        #expect(second.sent(to: 1).first?.append?.entries.count == 3)
    }

    /// Only an AppendEntries that needs a discarded entry is replaced: a follower whose next
    /// entry lies past the snapshot gets a plain heartbeat.
    @Test func aFollowerPastTheSnapshotGetsAppendEntries() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1, 1, 1])
        rig.propose(writes: 10..<13)
        rig.receive(.ack(2, term: 2, prev: 4, match: 7, sentAt: rig.now))
        rig.snapshot()
        #expect(rig.node.log.snapshotIndex == 7)
        let out = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(out.sent(to: 1).map(\.kind) == [.heartbeat])  // pipelined: its next is 8
        #expect(out.sent(to: 1).first?.append?.prevIndex == 7)
    }

    /// "The leader then sets match to the last included index and next to one past it", and
    /// sends what follows as AppendEntries (the entry before them is the snapshot's last).
    @Test func theLeaderSetsMatchAndNextFromTheReply() {
        var rig = leaderWithSnapshot()
        rig.receive(.appendReply(1, term: 2, success: false, prev: 3, conflictIndex: 2))
        rig.propose(20)  // index 5: not sent to 1, which is waiting for the snapshot
        let out = rig.receive(.snapshotReply(1, term: 2, lastIndex: 4))
        #expect(rig.node.volatile.peers[1].matchIndex == 4)
        #expect(out.notes.contains(.matchAdvances(peer: 1, match: 4)))
        #expect(out.sent(to: 1).first?.append == AppendArgs(prevIndex: 4, prevTerm: 2,
                                                            entries: [Entry(term: 2, write: 20)], commit: 4))
        #expect(rig.node.volatile.peers[1].nextIndex == 6)  // pipelined past what it just sent
        #expect(out.sent(.installSnapshot).isEmpty)
    }

    /// A snapshot answer of an older term changes nothing (Figure 2: stale answers are dropped).
    @Test func aSnapshotReplyOfAnOlderTermIsIgnored() {
        var rig = leaderWithSnapshot()
        let before = rig.node.volatile.peers[1]
        let out = rig.receive(.snapshotReply(1, term: 1, lastIndex: 4))
        #expect(rig.node.volatile.peers[1] == before)
        #expect(out.messages.isEmpty)
    }

    // MARK: - The follower's side

    /// "when its log holds an entry at the last included index with that term it keeps the
    /// entries after it ... it takes the snapshot as its own and answers installSnapshotReply
    /// with its term. Its commit and applied index become at least the last included index."
    @Test func aFollowerWhoseLogHoldsTheLastIncludedEntryKeepsWhatFollows() {
        var rig = Rig(term: 1, log: [1, 1, 1, 1, 1], commit: 1)
        let out = rig.receive(.snapshot(1, term: 1, state: [1, 1, 1]), at: 10)
        #expect(out.notes.contains(.installsSnapshot(from: 1, index: 3, term: 1, kept: 2)))
        #expect(rig.node.log.lastIndex == 5)
        #expect(rig.node.log.snapshotIndex == 3)
        #expect(rig.node.log.snapshotTerm == 1)
        #expect(rig.node.log.entriesAfterSnapshot.count == 2)
        #expect(rig.node.commitIndex == 3)
        #expect(rig.node.volatile.appliedIndex == 3)
        #expect(out.onlyMessage?.body == .installSnapshotReply(lastIndex: 3))
        #expect(out.onlyMessage?.term == 1)
        #expect(out.onlyMessage?.to == 1)
    }

    /// "otherwise it discards its whole log": an entry of another term at the last included index.
    @Test func aFollowerWithAnotherTermAtTheLastIncludedIndexReplacesItsWholeLog() {
        var rig = Rig(term: 3, log: [1, 1, 2, 2], commit: 1)
        let out = rig.receive(.snapshot(1, term: 3, state: [1, 1, 3]), at: 10)
        #expect(out.notes.contains(.installsSnapshot(from: 1, index: 3, term: 3, kept: nil)))
        #expect(rig.node.log.entries == makeLog([1, 1, 3]).entries)
        #expect(rig.node.log.snapshotIndex == 3)
        #expect(rig.node.log.snapshotTerm == 3)
        #expect(rig.node.commitIndex == 3)
        #expect(rig.node.volatile.appliedIndex == 3)
        #expect(out.onlyMessage?.body == .installSnapshotReply(lastIndex: 3))
    }

    /// The same for a log too short to hold the last included index.
    @Test func aFollowerWithAShorterLogTakesTheSnapshotsState() {
        var rig = Rig(term: 2, log: [1])
        rig.receive(.snapshot(1, term: 2, state: [1, 2, 2]), at: 10)
        #expect(rig.node.log.entries == makeLog([1, 2, 2]).entries)
        #expect(rig.node.log.snapshotIndex == 3)
        #expect(rig.node.commitIndex == 3)
    }

    /// Edge case: a follower whose log ends exactly at the snapshot's last entry keeps it all,
    /// nothing after it, and the entries it had become its snapshot.
    @Test func aFollowerWhoseLogMatchesTheSnapshotsLastEntryKeepsItsLog() {
        var rig = Rig(term: 2, log: [1, 1, 2], commit: 1)
        let entries = rig.node.log.entries
        let out = rig.receive(.snapshot(1, term: 2, state: [1, 1, 2]), at: 10)
        #expect(out.notes.contains(.installsSnapshot(from: 1, index: 3, term: 2, kept: 0)))
        #expect(rig.node.log.entries == entries)
        #expect(rig.node.log.snapshotIndex == 3)
        #expect(rig.node.log.entriesAfterSnapshot.isEmpty)
        #expect(rig.node.commitIndex == 3)
        #expect(rig.node.volatile.appliedIndex == 3)
        #expect(out.onlyMessage?.body == .installSnapshotReply(lastIndex: 3))
    }

    /// Edge case: "A stale snapshot (last included index at or below the follower's commit
    /// index) is answered without change."
    @Test(arguments: [2, 3])
    func aStaleSnapshotIsAnsweredWithoutChange(lastIndex: Int) {
        var rig = Rig(term: 2, log: [1, 1, 2, 2], commit: 3)
        let durable = rig.node.durable
        let out = rig.receive(.snapshot(1, term: 2, state: Array([1, 1, 2].prefix(lastIndex))), at: 10)
        #expect(rig.node.durable == durable)
        #expect(rig.node.commitIndex == 3)
        #expect(rig.node.volatile.appliedIndex == 3)
        #expect(out.notes.contains(.ignoresStaleSnapshot(from: 1, index: lastIndex, commit: 3)))
        #expect(!out.noted { if case .installsSnapshot = $0 { true } else { false } })
        #expect(out.onlyMessage?.body == .installSnapshotReply(lastIndex: lastIndex))
        #expect(out.onlyMessage?.term == 2)
    }

    /// "The follower, if the term is current, resets its election timer" (Figure 13, like AppendEntries).
    @Test func aCurrentSnapshotResetsTheElectionTimer() {
        var rig = Rig(term: 2, log: [1])
        let draw = rig.nextDraw()
        let out = rig.receive(.snapshot(1, term: 2, state: [1, 2]), at: 40)
        #expect(rig.node.volatile.electionDeadline == 40 + draw)
        #expect(out.timerReset)
        #expect(rig.node.volatile.leader == 1)
    }

    /// A snapshot of an older term is refused: no change, no timer reset, the answer carries
    /// the follower's term (Figure 13, "Reply immediately if term < currentTerm").
    @Test func aSnapshotOfAnOlderTermChangesNothing() {
        var rig = Rig(term: 3, log: [1])
        let before = rig.node
        let out = rig.receive(.snapshot(1, term: 2, state: [1, 2]), at: 40)
        #expect(rig.node == before)
        #expect(out.onlyMessage?.term == 3)
        #expect(out.onlyMessage?.kind == .installSnapshotReply)
    }

    /// A snapshot of a higher term: the term is adopted (5.1) and the sender followed.
    @Test func aSnapshotOfAHigherTermIsTakenInThatTerm() {
        var rig = Rig(term: 1, log: [1])
        rig.timeout()  // a candidate of term 2
        let out = rig.receive(.snapshot(1, term: 3, state: [1, 3]), at: 40)
        #expect(rig.node.term == 3)
        #expect(rig.node.role == .follower)
        #expect(rig.node.volatile.leader == 1)
        #expect(rig.node.log.snapshotIndex == 2)
        #expect(out.onlyMessage?.term == 3)
    }

    /// A candidate of the snapshot's term hears from that term's leader: it follows (5.2).
    @Test func aCandidateOfTheSameTermFollowsTheSender() {
        var rig = Rig(term: 1, log: [1])
        rig.timeout()
        #expect(rig.node.role == .candidate)
        rig.receive(.snapshot(1, term: 2, state: [1, 2]), at: 40)
        #expect(rig.node.role == .follower)
        #expect(rig.node.log.snapshotIndex == 2)
    }

    /// A configuration entry inside the snapshot's state rules the follower (thesis 4.1, 5).
    @Test func aReplacedLogTakesTheConfigurationInTheSnapshot() {
        var rig = Rig(nodes: 4, term: 2, log: [1])
        var message = Message.snapshot(1, term: 2, state: [1, 2])
        let config = Entry(term: 2, voters: NodeSet([0, 1, 3]))
        message.body = .installSnapshot(lastIndex: 3, lastTerm: 2, state: makeLog([1, 2]).entries + [config])
        rig.receive(message, at: 10)
        #expect(rig.node.configuration.voters == NodeSet([0, 1, 3]))
    }
}
