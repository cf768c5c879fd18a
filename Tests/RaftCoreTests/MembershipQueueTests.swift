import Testing
@testable import RaftCore

/// Membership change one server at a time (thesis 4.1 to 4.3; raft-extensions.md): the
/// leader's queue when a configuration commits at once, and nothing sent to a removed node.
@Suite struct MembershipQueueTests {
    /// Two nodes, the leader removes the other: the configuration of the leader alone commits
    /// as it is appended, and the queue goes on (found by the fuzzer: this crashed the engine).
    @Test func removingTheOtherOfTwoCommitsAtOnce() {
        var rig = Rig.caughtUpLeader(nodes: 2, term: 1)
        rig.node.requestChange(MembershipRequest(node: 1, add: false), now: rig.now, out: &rig.out)
        #expect(rig.node.configuration.voters == NodeSet([0]))
        #expect(rig.node.commitIndex == rig.node.log.lastIndex)
        #expect(rig.node.volatile.leading.changes.isEmpty)
        #expect(rig.node.role == .leader)
    }

    /// Two changes queued at once, each committing as it is appended: both go in, in order.
    @Test func queuedChangesThatCommitAtOnceBothGoIn() {
        var rig = Rig.caughtUpLeader(nodes: 3, term: 1)
        rig.node.requestChange(MembershipRequest(node: 1, add: false), now: rig.now, out: &rig.out)
        rig.node.requestChange(MembershipRequest(node: 2, add: false), now: rig.now, out: &rig.out)
        // {0, 2} needs node 2's answer; once it answers, the second removal commits at once.
        let last = rig.node.log.lastIndex
        rig.receive(.appendReply(2, to: 0, term: 1, success: true, prev: last - 1, match: last))
        #expect(rig.node.configuration.voters == NodeSet([0]))
        #expect(rig.node.commitIndex == rig.node.log.lastIndex)
        #expect(rig.node.volatile.leading.changes.isEmpty)
    }

    /// A removed node's answer is not met with more entries: a leader sends nothing to a node
    /// outside its configuration that is not being caught up.
    @Test func nothingGoesToARemovedNode() {
        var rig = Rig.caughtUpLeader(nodes: 2, term: 1)
        rig.node.requestChange(MembershipRequest(node: 1, add: false), now: rig.now, out: &rig.out)
        let last = rig.node.log.lastIndex
        let out = rig.receive(.appendReply(1, to: 0, term: 1, success: true, prev: last - 1, match: last - 1))
        #expect(out.messages.isEmpty)
        #expect(rig.advance(to: rig.now + 1000).messages.isEmpty)
    }
}

/// A node outside its configuration (thesis 4.2.2) never stands; once its election timer
/// fires it names no leader, so clients it redirects go on to other nodes.
@Suite struct NonMemberTests {
    @Test func aNonMemberForgetsTheLeaderWhenItsTimerFires() {
        var rig = Rig(id: 2, nodes: 3, term: 1, config: { $0.configuration = Configuration(voters: NodeSet([0, 1])) })
        rig.receive(.append(0, to: 2, term: 1, prev: 0, prevTerm: 0, entries: [], commit: 0))
        #expect(rig.node.volatile.leader == 0)
        let out = rig.advance(to: rig.now + 10_000)
        #expect(out.notes.contains(.staysOutOfElections))
        #expect(rig.node.role == .follower && rig.node.term == 1)
        #expect(rig.node.volatile.leader == nil)
        #expect(out.messages.isEmpty)
    }
}
