import Testing
@testable import RaftCore

/// Figure 2, "Leaders": the no-op, AppendEntries at once and at every heartbeat,
/// nextIndex/matchIndex, batching and pipelining.
@Suite struct LeaderTests {
    @Test(arguments: [true, false])
    func newLeaderAppendsItsNoopOnlyWhenConfigured(noop: Bool) {
        var rig = Rig(term: 1, log: [1, 1], config: { $0.noop = noop })
        let out = rig.elect()
        #expect(rig.node.term == 2)
        #expect(out.notes.contains(.becomesLeader(term: 2, votes: 2, voters: 3)))
        if noop {
            #expect(rig.node.log.terms == [1, 1, 2])
            #expect(rig.node.log[3] == Entry(term: 2, write: 0))
            #expect(out.notes.contains(.appends(index: 3, term: 2, write: 0)))
        } else {
            #expect(rig.node.log.terms == [1, 1])
            #expect(!out.notes.contains { if case .appends = $0 { true } else { false } })
        }
        // AppendEntries to every other node at once, from the log it had when elected.
        #expect(out.appends.map(\.to) == [1, 2])
        for m in out.appends {
            #expect(m.term == 2)
            #expect(m.append == AppendArgs(prevIndex: 2, prevTerm: 1,
                                           entries: noop ? [Entry(term: 2, write: 0)] : [], commit: 0))
        }
        #expect(out.messages.count == 2)
        #expect(rig.node.commitIndex == 0)  // nothing is on a majority yet
        #expect(rig.node.volatile.leader == 0)
        #expect(rig.node.volatile.peers.map(\.nextIndex) == [3, 3, 3])
        #expect(rig.node.volatile.peers.map(\.matchIndex) == [0, 0, 0])
    }

    @Test func leaderSendsAppendEntriesToAllAtEveryHeartbeat() {
        var rig = Rig(nodes: 4, term: 0, config: { $0.heartbeat = 40; $0.election = 1000...1000 })
        rig.now = 5
        rig.elect()
        #expect(rig.node.nextDeadline == 45)
        #expect(rig.fire(at: 44).messages.isEmpty)
        for beat in 1...6 {
            let at = 5 + 40 * beat
            #expect(rig.node.nextDeadline == at)
            let out = rig.fire(at: at)
            #expect(out.appends.map(\.to) == [1, 2, 3], "heartbeat \(beat)")
            #expect(out.messages.count == 3)
            #expect(out.appends.allSatisfy { $0.term == 1 })
        }
        #expect(rig.node.role == .leader)
    }

    @Test func heartbeatsCarryTheCommitIndex() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1])
        #expect(rig.node.commitIndex == 2)
        let out = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(out.appends.count == 2)
        for m in out.appends {
            #expect(m.append == AppendArgs(prevIndex: 2, prevTerm: 2, entries: [], commit: 2))
            #expect(m.kind == .heartbeat)
        }
    }

    struct BackOff: Sendable, CustomTestStringConvertible {
        var leaderLog: [Int]      // the leader's log before its election of term `term`
        var term: Int
        var reply: (prev: Int, conflictIndex: Int, conflictTerm: Int)
        var next: Int
        var testDescription: String { "leader \(leaderLog), hint \(reply) -> next \(next)" }
    }

    @Test(arguments: [
        // The follower's log is too short ([1, 1]): go to its end.
        BackOff(leaderLog: [1, 1, 2, 2], term: 3, reply: (4, 3, 0), next: 3),
        // The follower has term 2 from index 3 and the leader has no term 2: skip the whole term.
        BackOff(leaderLog: [1, 1, 3, 3], term: 4, reply: (4, 3, 2), next: 3),
        // The leader has term 2 too, last at index 4: go just past it.
        BackOff(leaderLog: [1, 1, 2, 2, 3, 3], term: 4, reply: (6, 3, 2), next: 5),
    ])
    func nextIndexBacksOffUsingTheHint(_ c: BackOff) {
        var rig = Rig(term: c.term - 1, log: c.leaderLog)
        let first = rig.elect()
        let last = c.leaderLog.count
        #expect(first.sent(to: 1).first?.append?.prevIndex == last)

        let out = rig.receive(.appendReply(1, term: c.term, success: false, prev: c.reply.prev,
                                           conflictIndex: c.reply.conflictIndex, conflictTerm: c.reply.conflictTerm))
        #expect(rig.node.volatile.peers[1].nextIndex == c.next)
        #expect(out.notes.contains(.backsOff(peer: 1, nextIndex: c.next)))
        // The retry goes at once, from the new nextIndex through the end of the log.
        let retry = out.appends
        #expect(retry.count == 1)
        #expect(retry.first?.to == 1)
        let prev = c.next - 1
        #expect(retry.first?.append == AppendArgs(prevIndex: prev, prevTerm: rig.node.log.term(at: prev)!,
                                                  entries: Array(rig.node.log.entries[prev...]), commit: 0))
        // The other follower is untouched.
        #expect(rig.node.volatile.peers[2].nextIndex == last + 1)
    }

    @Test func backingOffNeverGoesBelowMatchAndStaleRefusalsAreIgnored() {
        var rig = Rig.caughtUpLeader(term: 2, log: [1, 1, 1])
        #expect(rig.node.volatile.peers[1].matchIndex == 4)
        rig.propose(5)
        rig.propose(6)
        // A refusal for a prevIndex the follower already matched is stale and ignored.
        let stale = rig.receive(.appendReply(1, term: 2, success: false, prev: 3, conflictIndex: 2, conflictTerm: 1))
        #expect(stale.messages.isEmpty)
        #expect(rig.node.volatile.peers[1].nextIndex == 7)
        // A hint below match is clamped to match + 1.
        rig.receive(.appendReply(1, term: 2, success: false, prev: 5, conflictIndex: 1, conflictTerm: 0))
        #expect(rig.node.volatile.peers[1].nextIndex == 5)
    }

    @Test func matchIndexIsTrackedPerFollower() {
        var rig = Rig(nodes: 5, term: 1, log: [1])
        rig.elect()
        let out = rig.receive(.appendReply(1, term: 2, success: true, prev: 1, match: 2))
        #expect(out.notes.contains(.matchAdvances(peer: 1, match: 2)))
        #expect(rig.node.volatile.peers[1].matchIndex == 2)
        #expect(rig.node.volatile.peers[1].nextIndex == 3)
        for peer in [2, 3, 4] {
            #expect(rig.node.volatile.peers[peer].matchIndex == 0)
            #expect(rig.node.volatile.peers[peer].nextIndex == 2)
        }
        // A late, smaller match does not move it back.
        let late = rig.receive(.appendReply(1, term: 2, success: true, prev: 0, match: 1))
        #expect(rig.node.volatile.peers[1].matchIndex == 2)
        #expect(!late.notes.contains { if case .matchAdvances = $0 { true } else { false } })
    }

    @Test func aSuccessWithNothingNewToSendSendsNothing() {
        // Caught-up followers get heartbeats on the heartbeat timer only: answering every
        // answer with an empty AppendEntries would make the pair ping-pong for ever.
        for pipeline in [true, false] {
            var rig = Rig(term: 1, log: [1], config: { $0.pipeline = pipeline })
            rig.elect()
            let caughtUp = rig.receive(.appendReply(1, term: 2, success: true, prev: 1, match: 2))
            #expect(caughtUp.messages.isEmpty, "pipeline \(pipeline)")
            rig.fire(at: rig.node.volatile.heartbeatDeadline)
            let beatAnswer = rig.receive(.appendReply(1, term: 2, success: true, prev: 2, match: 2))
            #expect(beatAnswer.messages.isEmpty, "pipeline \(pipeline)")
            // ... and a new write still goes out at once.
            rig.propose(7)
            #expect(rig.out.sent(to: 1).map(\.append?.prevIndex) == [2])
        }
    }

    @Test(arguments: [1, 2, 3, 64])
    func batchesHoldAtMostConfigBatchEntries(batch: Int) {
        var rig = Rig.caughtUpLeader(term: 1, config: { $0.batch = batch })
        #expect(rig.node.log.lastIndex == 1)
        #expect(rig.propose(writes: 1..<8) == 8)
        for peer in [1, 2] {
            let sent = rig.out.sent(to: peer).compactMap(\.append)
            #expect(sent.allSatisfy { !$0.entries.isEmpty && $0.entries.count <= batch })
            #expect(sent.count == (7 + batch - 1) / batch)
            // Consecutive batches covering 2...8 exactly once, in order.
            var next = 2
            for a in sent {
                #expect(a.prevIndex == next - 1)
                #expect(a.prevTerm == rig.node.log.term(at: a.prevIndex))
                #expect(a.entries == Array(rig.node.log.entries[(next - 1)..<(next - 1 + a.entries.count)]))
                next += a.entries.count
            }
            #expect(next == 9)
            #expect(rig.node.volatile.peers[peer].nextIndex == 9)
        }
    }

    @Test func withPipelineTheNextBatchGoesWithoutWaiting() {
        var rig = Rig.caughtUpLeader(term: 1)
        rig.propose(1)
        #expect(rig.out.sent(to: 1).map(\.append?.prevIndex) == [1])
        rig.propose(2)
        #expect(rig.out.sent(to: 1).map(\.append?.prevIndex) == [2])
        rig.propose(3)
        #expect(rig.out.sent(to: 1).map(\.append?.prevIndex) == [3])
        #expect(rig.node.volatile.peers[1].nextIndex == 5)
    }

    @Test func withoutPipelineOneRequestIsOutstandingPerFollower() {
        var rig = Rig.caughtUpLeader(term: 1, config: { $0.pipeline = false; $0.batch = 2 })
        rig.propose(writes: 1..<6)  // indices 2...6
        for peer in [1, 2] {
            let sent = rig.out.sent(to: peer).compactMap(\.append)
            #expect(sent.count == 1)
            #expect(sent.first?.prevIndex == 1)
            #expect(sent.first?.entries.count == 2)
        }
        rig.propose(9)
        #expect(rig.out.messages.isEmpty)  // both followers have one outstanding

        // Follower 1 answers: it gets the next batch, follower 2 still waits.
        let out = rig.receive(.appendReply(1, term: 1, success: true, prev: 1, match: 3))
        #expect(out.appends.map(\.to) == [1])
        #expect(out.appends.first?.append?.prevIndex == 3)
        #expect(out.appends.first?.append?.entries.count == 2)
    }

    @Test func whileProbingOnlyOneRequestIsOutstandingEvenWithPipeline() {
        var rig = Rig(term: 1, log: [1])
        rig.elect()  // followers are probed with the no-op
        rig.propose(5)
        #expect(rig.out.messages.isEmpty)
        let out = rig.receive(.appendReply(1, term: 2, success: true, prev: 1, match: 2))
        #expect(out.appends.map(\.to) == [1])
        #expect(out.appends.first?.append?.prevIndex == 2)
    }

    @Test(arguments: [true, false])
    func aPausedFollowerGetsAnEmptyHeartbeat(pipeline: Bool) {
        var rig = Rig(term: 1, log: [1], config: { $0.pipeline = pipeline })
        let first = rig.elect()
        let noop = first.sent(to: 1).first?.append
        #expect(noop?.entries.count == 1)
        rig.propose(5)
        let out = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        // The request in flight is not sent twice: a heartbeat carries the commit index only.
        for peer in [1, 2] {
            let beat = out.sent(to: peer).compactMap(\.append)
            #expect(beat.count == 1)
            #expect(beat.first?.prevIndex == noop?.prevIndex)
            #expect(beat.first?.entries == [])
        }
    }

    @Test func theHeartbeatsAnswerRestartsALostBatchWithoutPipeline() {
        var rig = Rig.caughtUpLeader(term: 1, config: { $0.pipeline = false })
        rig.propose(5)
        let sent = rig.out.sent(to: 1).first?.append  // suppose this one is lost
        let beat = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        let empty = beat.sent(to: 1).first?.append
        #expect(empty?.entries == [])
        #expect(empty?.prevIndex == sent?.prevIndex)
        let again = rig.receive(.appendReply(1, term: 1, success: true, prev: sent!.prevIndex, match: sent!.prevIndex))
        #expect(again.sent(to: 1).first?.append == sent)
    }

    @Test func withoutPipelineTheAnswerToAResentRequestSendsNothingTwice() {
        var rig = Rig.caughtUpLeader(term: 1, config: { $0.pipeline = false; $0.batch = 1 })
        rig.propose(writes: 1..<4)  // indices 2...4, one per request
        #expect(rig.out.sent(to: 1).map(\.append?.prevIndex) == [1])
        let beat = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(beat.sent(to: 1).map(\.append?.prevIndex) == [1])  // an empty heartbeat travels behind it

        let first = rig.receive(.appendReply(1, term: 1, success: true, prev: 1, match: 2))
        #expect(first.sent(to: 1).map(\.append?.prevIndex) == [2])
        // The answer to the copy is news to no one: the request for index 3 is already out.
        let copy = rig.receive(.appendReply(1, term: 1, success: true, prev: 1, match: 2))
        #expect(copy.messages.isEmpty)
        #expect(rig.node.volatile.peers[1].paused)
        let next = rig.receive(.appendReply(1, term: 1, success: true, prev: 2, match: 3))
        #expect(next.sent(to: 1).map(\.append?.prevIndex) == [3])
    }

    @Test func aFollowerThatCannotTakeTheEntriesIsRetriedAtTheNextHeartbeat() {
        var rig = Rig.caughtUpLeader(term: 1, config: { $0.pipeline = false })
        rig.propose(5)
        let out = rig.receive(.appendReply(1, term: 1, success: false, prev: 1, conflictIndex: nil))
        #expect(out.messages.isEmpty)
        #expect(rig.node.volatile.peers[1].nextIndex == 2)
        let beat = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(beat.sent(to: 1).first?.append?.prevIndex == 1)
    }
}
