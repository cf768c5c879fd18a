import Testing
@testable import KafkaCore

/// kafka-mode.md, "ISR and high watermark", and "Fetching" 3 (ISR expand).
@Suite struct ISRTests {
    /// 3, [Partition `isFollowerInSync`]: F joins once its Fetch offset reaches L's HW and
    /// L's epoch start offset. Node 1 is cut off, so the HW stays at 1; the epoch starts at 3.
    @Test func aFollowerJoinsOnceItReachesTheHWAndTheEpochStart() {
        var c = Cluster(logs: [[1, 1, 1], [1, 1, 1], []], hws: [1, 1, 0]) {
            $0.initialISR = NodeSet([0, 1])
            $0.batch = 1
        }
        c.isolate(0, from: 1)
        c.run(until: 30)  // Fetch{1}: at the HW, below the epoch start
        #expect(c.node(0).leading!.followers[2].leo == 1 && c.isr == [0, 1])
        c.run(until: 69)  // Fetch{2}
        #expect(c.isr == [0, 1])
        c.run(until: 70)  // Fetch{3}
        #expect(c.isr == [0, 1, 2])
        #expect(c.noted { $0 == .expandsISR(peer: 2, isr: NodeSet([0, 1, 2])) })
    }

    /// Shrink every replica_lag_time_max / 2 [lag; Partition `isFollowerOutOfSync`;
    /// ReplicaManager "isr-expiration"]: a follower never heard from (LEO unknown) leaves once
    /// its caught-up time (0) is more than 400 ms ago: at the check at 600, not at 400.
    @Test func aStuckFollowerLeavesAtTheFirstCheckPastTheLag() {
        var c = Cluster()
        c.isolate(0, from: 2)
        c.run(until: 599)
        #expect(c.isr == [0, 1, 2])
        c.run(until: 600)
        #expect(c.isr == [0, 1])
        #expect(c.noted { $0 == .shrinksISR(removed: NodeSet([2]), isr: NodeSet([0, 1])) })
        #expect(c.node(0).nextISRCheck == 800)  // each check schedules the next
    }

    /// A follower that keeps fetching at the leader's LEO stays in sync, however long it idles.
    @Test func aCaughtUpFollowerStays() {
        var c = Cluster()
        c.run(until: 100)
        c.write([1], at: 0)
        c.run(until: 5000)
        #expect(c.isr == [0, 1, 2])
        #expect(c.hw(0) == 1 && c.hw(1) == 1 && c.hw(2) == 1)
    }

    /// A slow follower leaves the ISR replica_lag_time_max after it was last caught up, and
    /// acks all stops waiting for it: the HW passes the record at that check.
    @Test func aSlowFollowerLeavesAndTheHWStopsWaitingForIt() {
        var c = Cluster()
        c.run(until: 100)  // each follower's Fetch{0} arrived at 10: caught up at 10
        c.isolate(0, from: 2)
        c.write([1], at: 0)
        c.run(until: 400)  // 400 - 10 = 390: not yet
        #expect(c.hw(0) == 0 && c.isr == [0, 1, 2])
        c.clearLog()
        c.run(until: 600)
        #expect(c.isr == [0, 1] && c.hw(0) == 1)
        #expect(c.changes.contains(NodeChange(0, .commits(through: 1))))
    }

    /// Only a follower whose LEO differs from the leader's can lag [Partition
    /// `isFollowerOutOfSync`]: one cut off while the partition is idle stays in the ISR.
    @Test func anIdleFollowerAtTheLeadersLEOStays() {
        var c = Cluster()
        c.run(until: 50)
        c.isolate(0, from: 2)
        c.run(until: 2000)
        #expect(c.isr == [0, 1, 2])
        c.write([1], at: 0)  // now its LEO (0) differs, and it was last caught up long ago
        c.run(until: 2200)
        #expect(c.isr == [0, 1])
    }

    /// "whenever ... the ISR ... changes": the controller's noticing shrinks the ISR and the
    /// leader's HW rises at once.
    @Test func aNoticedCrashShrinksTheISRAndTheHWRises() {
        var c = Cluster()
        c.run(until: 130)
        c.crash(2)  // its LEO (0) is known to the leader
        c.write([1], at: 0)
        c.run(until: 429)
        #expect(c.hw(0) == 0)
        c.run(until: 430)
        #expect(c.isr == [0, 1] && c.hw(0) == 1)
    }

    /// [Partition `maybeIncrementLeaderHW`]: the least LEO in the ISR, the leader's included.
    @Test func theHWIsTheLeastLEOInTheISR() {
        var c = Cluster(nodes: 3, logs: [[1, 1, 1]])
        c.deliver(.fetch(1, epoch: 2, offset: 3))
        #expect(c.hw(0) == 0)  // node 2's LEO is not known yet
        #expect(c.engine.followerLEO(1) == 3 && c.engine.followerLEO(2) == nil)  // `match`
        c.deliver(.fetch(2, epoch: 2, offset: 2))
        #expect(c.hw(0) == 2)
        #expect(c.noted { $0 == .advancesHW(hw: 2, isr: NodeSet(first: 3), belowMin: false) })
        c.deliver(.fetch(2, epoch: 2, offset: 1))  // a lower offset: the HW never goes down
        #expect(c.hw(0) == 2)
    }

    @Test func anISROfTheLeaderAloneMakesTheHWItsLEO() {
        var c = Cluster { $0.initialISR = NodeSet([0]) }
        c.write([1, 2], at: 0)
        #expect(c.hw(0) == 2)
    }

    /// KIP-966 (`strict_min_isr`): the HW stays while the ISR is below min_insync_replicas.
    @Test(arguments: [false, true])
    func strictMinISRHoldsTheHW(strict: Bool) {
        var c = Cluster(nodes: 2) {
            $0.minInsyncReplicas = 2
            $0.strictMinIsr = strict
        }
        c.isolate(0, from: 1)
        c.write([1], at: 0)
        c.run(until: 600)
        #expect(c.isr == [0])
        #expect(c.hw(0) == (strict ? 0 : 1))
    }

    /// The check acts only on a leader, but every up node runs it on its own schedule.
    @Test func everyNodeChecksEveryHalfLag() {
        var c = Cluster()
        c.run(until: 450)
        #expect((0..<3).allSatisfy { c.node($0).nextISRCheck == 600 })
    }
}
