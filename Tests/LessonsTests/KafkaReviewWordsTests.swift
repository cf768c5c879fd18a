import Testing
@testable import Lessons
import RaftSim

/// Kafka mode says epochs and LEOs where Raft says terms and match indexes (kafka-mode.md,
/// "Words" and "Conditions": `match` is "the leader's record of each follower's LEO; unknown
/// matches nothing").
struct KafkaReviewWordsTests {
    func expectation(_ yaml: String) throws -> (Condition, ClusterWorld) {
        let s = try ScenarioLoader.parse(yaml: "title: t\ncluster: {mode: kafka}\nsteps:\n  - expect: \(yaml)\n", file: "t.yaml")
        guard case .expect(let c) = s.steps[0].step else { throw RunFailure(step: 1, line: 0, stepName: "", time: 0, mismatch: "") }
        var world = ClusterWorld(s.cluster)
        world.run(for: 0)
        return (c, world)
    }

    /// At time 0 no Fetch has arrived: the leader knows no follower's LEO, which is no number.
    @Test func anUnknownLEOIsNotSaidAsZero() throws {
        let (c, world) = try expectation("{match: {Saturn: 0}}")
        #expect(ConditionWords.clauses(c, names: world.names).map(\.en) == ["the leader's record of the LEO for Saturn is 0"])
        let findings = ConditionWords.findings(c, in: world)
        #expect(findings.map(\.found.en) == ["no leader that is up knows Saturn's LEO yet"])
        #expect(findings.map(\.found.ko) == ["Saturn의 LEO를 아는 리더 없음"])
    }

    @Test func aKafkaLeaderLeadsAnEpoch() throws {
        let (c, world) = try expectation("{leader: Saturn}")
        #expect(ConditionWords.findings(c, in: world).map(\.found.en) == ["Neptune leads (epoch 1)"])
        #expect(ConditionWords.findings(c, in: world).map(\.found.ko) == ["Neptune이 리더 (에포크 1)"])
        let (none, _) = try expectation("{leader: none}")
        #expect(ConditionEvaluator(world).mismatches(none) == ["leader: expected none, found Neptune (epoch 1)"])
    }
}
