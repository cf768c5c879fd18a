import Testing
@testable import KafkaCore

/// kafka-mode.md, "Settings": every key's default, and what `configure` changes.
@Suite struct SettingsTests {
    @Test func theDefaultsAreTheTable() {
        let s = KafkaSettings(size: 3)
        #expect(s.minInsyncReplicas == 1)  // [min.isr]
        #expect(s.replicaLagTimeMax == 400)  // [lag; Kafka: 30000]
        #expect(s.fetchWait == 100)  // replica.fetch.wait.max.ms: 500
        #expect(s.fetchTimeout == 500)
        #expect(s.sessionTimeout == 300)  // broker.session.timeout.ms: 9000
        #expect(s.uncleanLeaderElection == false)  // [unclean]: false since 0.11.0.0
        #expect(s.leaderEpochs == true)  // KIP-101
        #expect(s.strictMinIsr == false)  // KIP-966
        #expect(s.batch == 64)
        #expect(s.initialISR == NodeSet(first: 3))  // kafka.isr: all nodes
    }

    /// The isr-expiration period is replica_lag_time_max / 2, rounded down [ReplicaManager].
    @Test(arguments: [(400, 200), (401, 200), (30000, 15000), (1, 1)])
    func theISRCheckPeriodIsHalfTheLagRoundedDown(lag: Int, period: Int) {
        var s = KafkaSettings(size: 3)
        s.replicaLagTimeMax = lag
        #expect(s.isrCheckPeriod == period)
    }

    /// `configure` takes any kafka key except leader_epochs and isr; nil keeps a value.
    @Test func aChangeSetsOnlyWhatItNames() {
        var s = KafkaSettings(size: 3)
        s.leaderEpochs = false
        let change = KafkaSettings.Change(minInsyncReplicas: 2, replicaLagTimeMax: 1000, fetchWait: 7, fetchTimeout: 9,
                                          sessionTimeout: 50, uncleanLeaderElection: true, strictMinIsr: true, batch: 3)
        let t = s.applying(change)
        #expect(t.minInsyncReplicas == 2 && t.replicaLagTimeMax == 1000 && t.fetchWait == 7 && t.fetchTimeout == 9)
        #expect(t.sessionTimeout == 50 && t.uncleanLeaderElection && t.strictMinIsr && t.batch == 3)
        #expect(t.leaderEpochs == false && t.initialISR == s.initialISR)
        #expect(s.applying(KafkaSettings.Change()) == s)
        #expect(KafkaSettings.Change().isEmpty && !change.isEmpty)
    }

    @Test func configureChangesTheEngineFromNowOn() {
        var c = Cluster()
        c.configure(KafkaSettings.Change(batch: 2))
        #expect(c.settings.batch == 2)
        c.write([1, 2, 3], at: 0)
        let answers = c.sent.filter { $0.kind == .fetchResponse }
        #expect(answers.allSatisfy { ($0.records?.count ?? 0) <= 2 })
    }
}
