import Testing
@testable import KafkaCore

/// kafka-mode.md, "Fetching (pull, not push)".
@Suite struct FetchTests {
    /// Two nodes, leader 0 in epoch 1, follower 1 with an empty log; its first Fetch{0} arrives
    /// at 10 and is held (nothing at offset 0).
    func pair(_ change: (inout KafkaSettings) -> Void = { _ in }) -> Cluster {
        var c = Cluster(nodes: 2, change)
        c.run(until: 10)
        return c
    }

    @Test func aFetchWithNothingNewIsHeldUntilTheNextAppend() {
        var c = pair()
        #expect(c.node(0).leading!.held[1] == HeldFetch(request: 1, offset: 0, deadline: 110))
        c.run(until: 15)
        c.clearLog()
        c.write([7], at: 0)  // answered at once, with the record
        let answer = c.sent.first { $0.kind == .fetchResponse }!
        #expect(answer.records == [Record(epoch: 1, write: 7)] && answer.request == 1)
        #expect(c.node(0).leading!.held[1] == nil)
    }

    @Test func aHeldFetchIsAnsweredEmptyAfterFetchWait() {
        var c = pair()
        c.run(until: 109)
        #expect(!c.sent.contains { $0.kind == .fetchResponse })
        c.run(until: 110)
        let answer = c.sent.last { $0.kind == .fetchResponse }!
        #expect(answer.records == [] && answer.answerHW == 0)
        // The follower fetches again at once after each answer (at 120): held again at 130.
        c.run(until: 130)
        #expect(c.node(0).leading!.held[1]?.deadline == 230)
    }

    @Test func aNewerFetchReplacesAHeldOne() {
        var c = pair()
        let out = c.deliver(.fetch(1, epoch: 1, offset: 0, request: 50))
        #expect(out.events.contains(.replacesHeldFetch(peer: 1)))
        #expect(c.node(0).leading!.held[1]?.request == 50)
        c.write([7], at: 0)
        #expect(c.sent.filter { $0.kind == .fetchResponse }.map(\.request) == [50])  // the first is never answered
    }

    /// 1: o > L's LEO: OFFSET_OUT_OF_RANGE with its LEO, and only that.
    @Test func aFetchPastTheLeadersLEOIsOutOfRange() {
        var c = pair()
        let before = c.node(0).leading!
        let out = c.deliver(.fetch(1, epoch: 1, offset: 3))
        #expect(out.messages.map(\.body) == [.offsetOutOfRange(leo: 0)])
        #expect(c.node(0).leading! == before)  // no caught-up time, LEO or held change
    }

    /// The follower truncates to the leader's LEO and fetches again.
    @Test func outOfRangeMakesTheFollowerTruncate() {
        var c = Cluster(nodes: 2, logs: [[1], [1, 1, 1]], hws: [0, 3]) { $0.leaderEpochs = false }
        #expect(c.pending.map(\.body) == [.fetch(offset: 3)])  // its HW is 3: nothing to truncate
        c.run(until: 20)
        #expect(c.log(1) == [1])
        #expect(c.noted { $0 == .truncates(to: 1, count: 2, hw: 1, reason: .outOfRange) })
        #expect(c.sent.contains { $0.from == 1 && $0.body == .fetch(offset: 1) })
    }

    /// 5: up to `batch` records at once; the answer carries L's HW when sent.
    @Test func anAnswerCarriesAtMostBatchRecordsAndTheHW() {
        var c = Cluster(nodes: 2, logs: [[1, 1, 1, 1, 1], []], hws: [2]) { $0.batch = 2; $0.initialISR = NodeSet([0]) }
        c.run(until: 10)
        let first = c.sent.first { $0.kind == .fetchResponse }!
        #expect(first.records?.count == 2 && first.answerHW == 5)  // ISR of the leader alone: HW = LEO
        c.run(until: 60)
        #expect(c.log(1) == [1, 1, 1, 1, 1])
    }

    /// F appends and sets HW := max(HW, min(answer's HW, its LEO)): the follower learns the
    /// HW one fetch after the leader (KIP-101 "Motivation").
    @Test func theFollowerLearnsTheHWOneFetchLater() {
        var c = pair()
        c.write([7], at: 0)  // at 10; the answer reaches 1 at 20
        c.run(until: 20)
        #expect(c.leo(1) == 1 && c.hw(1) == 0)
        c.run(until: 30)  // Fetch{1} reaches the leader: its acknowledgement
        #expect(c.hw(0) == 1 && c.hw(1) == 0)
        c.run(until: 130)  // held until fetch_wait; the answer carries HW 1
        #expect(c.hw(0) == 1 && c.hw(1) == 0)
        c.run(until: 140)
        #expect(c.hw(1) == 1)
        #expect(c.noted { $0 == .learnsHW(hw: 1, from: 0) })
    }

    @Test func aFollowersHWNeverPassesItsLEO() {
        var c = Cluster(nodes: 2, logs: [[1, 1, 1], []], hws: [3]) { $0.batch = 1; $0.initialISR = NodeSet([0]) }
        c.run(until: 20)
        #expect(c.leo(1) == 1 && c.hw(1) == 1)
    }

    /// A request reaching a node that is not leader of its epoch is dropped.
    @Test func requestsOfAnotherEpochOrToAFollowerAreDropped() {
        var c = pair()
        #expect(c.deliver(.fetch(1, epoch: 0, offset: 0)).messages.isEmpty)
        #expect(c.deliver(.fetch(0, to: 1, epoch: 1, offset: 0)).messages.isEmpty)
        #expect(c.noted { $0 == .dropsRequest(from: 1, epoch: 0) })
    }

    /// Answers to any request other than the outstanding one are ignored.
    @Test func answersToOtherRequestsAreIgnored() {
        var c = pair()
        let stale = Message(from: 0, to: 1, epoch: 1, request: 77,
                            body: .fetchResponse(offset: 0, records: [Record(epoch: 1, write: 5)], hw: 1))
        let out = c.deliver(stale)
        #expect(c.leo(1) == 0 && out.messages.isEmpty)
        #expect(out.events == [.ignoresAnswer(from: 0, request: 77)])
    }

    /// At most one outstanding request, re-sent after `fetch_timeout` unanswered.
    @Test func anUnansweredFetchIsResentAfterFetchTimeout() {
        var c = Cluster(nodes: 2)
        c.isolate(0, from: 1)
        c.run(until: 499)
        #expect(c.sent.filter { $0.from == 1 }.count == 1)
        c.run(until: 500)
        let fetches = c.sent.filter { $0.from == 1 }
        #expect(fetches.count == 2 && fetches[1].body == .fetch(offset: 0) && fetches[1].request != fetches[0].request)
        #expect(c.noted { $0 == .resends(.fetch) })
        #expect(c.node(1).outstanding?.deadline == 1000)
    }

    /// Caught-up time [`Replica.updateFetchState`]: now if o >= L's LEO; else, if o >= the
    /// leader's LEO at F's previous Fetch, that previous Fetch's time. Then F's LEO := o.
    @Test func theCaughtUpTimeFollowsUpdateFetchState() {
        var c = pair()  // Fetch{0} at 10 at the leader's LEO 0: caught up at 10
        #expect(c.node(0).leading!.followers[1].lastCaughtUp == 10)
        c.write([1, 2], at: 0)  // LEO 2
        c.now = 50
        c.deliver(.fetch(1, epoch: 1, offset: 0))  // behind; >= the LEO at the previous Fetch (0): as of 10
        #expect(c.node(0).leading!.followers[1].lastCaughtUp == 10)
        c.write([3], at: 0)  // LEO 3
        c.now = 80
        c.deliver(.fetch(1, epoch: 1, offset: 2))  // behind; >= the LEO at the previous Fetch (2): as of 50
        var f = c.node(0).leading!.followers[1]
        #expect(f.lastCaughtUp == 50 && f.lastFetch == 80 && f.lastFetchLeaderLEO == 3 && f.leo == 2)
        c.write([4], at: 0)  // LEO 4
        c.now = 120
        c.deliver(.fetch(1, epoch: 1, offset: 2))  // below the LEO at the previous Fetch (3): unchanged
        f = c.node(0).leading!.followers[1]
        #expect(f.lastCaughtUp == 50 && f.lastFetch == 120 && f.leo == 2)
        c.now = 130
        c.deliver(.fetch(1, epoch: 1, offset: 4))  // at the LEO
        #expect(c.node(0).leading!.followers[1].lastCaughtUp == 130)
    }
}
