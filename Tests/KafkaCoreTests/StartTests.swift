import Testing
@testable import KafkaCore

/// kafka-mode.md, "Start" and "The controller": the election at time 0; every up node knows
/// the leader, epoch and ISR at once.
@Suite struct StartTests {
    @Test func theLeaderIsElectedWithEpochOneAboveTheHighestInAnyLog() {
        let c = Cluster(logs: [[1, 1], [1, 3], [2]], leader: 1)
        #expect(c.engine.epoch == 4)
        #expect(c.engine.leader == 1)
        #expect((0..<3).map { c.engine.role(of: $0) } == [.follower, .leader, .follower])
        for id in 0..<3 {
            #expect(c.engine.term(of: id) == 4)
            #expect(c.engine.leaderHint(at: id) == 1)
        }
        #expect(c.events(of: nil) == [.elects(leader: 1, epoch: 4, isr: NodeSet(first: 3), unclean: false)])
        #expect(c.changes.contains(NodeChange(1, .leads(term: 4))))
        #expect(c.changes.contains(NodeChange(0, .follows)) && c.changes.contains(NodeChange(2, .follows)))
    }

    @Test func emptyLogsStartAtEpochOne() {
        let c = Cluster()
        #expect(c.engine.epoch == 1 && c.engine.leader == 0)
    }

    /// The ISR at time 0 is kafka.isr (which holds the leader).
    @Test func theISRAtTimeZeroIsTheSetting() {
        let c = Cluster { $0.initialISR = NodeSet([0, 2]) }
        #expect(c.isr == [0, 2])
    }

    /// Becoming follower at time 0: with leader epochs, OffsetsForLeaderEpoch with the epoch of
    /// its last record; an empty log fetches at once (KIP-101).
    @Test func followersStartTheirTruncationStep() {
        let c = Cluster(logs: [[1, 1], [1, 1, 1], []])
        let toLeader = c.pending.filter { $0.to == 0 }
        #expect(toLeader.count == 2)
        let fromOne = toLeader.first { $0.from == 1 }!
        #expect(fromOne.body == .offsetsForLeaderEpoch(lastEpoch: 1, epochs: [EpochStart(epoch: 1, offset: 0)], leo: 3))
        #expect(fromOne.epoch == 2 && fromOne.isRequest)
        #expect(toLeader.first { $0.from == 2 }!.body == .fetch(offset: 0))
    }

    /// Becoming leader [Partition `makeLeader`]: epoch start offset = its LEO; follower LEOs
    /// unknown; caught-up time t for ISR members, else 0; last-fetch leader LEO its LEO.
    @Test func theLeaderSetsUpItsFollowers() {
        let c = Cluster(logs: [[1, 1]], hws: [1]) { $0.initialISR = NodeSet([0, 1]) }
        let leading = c.node(0).leading!
        #expect(leading.epochStart == 2)
        #expect(leading.followers[1] == FollowerState(leo: nil, lastCaughtUp: 0, lastFetch: 0, lastFetchLeaderLEO: 2))
        #expect(c.hw(0) == 1)  // log and HW kept
        #expect(c.events(of: 0).contains(.becomesLeader(epoch: 2, epochStart: 2, resumed: false)))
    }

    @Test func everyNodeRunsItsISRCheckFromTimeZero() {
        let c = Cluster()
        #expect((0..<3).allSatisfy { c.node($0).nextISRCheck == 0 })
    }
}
