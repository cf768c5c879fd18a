import Testing
@testable import KafkaCore

/// kafka-mode.md, "The safety monitor in kafka mode": the four properties.
@Suite struct SafetyTests {
    @Test func thePropertiesAreTheFormatsFour() {
        #expect(KafkaSafety.properties.map(\.rawValue)
                == ["hw_monotonic", "committed_kept", "replica_agreement", "consumer_visibility"])
    }

    /// With unclean election off and leader epochs on, crashes (short and noticed), cuts and
    /// elections break nothing, and the logs end equal.
    @Test func aHealthyRunBreaksNothing() {
        var c = Cluster(nodes: 3)
        var write = 1
        func step(_ c: inout Cluster, _ t: Int) {
            c.run(until: t)
            if let leader = c.engine.leader, c.engine.isUp(leader) { c.write([write, write + 1], at: leader) }
            write += 2
        }
        for t in stride(from: 50, through: 3000, by: 50) {
            step(&c, t)
            switch t {
            case 200: c.crash(0)  // noticed at 500: 1 leads epoch 2
            case 700: c.restart(0)
            case 900: c.crash(2)  // short: back before it is noticed
            case 1000: c.restart(2)
            case 1200: c.isolate(1, from: 2)  // 2 falls out of the ISR
            case 1800: c.heal()
            case 2000: c.crash(1)  // noticed at 2300: 0 leads epoch 3
            case 2500: c.restart(1)
            default: break
            }
        }
        c.run(until: 5000)
        #expect(c.findings.isEmpty)
        #expect(c.engine.epoch == 3 && c.engine.leader == 0 && c.isr == [0, 1, 2])
        #expect(c.log(0) == c.log(1) && c.log(1) == c.log(2))
        #expect(c.hw(0) == c.leo(0) && c.leo(0) == 100)  // 60 rounds, 10 of them without a leader up
    }

    /// Unclean election can break committed_kept: the new leader lacks committed records.
    @Test func uncleanElectionBreaksCommittedKept() {
        var c = Cluster(nodes: 2) { $0.uncleanLeaderElection = true }
        c.isolate(0, from: 1)
        c.run(until: 600)  // 1 leaves the ISR
        c.write([1], at: 0)  // committed at once (ISR of 0 alone)
        #expect(c.hw(0) == 1)
        c.crash(0)
        c.run(until: 1000)
        #expect(c.engine.leader == 1)
        #expect(c.findings.first { $0.property == .committedKept }
                == Finding(.committedKept, node: 1, term: 2, index: 1))
    }

    /// hw_monotonic: a leader's HW never goes down (fed a note no engine rule makes).
    @Test func aLeaderWhoseHWGoesDownBreaksHWMonotonic() {
        var c = Cluster { $0.initialISR = NodeSet([0]) }
        c.write([1, 2], at: 0)
        var found: [Finding] = []
        let lower = Note(0, .truncates(to: 1, count: 1, hw: 1, reason: .ownHW))
        c.checks.observe(0, [lower], in: c.engine) { found.append($0) }
        #expect(found.map(\.property) == [.hwMonotonic])
        // A follower's HW may go down on truncation.
        found = []
        let follower = Note(1, .truncates(to: 0, count: 0, hw: 0, reason: .ownHW))
        c.checks.observe(1, [follower], in: c.engine) { found.append($0) }
        #expect(found.isEmpty)
    }

    /// consumer_visibility, the world's hook: no record at or above the serving node's HW.
    @Test func aConsumerHandedRecordsAtOrAboveTheHWBreaksConsumerVisibility() {
        var c = Cluster { $0.initialISR = NodeSet([0]) }
        c.write([1, 2], at: 0)
        var found: [Finding] = []
        c.checks.consumerReads(from: 0, through: 2, in: c.engine) { found.append($0) }
        c.checks.consumerReads(from: 1, through: 0, in: c.engine) { found.append($0) }
        #expect(found.isEmpty)
        c.checks.consumerReads(from: 1, through: 1, in: c.engine) { found.append($0) }  // 1's HW is 0
        #expect(found == [Finding(.consumerVisibility, node: 1, term: 1, index: 1)])
    }
}
