import KafkaCore
@testable import RaftSim
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

/// The world's own events in Kafka's words: epochs, offsets from 0, the HW checkpoint.
struct KafkaWorldTextTests {
    static let en = Describer(names: KafkaWorldTests.planets, values: ["", "a=1"], lang: .en)
    static let ko = Describer(names: KafkaWorldTests.planets, values: ["", "a=1"], lang: .ko)

    static func line(_ kind: SimEvent<KafkaEngine>.Kind, _ d: Describer = en) -> String {
        d.event(SimEvent<KafkaEngine>(time: 0, kind: kind))
    }

    @Test func crashesWritesAndReadsSpeakOfEpochsAndOffsets() {
        #expect(Self.line(.crashed(1)).contains("keeps its log and its HW checkpoint"))
        #expect(Self.line(.write(.acknowledged(write: 1, by: 0, term: 2))) == "write a=1 is acknowledged by Neptune (epoch 2)")
        #expect(Self.line(.write(.duplicate(write: 1, at: 0, index: 1)))
                == "Neptune already holds write a=1 at offset 0: it does not append it again")
        #expect(Self.line(.consumed(from: 1, count: 2, through: 2))
                == "consumer reads 2 records from Saturn, below offset 2 (its HW)")
        #expect(Self.line(.write(.lost(write: 1, term: 1, reason: .missingFromLeader(2, term: 3))), Self.ko)
                == "a=1 쓰기가 유실됩니다: 에포크 1에 확인 응답되었지만 에포크 3의 리더 Jupiter에게 이 쓰기가 없습니다")
    }

    @Test func aConfigureNamesTheKafkaSettingsItChanged() {
        let change = Reconfiguration(engine: KafkaSettings.Change(minInsyncReplicas: 2, uncleanLeaderElection: true), acks: .one)
        #expect(Self.line(.configured(change))
                == "settings changed: min.insync.replicas 2, unclean leader election on, acks=1")
        #expect(Self.line(.configured(change), Self.ko)
                == "설정이 바뀌었습니다: min.insync.replicas(최소 동기화 복제본 수) 2, 언클린 리더 선출 켜짐, acks=1")
    }
}
