import Testing
@testable import KafkaCore

/// kafka-mode.md, "Becoming follower and truncation", with KIP-101's two scenarios.
@Suite struct TruncationTests {
    /// With leader epochs: OffsetsForLeaderEpoch; the leader answers with the first offset
    /// where the logs differ in epoch; the follower truncates there, then fetches (KIP-101, KIP-279).
    @Test func withLeaderEpochsTheFollowerTruncatesWhereTheLogsDiverge() {
        var c = Cluster(nodes: 2, logs: [[1, 1, 3], [1, 1, 2, 2]], hws: [2, 2])
        c.run(until: 10)
        #expect(c.sent.last?.body == .epochEndOffset(offset: 2))
        #expect(c.noted { $0 == .answersEpoch(peer: 1, lastEpoch: 2, offset: 2) })
        c.run(until: 20)
        #expect(c.log(1) == [1, 1])
        #expect(c.noted { $0 == .truncates(to: 2, count: 2, hw: 2, reason: .leaderEpoch) })
        #expect(c.sent.last?.body == .fetch(offset: 2))
        c.run(until: 40)
        #expect(c.log(1) == [1, 1, 3])
    }

    /// The leader answers from its log as it is when the request arrives.
    @Test func theAnswerReadsTheLeadersLogOnArrival() {
        var c = Cluster(nodes: 2, logs: [[1], [1, 1, 1]], hws: [1, 1])
        c.write([5, 6], at: 0)  // epoch 2 at offsets 1 and 2, before the request arrives
        c.run(until: 20)
        #expect(c.log(1) == [1])
    }

    /// Without leader epochs: truncation to its own HW at once, then a Fetch from there.
    @Test func withoutLeaderEpochsTheFollowerTruncatesToItsOwnHW() {
        var c = Cluster(nodes: 2, logs: [[1, 1, 1], [1, 1, 1]], hws: [3, 1]) { $0.leaderEpochs = false }
        #expect(c.log(1) == [1])
        #expect(c.noted { $0 == .truncates(to: 1, count: 2, hw: 1, reason: .ownHW) })
        #expect(c.pending.map(\.body) == [.fetch(offset: 1)])
        c.run(until: 100)
        #expect(c.log(1) == [1, 1, 1])
    }

    /// Truncation makes the HW min(HW, o).
    @Test func truncationLowersTheHW() {
        var c = Cluster(nodes: 2, logs: [[1], [1, 1, 1]], hws: [1, 3])
        c.run(until: 20)
        #expect(c.log(1) == [1] && c.hw(1) == 1)
    }

    /// It drops any outstanding request when it becomes follower of a new leader.
    @Test func aNewLeaderMakesFollowersDropTheirRequest() {
        var c = Cluster()
        c.run(until: 50)
        let before = c.node(2).outstanding!.request
        c.crash(0)
        c.run(until: 350)
        #expect(c.node(2).leader == 1 && c.node(2).outstanding!.request > before)
    }

    /// A lost OffsetsForLeaderEpoch is sent again after fetch_timeout (the truncation step
    /// must end before fetching; Kafka's fetcher stays in its truncating state).
    @Test func aLostOffsetsForLeaderEpochIsSentAgain() {
        var c = Cluster(nodes: 2, logs: [[1, 2], [1, 1, 1]], hws: [1, 1])
        c.isolate(0, from: 1)
        c.run(until: 400)
        c.heal()
        c.run(until: 510)
        #expect(c.noted { $0 == .resends(.offsetsForLeaderEpoch) })
        #expect(!c.sent.contains { $0.from == 1 && $0.kind == .fetch })  // no Fetch before the truncation
        c.run(until: 520)
        #expect(c.log(1) == [1])
        c.run(until: 540)
        #expect(c.log(1) == [1, 2])
    }

    /// A leader never truncates; it keeps its log and HW when elected.
    @Test func aLeaderNeverTruncates() {
        var c = Cluster(nodes: 2, logs: [[1, 1, 1], [1, 1]], hws: [1, 2]) { $0.leaderEpochs = false }
        #expect(c.log(0) == [1, 1, 1] && c.hw(0) == 1)
        c.run(until: 1000)
        #expect(c.log(0) == [1, 1, 1])
        #expect(!c.events(of: 0).contains { if case .truncates = $0 { true } else { false } })
    }

    // MARK: - KIP-101

    /// KIP-101's setting: A (0) leads, B (1) follows, both in the ISR. m1 and m2 reach B; A's HW
    /// becomes 2 from B's next Fetch, but B crashes before it learns it: B's HW is 1. B comes
    /// back at once (never noticed), A crashes before B fetched again; the controller notices
    /// A's crash and elects B.
    func kip101(leaderEpochs: Bool) -> Cluster {
        var c = Cluster(nodes: 2) { $0.leaderEpochs = leaderEpochs }
        c.run(until: 20)
        c.write([1], at: 0)
        c.run(until: 100)
        c.write([2], at: 0)  // reaches B at 110 with HW 1; its Fetch{2} reaches A at 120
        c.run(until: 121)
        #expect(c.hw(0) == 2 && c.leo(1) == 2 && c.hw(1) == 1)
        c.crash(1)
        c.run(until: 130)
        c.restart(1)  // a short crash: it follows A in epoch 1 again
        c.run(until: 135)
        c.crash(0)  // before B's request arrives
        c.run(until: 435)  // noticed: B leads epoch 2
        #expect(c.engine.leader == 1 && c.engine.epoch == 2)
        return c
    }

    /// Scenario 1 (loss), `leader_epochs: false`: B truncated to its HW (1) on its return and
    /// lost m2, which A had committed; leading, B lacks it; A comes back, truncates to its own
    /// HW (2), is answered OFFSET_OUT_OF_RANGE and loses m2 too.
    @Test func kip101Scenario1LosesACommittedRecordWithoutLeaderEpochs() {
        var c = kip101(leaderEpochs: false)
        #expect(c.log(1) == [1])
        #expect(c.broken.contains(.committedKept))
        c.restart(0)
        c.run(until: 700)
        #expect(c.log(0) == [1] && c.log(1) == [1])
        #expect(c.noted { $0 == .truncates(to: 1, count: 1, hw: 1, reason: .outOfRange) })
    }

    /// Scenario 2 (divergence), `leader_epochs: false`: B leads with [m1] and appends m3 at
    /// offset 1; A comes back, keeps m2 below its HW, and the logs diverge for good.
    @Test func kip101Scenario2DivergesWithoutLeaderEpochs() {
        var c = kip101(leaderEpochs: false)
        c.write([3], at: 1)
        c.run(until: 500)
        c.restart(0)
        c.run(until: 1000)
        #expect(c.log(0) == [1, 1] && c.log(1) == [1, 2])
        #expect(c.hw(0) == 2 && c.hw(1) == 2 && c.isr == [0, 1])
        #expect(c.broken.contains(.replicaAgreement))
    }

    /// With leader epochs neither happens: B asks instead of truncating, keeps m2, and A
    /// truncates nothing it shares with B.
    @Test func kip101WithLeaderEpochsNeitherLossNorDivergence() {
        var c = kip101(leaderEpochs: true)
        #expect(c.log(1) == [1, 1] && c.hw(1) == 2)
        c.write([3], at: 1)
        c.run(until: 500)
        c.restart(0)
        c.run(until: 1000)
        #expect(c.log(0) == [1, 1, 2] && c.log(1) == [1, 1, 2])
        #expect(c.node(0).log.writes == [1, 2, 3])
        #expect(c.findings.isEmpty)
    }
}
