import Testing
@testable import KafkaCore

/// kafka-mode.md, "The controller" and "Crash and restart".
@Suite struct ControllerTests {
    /// It notices a crash session_timeout ms after it if the node is still down: the node
    /// leaves the ISR.
    @Test func aCrashIsNoticedAfterSessionTimeout() {
        var c = Cluster()
        c.run(until: 150)
        c.crash(2)
        c.run(until: 449)
        #expect(c.isr == [0, 1, 2])
        c.run(until: 450)
        #expect(c.isr == [0, 1])
        #expect(c.events(of: nil).last == .noticesCrash(of: 2, leftISR: true, isr: NodeSet([0, 1])))
        #expect(c.engine.leader == 0 && c.engine.epoch == 1)  // a follower's crash elects nobody
    }

    /// The world fires only up nodes' timers: the first up node carries the controller's.
    @Test func theNoticeRidesOnTheFirstUpNodesTimer() {
        var c = Cluster()
        c.run(until: 150)
        c.crash(0)
        #expect(c.engine.controllerHost == 1)
        #expect(c.engine.deadline(of: 1) <= 450)
        #expect(c.engine.deadline(of: 0) == .max)
        c.run(until: 450)
        #expect(c.engine.leader == 1)
    }

    /// A crash shorter than session_timeout is never noticed: the node keeps its ISR place.
    @Test func aShortCrashIsNeverNoticed() {
        var c = Cluster()
        c.run(until: 100)
        c.crash(2)
        c.run(until: 399)
        c.restart(2)
        c.run(until: 1000)
        #expect(c.isr == [0, 1, 2])
        #expect(!c.events(of: nil).contains { if case .noticesCrash = $0 { true } else { false } })
        #expect(c.engine.role(of: 2) == .follower && c.engine.term(of: 2) == 1)
    }

    /// ... and a leader back within it resumes leading the same epoch, set up as in "Becoming
    /// leader" (the window KIP-101's first scenario needs).
    @Test func aShortCrashOfTheLeaderResumesTheSameEpoch() {
        var c = Cluster()
        c.run(until: 100)
        c.crash(0)
        #expect(c.engine.leader == 0)  // named until noticed
        c.run(until: 200)
        c.clearLog()
        c.restart(0)
        #expect(c.engine.role(of: 0) == .leader && c.engine.epoch == 1)
        #expect(c.events(of: 0).contains(.becomesLeader(epoch: 1, epochStart: 0, resumed: true)))
        #expect(c.node(0).leading!.followers[1] == FollowerState(leo: nil, lastCaughtUp: 200, lastFetch: 200,
                                                                 lastFetchLeaderLEO: 0))
        #expect(c.events(of: nil).isEmpty)  // no election
        #expect(!c.events(of: 1).contains { if case .follows = $0 { true } else { false } })
        c.run(until: 800)  // the followers' Fetches were lost with the crash: re-sent after fetch_timeout
        #expect(c.isr == [0, 1, 2] && c.node(0).leading!.followers[1].leo == 0)
    }

    /// Noticing a leader's crash: the controller elects the first node in `nodes` order that
    /// is up and in the ISR; the epoch goes up by one; the others follow. (Node 1 out of the
    /// ISR is cut off from the leader, or its first Fetch would make it rejoin.)
    @Test(arguments: [(NodeSet([0, 1, 2]), 1), (NodeSet([0, 2]), 2)])
    func theFirstUpISRNodeInNodesOrderIsElected(isr: NodeSet, expected: NodeID) {
        var c = Cluster { $0.initialISR = isr }
        if !isr.contains(1) { c.isolate(0, from: 1) }
        c.run(until: 100)
        #expect(c.engine.isr == isr)
        #expect(c.node(expected).outstanding != nil)
        c.crash(0)
        c.clearLog()
        c.run(until: 400)
        #expect(c.engine.leader == expected && c.engine.epoch == 2)
        #expect(c.node(expected).outstanding == nil)  // becoming leader drops its request
        #expect(c.events(of: nil).contains(.elects(leader: expected, epoch: 2, isr: without(isr, 0), unclean: false)))
        let other = expected == 1 ? 2 : 1
        #expect(c.events(of: other).contains(.follows(leader: expected, epoch: 2)))
        #expect(c.engine.term(of: other) == 2 && c.engine.leaderHint(at: other) == expected)
        // Becoming leader at 400: caught up at 400 if in the ISR, else 0.
        let f = c.node(expected).leading!.followers[other]
        #expect(f.lastCaughtUp == (isr.contains(other) ? 400 : 0) && f.lastFetch == 400)
    }

    func without(_ set: NodeSet, _ id: NodeID) -> NodeSet {
        var s = set
        s.remove(id)
        return s
    }

    /// Noticing removes a node from the ISR unless it is the only member: never empty. With
    /// no ISR member up and unclean election off, the partition is offline. (Timers of down
    /// nodes fire here, as the world would need for the noticings while every node is down.)
    @Test func theISRIsNeverEmptyAndWithoutUncleanElectionThePartitionWaits() {
        var c = Cluster(nodes: 2)
        c.firesDownNodes = true
        c.run(until: 100)
        c.crash(1)
        c.run(until: 400)
        #expect(c.isr == [0])
        c.crash(0)
        #expect(c.engine.controllerHost == 0 && c.engine.deadline(of: 0) == 700)
        c.run(until: 699)
        #expect(c.engine.leader == 0)
        c.run(until: 700)
        #expect(c.isr == [0] && c.engine.leader == nil && c.engine.epoch == 1)
        #expect(c.events(of: nil).suffix(2) == [.noticesCrash(of: 0, leftISR: false, isr: NodeSet([0])),
                                                 .offline(isr: NodeSet([0]))])
        c.restart(1)  // not in the ISR: it waits
        #expect(c.engine.leader == nil && c.engine.role(of: 1) == .follower && c.node(1).outstanding == nil)
        c.restart(0)  // after every restart, an election
        #expect(c.engine.leader == 0 && c.engine.epoch == 2)
        #expect(c.node(1).leader == 0)
    }

    /// [unclean]: with unclean election on, the first up node leads and the ISR becomes it alone.
    @Test func uncleanElectionElectsTheFirstUpNode() {
        var c = Cluster(nodes: 3) { $0.uncleanLeaderElection = true }
        c.run(until: 100)
        c.crash(1)
        c.crash(2)
        c.run(until: 400)
        #expect(c.isr == [0])
        c.crash(0)
        c.run(until: 800)
        c.restart(2)
        c.restart(1)
        #expect(c.engine.leader == 2 && c.isr == [2] && c.engine.epoch == 2)
        #expect(c.events(of: nil).contains(.elects(leader: 2, epoch: 2, isr: NodeSet([2]), unclean: true)))
        #expect(c.node(1).leader == 2)
    }

    /// After every `configure`, an election if there is no leader.
    @Test func configureElectsAnOfflinePartitionsLeader() {
        var c = Cluster(nodes: 2)
        c.run(until: 100)
        c.crash(1)
        c.run(until: 400)
        c.crash(0)
        c.run(until: 800)
        c.restart(1)
        #expect(c.engine.leader == nil)
        c.configure(KafkaSettings.Change(uncleanLeaderElection: true))
        #expect(c.engine.leader == 1 && c.isr == [1])
    }

    /// In a world that fires only up nodes' timers, noticings due while every node is down
    /// happen at the next restart, before it.
    @Test func noticingsDueWhileEveryNodeIsDownHappenAtTheNextRestart() {
        var c = Cluster(nodes: 2)
        c.run(until: 100)
        c.crash(0)
        c.crash(1)
        c.run(until: 1000)
        #expect(c.isr == [0, 1] && c.engine.leader == 0)
        c.restart(1)
        // Noticed at 400 (0 leaves, it led: no ISR member up: offline) and 400 (1 is the only member).
        #expect(c.isr == [1] && c.engine.leader == 1 && c.engine.epoch == 2)
    }

    /// A crash keeps the log and the HW checkpoint; role, held Fetches and the outstanding
    /// request are lost; waiting writes die with their leader (`follows`).
    @Test func aCrashKeepsTheLogAndTheHWCheckpoint() {
        var c = Cluster()
        c.run(until: 20)
        c.write([1, 2], at: 0)
        c.run(until: 300)
        c.clearLog()
        c.crash(0)
        #expect(c.engine.role(of: 0) == nil && c.node(0).leading == nil)
        #expect(c.node(0).log.writes == [1, 2] && c.hw(0) == 2 && c.engine.commitIndex(of: 0) == 2)
        #expect(c.changes == [NodeChange(0, .follows)])
        #expect(c.events(of: 0) == [.state(role: nil, epoch: 1)])
        c.crash(1)
        #expect(c.node(1).outstanding == nil)
    }

    /// Kafka has no election timer: `timeout` (a load error in kafka mode) does nothing.
    @Test func timeoutDoesNothing() {
        var c = Cluster()
        let before = c.engine
        let out = c.call(1) { $0.timeout(1, now: 0, rng: &$1, out: &$2) }
        #expect(c.engine == before && out.notes.isEmpty && out.messages.isEmpty)
    }

    /// A restarted node follows the current leader (after a noticed crash, as any follower).
    @Test func aRestartedNodeFollowsTheCurrentLeader() {
        var c = Cluster()
        c.run(until: 100)
        c.crash(0)
        c.run(until: 500)
        c.clearLog()
        c.restart(0)
        #expect(c.engine.role(of: 0) == .follower && c.node(0).leader == 1 && c.engine.term(of: 0) == 2)
        c.run(until: 800)
        #expect(c.isr == [0, 1, 2])  // it caught up and joined again
    }
}
