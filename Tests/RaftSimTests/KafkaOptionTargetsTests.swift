import KafkaCore
import Testing
@testable import RaftSim

/// A `configure` of Kafka's settings as the options panel reaches it (a lesson's hint).
struct KafkaOptionTargetsTests {
    @Test func eachSettingIsARowWithItsValue() throws {
        let change = Reconfiguration(engine: KafkaSettings.Change(minInsyncReplicas: 2, replicaLagTimeMax: 1000,
                                                                  uncleanLeaderElection: true))
        let targets = try #require(KafkaEngine.optionTargets(change))
        #expect(targets.map(\.id) == ["min_insync_replicas", "unclean_leader_election", "replica_lag_time_max"])
        #expect(targets.map(\.value.en) == ["2", "on", "1000 ms"])
        #expect(targets.map(\.isSwitch) == [false, true, false])
        let world = KafkaWorld(KafkaWorldSpec(names: ["A", "B", "C"]))
        for target in targets { #expect(KafkaEngine.options(world)[target.row].id == target.id) }
    }

    @Test func aValueNoRowOffersHasNoTarget() {
        #expect(KafkaEngine.optionTargets(Reconfiguration(engine: KafkaSettings.Change(batch: 7))) == nil)
        #expect(KafkaEngine.optionTargets(Reconfiguration(latency: 3...9)) == nil)
    }
}
