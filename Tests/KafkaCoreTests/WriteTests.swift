import Testing
@testable import KafkaCore

/// kafka-mode.md, "Writes": what the engine does for acks 0, 1 and all.
@Suite struct WriteTests {
    @Test func aNonLeaderTakesNoWriteAndNamesTheLeader() {
        var c = Cluster()
        #expect(c.write([1], at: 1) == nil)
        #expect(c.leo(1) == 0 && c.engine.leaderHint(at: 1) == 0)
    }

    /// A leader appends with its epoch (KIP-101) and returns the last write's index (offset + 1).
    @Test func aLeaderAppendsWithItsEpoch() {
        var c = Cluster(logs: [[2]])
        #expect(c.write([5, 6], at: 0) == 3)
        #expect(c.node(0).log.records.suffix(2) == [Record(epoch: 3, write: 5), Record(epoch: 3, write: 6)])
        #expect(c.noted { $0 == .appends(offset: 2, epoch: 3, write: 6) })
    }

    /// The idempotent producer: a leader holding a record with the write's id does not append it again.
    @Test func aWriteHeldAlreadyIsNotAppendedAgain() {
        var c = Cluster()
        c.write([5], at: 0)
        c.clearLog()
        #expect(c.write([5], at: 0) == 1)
        #expect(c.leo(0) == 1 && c.events(of: 0) == [.holdsWrite(write: 5, offset: 0)])
        #expect(c.write([5, 6], at: 0) == 2)
        #expect(c.node(0).log.writes == [5, 6])
    }

    /// Acks all means every current ISR member, never a majority [acks; Design]: four of five
    /// hold the record, the fifth (cut off) does not, and the HW waits until it leaves the ISR.
    @Test func acksAllWaitsForEveryISRMember() {
        var c = Cluster(nodes: 5)
        c.isolate(0, from: 4)
        c.run(until: 20)
        c.write([1], at: 0)
        c.run(until: 590)
        #expect((1...3).allSatisfy { c.leo($0) == 1 })
        #expect(c.hw(0) == 0)
        #expect(!c.changes.contains { if case .commits = $0.change { true } else { false } })
        c.run(until: 600)
        #expect(c.isr == [0, 1, 2, 3] && c.hw(0) == 1)
        #expect(c.changes.contains(NodeChange(0, .commits(through: 1))))
    }

    /// [min.isr; Partition `appendRecordsToLeader`]: acks all is answered NOT_ENOUGH_REPLICAS
    /// before the append while the ISR is below min_insync_replicas.
    @Test func minInsyncReplicasTurnsAcksAllWritesAway() {
        var c = Cluster(nodes: 2) { $0.minInsyncReplicas = 2 }
        #expect(c.engine.writeError(at: 0, appended: false) == nil)
        c.isolate(0, from: 1)
        c.run(until: 600)
        #expect(c.isr == [0])
        #expect(c.engine.writeError(at: 0, appended: false) == .notEnoughReplicas)
        #expect(c.engine.writeError(at: 1, appended: false) == nil)  // a non-leader redirects instead
        // It never gates acks 0 and 1: the world calls `propose` for them, which appends.
        #expect(c.write([9], at: 0) == 1)
    }

    /// [Partition `checkEnoughReplicasReachOffset`]: once the HW passes the record, a write is
    /// NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR is then below min_insync_replicas.
    @Test func aWriteCommittedBelowMinISRIsNotAcknowledged() {
        var c = Cluster(nodes: 2) { $0.minInsyncReplicas = 2 }
        c.run(until: 50)
        c.isolate(0, from: 1)
        c.write([1], at: 0)  // appended: the ISR still had 2 members
        c.run(until: 599)
        #expect(c.hw(0) == 0)
        c.clearLog()
        c.run(until: 600)
        #expect(c.hw(0) == 1)
        #expect(c.noted { $0 == .advancesHW(hw: 1, isr: NodeSet([0]), belowMin: true) })
        #expect(c.changes.contains(NodeChange(0, .commits(through: 1))))
        #expect(c.engine.writeError(at: 0, appended: true) == .notEnoughReplicasAfterAppend)
    }

    @Test func aWriteCommittedWithEnoughReplicasIsAcknowledged() {
        var c = Cluster(nodes: 2) { $0.minInsyncReplicas = 2 }
        c.run(until: 50)
        c.write([1], at: 0)
        c.run(until: 100)
        #expect(c.hw(0) == 1)
        #expect(c.engine.writeError(at: 0, appended: true) == nil)
    }
}
