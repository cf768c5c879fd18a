import KafkaCore
import RaftSim
import Testing

/// The Kafka engine in the world: clients, the controller's noticing, acks=all and
/// min.insync.replicas end to end (kafka-mode.md, "Writes", "The controller").
struct KafkaWorldTests {
    static let planets = ["Neptune", "Saturn", "Jupiter"]

    static func world(minISR: Int = 1) -> KafkaWorld {
        var spec = KafkaWorldSpec(names: planets)
        spec.settings.minInsyncReplicas = minISR
        return KafkaWorld(spec)
    }

    @Test func theFirstNodeLeadsEpochOneWithEveryNodeInTheISR() {
        var w = Self.world()
        w.run(for: 50)
        #expect(w.engine.leader == 0 && w.engine.epoch == 1 && w.engine.isr == NodeSet(first: 3))
        #expect(w.role(of: 0) == .leader && w.role(of: 1) == .follower && w.role(of: 2) == .follower)
    }

    /// acks=all waits for every current ISR member, never a majority [acks; Design]: with
    /// Jupiter down but still in the ISR, Neptune and Saturn (a majority) hold the write and it
    /// waits; once the controller notices the crash and Jupiter leaves the ISR, it is acknowledged.
    @Test func acksAllWaitsForEveryISRMemberUntilTheISRShrinks() {
        var w = Self.world()
        w.run(for: 50)
        w.apply(.crash(2))
        w.apply(.write(value: "a=1", to: nil, acks: .all, count: 1))
        w.run(for: 150)
        #expect(w.engine.lastIndex(of: 1) == 1 && w.clients.acked == 0, "a majority holds it: not enough for acks=all")
        #expect(w.engine.isr.contains(2))
        w.run(for: 400)  // the controller notices 300 ms after the crash
        #expect(!w.engine.isr.contains(2) && w.clients.acked == 1)
        #expect(w.engine.commitIndex(of: 0) == 1)
    }

    /// min.insync.replicas turns acks=all writes away before the append [Partition
    /// `appendRecordsToLeader`]; the write ends, never retried, and acks=1 is not gated.
    @Test func minInsyncReplicasTurnsAcksAllWritesAway() {
        var w = Self.world(minISR: 3)
        w.run(for: 50)
        w.apply(.crash(2))
        w.run(for: 400)
        #expect(w.engine.isr == NodeSet([0, 1]))
        w.apply(.write(value: "a=1", to: nil, acks: .all, count: 1))
        w.run(for: 2000)
        #expect(w.clients.errors[.notEnoughReplicas] == 1 && w.clients.acked == 0)
        #expect(w.engine.lastIndex(of: 0) == 0, "nothing appended")
        #expect(w.clients.writes.compactMap { $0 }.allSatisfy { $0.answered }, "the error ends the write: no retry")
        w.apply(.write(value: "b=2", to: nil, acks: .one, count: 1))
        w.run(for: 100)
        #expect(w.clients.acked == 1 && w.clients.errors[.notEnoughReplicas] == 1)
    }

    /// Appended while the ISR was large enough, committed after it shrank below
    /// min.insync.replicas: NOT_ENOUGH_REPLICAS_AFTER_APPEND [Partition `checkEnoughReplicasReachOffset`].
    @Test func aWriteCommittedBelowMinInsyncReplicasIsNotAcknowledged() {
        var w = Self.world(minISR: 2)
        w.run(for: 50)
        w.apply(.write(value: "a=1", to: 0, acks: .all, count: 1))
        w.run(for: 25)  // it reached Neptune (latency 10-20 ms) and is appended
        #expect(w.engine.lastIndex(of: 0) == 1 && w.clients.acked == 0)
        w.apply(.crash(1))
        w.apply(.crash(2))
        w.run(for: 1000)
        #expect(w.engine.isr == NodeSet([0]) && w.engine.commitIndex(of: 0) == 1)
        #expect(w.clients.errors[.notEnoughReplicasAfterAppend] == 1 && w.clients.acked == 0)
    }

    /// A consumer reads only below the serving node's HW, so the monitor finds nothing.
    @Test func aConsumerReadsBelowTheHWAndTheMonitorIsQuiet() {
        var w = Self.world()
        w.run(for: 50)
        w.apply(.write(value: "a=1", to: nil, acks: .all, count: 1))
        w.run(for: 300)
        w.apply(.consume(from: 0))
        w.run(for: 100)
        #expect(w.clients.consumed == 1 && w.violations.isEmpty)
    }
}
