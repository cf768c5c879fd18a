import Testing
@testable import RaftCore

/// Membership change one server at a time (thesis 4.1 to 4.3, with the errata's guard) as
/// raft-extensions.md, "Membership change, one server at a time", states it.
@Suite struct MembershipTests {
    /// A cluster of `nodes` whose first configuration is `voters`.
    static func voters(_ voters: [NodeID], _ change: @escaping (inout EngineConfig) -> Void = { _ in })
        -> (inout EngineConfig) -> Void {
        { $0.configuration = Configuration(voters: NodeSet(voters)); change(&$0) }
    }

    /// Node 0 leads term 2 over [1] plus its no-op (index 2), committed and held by every other
    /// voter of `voters`; the nodes outside `voters` have heard nothing.
    func leader(nodes: Int = 4, voters: [NodeID] = [0, 1, 2],
                _ change: @escaping (inout EngineConfig) -> Void = { _ in }) -> Rig {
        var rig = Rig(nodes: nodes, term: 1, log: [1], config: Self.voters(voters, change))
        rig.elect()
        rig.ackAll(voters.filter { $0 != 0 }, sentAt: 0)
        #expect(rig.node.role == .leader && rig.node.commitIndex == 2)
        rig.out.clear()
        return rig
    }

    /// The voters of the configuration entry at `index`, if it is one.
    func configuration(_ rig: Rig, at index: Int) -> NodeSet? {
        index <= rig.node.log.lastIndex ? rig.node.log[index].voters : nil
    }

    // MARK: - Adding a node

    /// "The leader first catches a new node up as a non-voter (it replicates to it, NODE does
    /// not vote or count) until NODE's match index reaches the leader's last index at the
    /// moment of asking, then appends the configuration entry."
    @Test func aNewNodeIsCaughtUpAsANonVoterThenAdded() {
        var rig = leader()
        let ask = rig.change(3, add: true, at: 10)
        #expect(ask.notes.contains(.catchesUp(node: 3, target: 2)))
        #expect(ask.sent(to: 3).count == 1)
        #expect(rig.node.log.lastIndex == 2)  // no configuration entry yet
        // Its refusal backs the leader off; the entries go to it.
        #expect(ask.sent(to: 3).first?.append?.prevIndex == 1)
        let backOff = rig.receive(.appendReply(3, term: 2, success: false, prev: 1, conflictIndex: 1), at: 20)
        #expect(backOff.sent(to: 3).first?.append?.entries.map(\.term) == [1, 2])
        // A write meanwhile commits without it: it does not count.
        rig.propose(9)
        #expect(rig.node.log.lastIndex == 3)
        rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 25), at: 30)
        #expect(rig.node.commitIndex == 3)
        // Its match reaches 2, the last index when the change was asked: the entry is appended.
        let added = rig.receive(.ack(3, term: 2, prev: 0, match: 2, sentAt: 20), at: 40)
        #expect(configuration(rig, at: 4) == NodeSet([0, 1, 2, 3]))
        #expect(rig.node.log[4].term == 2)
        #expect(rig.node.configuration.voters == NodeSet([0, 1, 2, 3]))
        #expect(added.notes.contains(.appends(index: 4, term: 2, write: Entry(term: 2, voters: NodeSet([0, 1, 2, 3])).write)))
        #expect(Set(added.appends.filter { $0.append!.entries.contains(rig.node.log[4]) }.map(\.to)) == [1, 2, 3])
        // Three of four voters now commit.
        rig.receive(.ack(1, term: 2, prev: 3, match: 4, sentAt: 40), at: 50)
        #expect(rig.node.commitIndex == 3)
        rig.receive(.ack(3, term: 2, prev: 2, match: 4, sentAt: 40), at: 51)
        #expect(rig.node.commitIndex == 4)
    }

    /// A node being caught up neither votes nor counts: a candidate does not ask it, and its vote does not count.
    @Test func aNonVoterIsNotAskedForItsVoteAndItsVoteDoesNotCount() {
        var rig = Rig(nodes: 4, term: 1, config: Self.voters([0, 1, 2]))
        let out = rig.timeout(at: 5)
        #expect(out.sent(.requestVote).map(\.to) == [1, 2])
        rig.receive(.voteReply(3, term: 2, granted: true), at: 6)
        #expect(rig.node.role == .candidate)
        rig.receive(.voteReply(1, term: 2, granted: true), at: 7)
        #expect(rig.node.role == .leader)
    }

    /// "A leader sends nothing to a node that is neither in its configuration nor being caught up."
    @Test func aLeaderSendsNothingToANonMemberNotBeingCaughtUp() {
        var rig = Rig(nodes: 4, term: 1, log: [1], config: Self.voters([0, 1, 2]))
        let elected = rig.elect()
        #expect(elected.sent(to: 3).isEmpty)
        rig.ackAll([1, 2], sentAt: 0)
        let beat = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(beat.appends.map(\.to) == [1, 2])
        rig.propose(9)
        #expect(rig.out.sent(to: 3).isEmpty)
        _ = rig.read(0, .readIndex, at: rig.now)
        #expect(rig.out.sent(to: 3).isEmpty)
    }

    /// The same once a node is removed: a late answer from it brings it nothing.
    @Test func aRemovedNodeIsSentNothingEvenWhenItsLateAnswerArrives() {
        var rig = leader(nodes: 3, voters: [0, 1, 2])
        rig.change(2, add: false, at: 10)
        #expect(configuration(rig, at: 3) == NodeSet([0, 1]))
        rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 10), at: 20)
        #expect(rig.node.commitIndex == 3)
        rig.propose(9)  // index 4, to 1 alone
        #expect(rig.out.appends.map(\.to) == [1])
        let late = rig.receive(.ack(2, term: 2, prev: 2, match: 3, sentAt: 10), at: 30)
        #expect(late.sent(to: 2).isEmpty)
        let beat = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(beat.sent(to: 2).isEmpty)
    }

    // MARK: - The errata's guard and the queue

    /// Thesis errata: "A leader appends a configuration entry only when ... it has committed an
    /// entry of its own term; otherwise the change waits."
    @Test func aChangeWaitsForACommitOfTheLeadersOwnTerm() {
        var rig = Rig(term: 1, log: [1], commit: 1)
        rig.elect()  // no-op of term 2 at 2, not committed
        let ask = rig.change(2, add: false, at: 5)
        #expect(ask.notes.contains(.changeWaits(node: 2, add: false, reason: .noTermCommit)))
        #expect(rig.node.log.lastIndex == 2)
        rig.receive(.ack(1, term: 2, prev: 1, match: 2, sentAt: 0), at: 10)
        #expect(rig.node.commitIndex == 2)
        #expect(configuration(rig, at: 3) == NodeSet([0, 1]))
    }

    /// "A leader appends a configuration entry only when its previous one is committed"; requests
    /// "queue at the leader in step order, each starting when the one before it is appended".
    @Test func aSecondChangeWaitsForTheFirstToCommit() {
        var rig = leader(nodes: 5, voters: [0, 1, 2, 3, 4])
        rig.change(4, add: false, at: 10)
        #expect(configuration(rig, at: 3) == NodeSet([0, 1, 2, 3]))
        let second = rig.change(3, add: false, at: 11)
        #expect(second.notes.contains(.changeWaits(node: 3, add: false, reason: .previousUncommitted(index: 3))))
        #expect(rig.node.log.lastIndex == 3)
        rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 10), at: 20)
        #expect(rig.node.commitIndex == 2)  // 2 of the 4 voters hold 3
        let commit = rig.receive(.ack(2, term: 2, prev: 2, match: 3, sentAt: 10), at: 21)
        #expect(rig.node.commitIndex == 3)
        #expect(configuration(rig, at: 4) == NodeSet([0, 1, 2]))
        #expect(commit.notes.contains(.appends(index: 4, term: 2, write: Entry(term: 2, voters: NodeSet([0, 1, 2])).write)))
        #expect(rig.node.volatile.leading.changes.isEmpty)
    }

    /// The queue keeps step order: the second add starts (its catch-up) once the first is
    /// appended, aiming at the last index then.
    @Test func queuedAddsStartInStepOrder() {
        var rig = leader(nodes: 5, voters: [0, 1, 2])
        rig.change(3, add: true, at: 10)
        let queued = rig.change(4, add: true, at: 11)
        #expect(!queued.noted { if case .catchesUp(4, _) = $0 { true } else { false } })
        #expect(rig.node.volatile.leading.changes.map(\.node) == [3, 4])
        let first = rig.receive(.ack(3, term: 2, prev: 0, match: 2, sentAt: 10), at: 20)
        #expect(configuration(rig, at: 3) == NodeSet([0, 1, 2, 3]))
        #expect(first.notes.contains(.catchesUp(node: 4, target: 3)))
        // Caught up, it still waits for the first configuration to commit.
        let caughtUp = rig.receive(.ack(4, term: 2, prev: 0, match: 3, sentAt: 20), at: 30)
        #expect(caughtUp.notes.contains(.changeWaits(node: 4, add: true, reason: .previousUncommitted(index: 3))))
        rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 20), at: 40)
        rig.receive(.ack(2, term: 2, prev: 2, match: 3, sentAt: 20), at: 41)
        #expect(rig.node.commitIndex == 3)
        #expect(configuration(rig, at: 4) == NodeSet([0, 1, 2, 3, 4]))
    }

    /// "the queue is dropped when the leader stops leading".
    @Test func theQueueIsDroppedWhenTheLeaderStopsLeading() {
        var rig = leader()
        rig.change(3, add: true, at: 10)
        rig.change(1, add: false, at: 11)
        #expect(rig.node.volatile.leading.changes.count == 2)
        rig.receive(.append(1, term: 3, prev: 2, prevTerm: 2), at: 20)
        #expect(rig.node.role == .follower)
        #expect(rig.node.volatile.leading.changes.isEmpty)
        #expect(rig.node.volatile.leading.catchUp == nil)
        // Leading again, it remembers nothing of them.
        rig.elect(at: 400)
        #expect(rig.node.volatile.leading.changes.isEmpty)
        #expect(rig.node.log.configIndexes.isEmpty)
    }

    /// "adding a member or removing a non-member does nothing"; nor does a node that is not leader.
    @Test func addingAMemberRemovingANonMemberOrAskingAFollowerDoesNothing() {
        var rig = leader()
        let before = rig.node
        #expect(rig.change(1, add: true, at: 10).messages.isEmpty)
        #expect(rig.change(3, add: false, at: 11).messages.isEmpty)
        #expect(rig.node.log == before.log)
        #expect(rig.node.volatile.leading.changes.isEmpty)

        var follower = Rig(nodes: 4, term: 1, config: Self.voters([0, 1, 2]))
        #expect(follower.change(3, add: true).notes.isEmpty)
        #expect(follower.node.volatile.leading.changes.isEmpty)
    }

    /// A removal that commits at once (the leader alone is a majority of the new configuration)
    /// goes on with the next change in the queue.
    @Test func aRemovalThatCommitsAtOnceGoesOnWithTheQueue() {
        var rig = leader(nodes: 3, voters: [0, 1])
        rig.change(1, add: false, at: 10)
        #expect(configuration(rig, at: 3) == NodeSet([0]))
        #expect(rig.node.commitIndex == 3)
        #expect(rig.node.volatile.leading.changes.isEmpty)
        #expect(rig.node.role == .leader)
    }

    /// The same with a change queued behind it: the next one starts, with its catch-up.
    @Test func aChangeQueuedBehindARemovalThatCommitsAtOnceStarts() {
        var rig = Rig(nodes: 3, term: 1, log: [1], commit: 1, config: Self.voters([0, 1]))
        rig.elect()  // no-op of term 2 at 2, not committed: the removal waits
        rig.change(1, add: false, at: 5)
        rig.change(2, add: true, at: 6)
        #expect(rig.node.volatile.leading.changes.map(\.node) == [1, 2])
        let out = rig.receive(.ack(1, term: 2, prev: 1, match: 2, sentAt: 0), at: 10)
        #expect(configuration(rig, at: 3) == NodeSet([0]))
        #expect(rig.node.commitIndex == 3)
        #expect(out.notes.contains(.catchesUp(node: 2, target: 3)))
        #expect(rig.node.volatile.leading.changes.map(\.node) == [2])
        #expect(rig.node.volatile.leading.catchUp == CatchUp(node: 2, target: 3))
        // Caught up, 2 is added.
        rig.receive(.ack(2, term: 2, prev: 0, match: 3, sentAt: 10), at: 20)
        #expect(configuration(rig, at: 4) == NodeSet([0, 2]))
    }

    // MARK: - Configurations in the log

    /// "each node uses the latest configuration in its log, committed or not (thesis 4.1)";
    /// "Quorums (elections, commit) count voters of the node's current configuration."
    @Test func quorumsCountTheLatestConfigurationCommittedOrNot() {
        var rig = Rig(nodes: 4, term: 1, log: [1], config: Self.voters([0, 1, 2]))
        rig.node.durable.log.append(Entry(term: 1, voters: NodeSet([0, 1, 2, 3])))
        #expect(rig.node.configuration.voters == NodeSet([0, 1, 2, 3]))
        let out = rig.timeout(at: 5)
        #expect(out.sent(.requestVote).map(\.to) == [1, 2, 3])
        rig.receive(.voteReply(1, term: 2, granted: true), at: 6)
        #expect(rig.node.role == .candidate)  // 2 of 4
        rig.receive(.voteReply(3, term: 2, granted: true), at: 7)
        #expect(rig.node.role == .leader)
        // Commit needs 3 of the 4 too.
        rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 7), at: 8)
        #expect(rig.node.commitIndex == 0)
        rig.receive(.ack(3, term: 2, prev: 2, match: 3, sentAt: 7), at: 9)
        #expect(rig.node.commitIndex == 3)
    }

    /// A follower takes a configuration entry into force as soon as it stores it (thesis 4.1).
    @Test func aFollowerUsesAConfigurationEntryOnceStored() {
        var rig = Rig(nodes: 4, term: 1, log: [1], config: Self.voters([0, 1, 2]))
        var m = Message.append(1, term: 1, prev: 1, prevTerm: 1)
        m.body = .appendEntries(prevIndex: 1, prevTerm: 1, entries: [Entry(term: 1, voters: NodeSet([1, 2, 3]))], commit: 1)
        rig.receive(m, at: 10)
        #expect(rig.node.configuration.voters == NodeSet([1, 2, 3]))
    }

    /// Edge case: "A truncated configuration entry gives the previous one back."
    @Test func aTruncatedConfigurationEntryGivesThePreviousOneBack() {
        var rig = Rig(nodes: 4, term: 1, log: [1], config: Self.voters([0, 1, 2]))
        rig.node.durable.log.append(Entry(term: 1, voters: NodeSet([0, 1, 2, 3])))
        rig.node.durable.log.append(Entry(term: 1, voters: NodeSet([0, 1, 3])))
        #expect(rig.node.configuration.voters == NodeSet([0, 1, 3]))
        rig.receive(.append(1, term: 2, prev: 2, prevTerm: 1, entries: [2]), at: 10)
        #expect(rig.node.log.terms == [1, 1, 2])
        #expect(rig.node.configuration.voters == NodeSet([0, 1, 2, 3]))
        rig.receive(.append(1, term: 2, prev: 1, prevTerm: 1, entries: [2, 2]), at: 20)
        #expect(rig.node.log.terms == [1, 2, 2])
        #expect(rig.node.configuration.voters == NodeSet([0, 1, 2]))  // the first configuration again
    }

    // MARK: - Removing the leader

    /// Edge case, self-removal: "A leader that removes itself keeps leading until the new
    /// configuration commits (without counting itself), then steps down."
    @Test func aLeaderThatRemovesItselfLeadsUntilTheNewConfigurationCommitsThenStepsDown() {
        var rig = leader(nodes: 3, voters: [0, 1, 2])
        let ask = rig.change(0, add: false, at: 10)
        #expect(configuration(rig, at: 3) == NodeSet([1, 2]))
        #expect(ask.appends.map(\.to) == [1, 2])
        #expect(rig.node.role == .leader)
        // One of {1, 2} and the leader hold it: not a majority of {1, 2}.
        rig.receive(.ack(1, term: 2, prev: 2, match: 3, sentAt: 10), at: 20)
        #expect(rig.node.commitIndex == 2)
        #expect(rig.node.role == .leader)
        let beat = rig.fire(at: rig.node.volatile.heartbeatDeadline)
        #expect(beat.appends.map(\.to) == [1, 2])
        let commit = rig.receive(.ack(2, term: 2, prev: 2, match: 3, sentAt: 10), at: rig.now + 1)
        #expect(rig.node.commitIndex == 3)
        #expect(commit.notes.contains(.leavesAfterRemoval))
        #expect(rig.node.role == .follower)
        #expect(rig.node.term == 2)
        // Outside its configuration, it never stands again.
        let timer = rig.advance(to: rig.now + 2000)
        #expect(timer.notes.contains(.staysOutOfElections))
        #expect(timer.messages.isEmpty)
        #expect(rig.node.term == 2)
    }

    /// "A node not in its own configuration never starts an election" (timer or `timeout`).
    @Test(arguments: [false, true])
    func aNodeOutsideItsConfigurationNeverStartsAnElection(preVote: Bool) {
        var rig = Rig(id: 3, nodes: 4, term: 1, config: Self.voters([0, 1, 2]) { $0.preVote = preVote })
        let fired = rig.advance(to: 5000)
        #expect(fired.notes.contains(.staysOutOfElections))
        #expect(fired.messages.isEmpty)
        #expect(rig.timeout().messages.isEmpty)
        #expect(rig.node.role == .follower && rig.node.term == 1)
    }

    /// `unsafe: change_without_commit`: "a leader appends a new configuration entry while its
    /// previous one is uncommitted".
    @Test func changeWithoutCommitAppendsWhileThePreviousIsUncommitted() {
        var rig = leader(nodes: 5, voters: [0, 1, 2, 3, 4]) { $0.unsafe = .changeWithoutCommit }
        rig.change(4, add: false, at: 10)
        rig.change(3, add: false, at: 11)
        #expect(configuration(rig, at: 3) == NodeSet([0, 1, 2, 3]))
        #expect(configuration(rig, at: 4) == NodeSet([0, 1, 2]))
        #expect(rig.node.commitIndex == 2)
        #expect(rig.node.configuration.voters == NodeSet([0, 1, 2]))
    }

    /// `change_without_commit` still waits for a commit of the leader's own term (only the
    /// previous-entry rule is broken).
    @Test func changeWithoutCommitStillWaitsForTheOwnTermCommit() {
        var rig = Rig(term: 1, log: [1], commit: 1, config: { $0.unsafe = .changeWithoutCommit })
        rig.elect()
        #expect(rig.change(2, add: false, at: 5).notes.contains(.changeWaits(node: 2, add: false, reason: .noTermCommit)))
    }
}
