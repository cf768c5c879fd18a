import Testing
@testable import Lessons
import RaftSim

/// Kafka mode's conditions in the learner's words (issue 11, "Nothing raw"; kafka-mode.md).
struct KafkaWordsTests {
    func condition(_ yaml: String) throws -> (Condition, ClusterWorld) {
        let s = try ScenarioLoader.parse(yaml: "title: t\ncluster: {mode: kafka}\nsteps:\n  - expect: \(yaml)\n", file: "t.yaml")
        guard case .expect(let c) = s.steps[0].step else { throw RunFailure(step: 1, line: 0, stepName: "", time: 0, mismatch: "") }
        var world = ClusterWorld(s.cluster)
        world.run(for: 0)
        return (c, world)
    }

    @Test func kafkaKeysAreSaidInWords() throws {
        let (c, _) = try condition("{isr: [Saturn, Neptune], hw: {Neptune: 2, Saturn: 2}, leo: {Jupiter: \">= 1\"}, epoch: 2, errors: {NOT_ENOUGH_REPLICAS: 1}}")
        let en = ConditionWords.clauses(c, names: ["Neptune", "Saturn", "Jupiter"]).map(\.en)
        #expect(en == ["the ISR is exactly Neptune and Saturn", "the high watermark (HW) of Neptune and Saturn is 2",
                       "Jupiter's log end offset (LEO) is at least 1", "the partition's leader epoch is 2",
                       "1 write has been answered NOT_ENOUGH_REPLICAS"])
    }

    @Test func whatAKafkaWorldShowsIsFound() throws {
        let (c, world) = try condition("{isr: [Neptune], epoch: 2, hw: {Saturn: 1}, errors: {NOT_ENOUGH_REPLICAS_AFTER_APPEND: 1}}")
        let found = ConditionWords.findings(c, in: world).map(\.found)
        #expect(found.map(\.en) == ["the ISR is Neptune, Saturn and Jupiter", "Saturn's high watermark (HW) is 0",
                                    "the partition's leader epoch is 1",
                                    "no write has been answered NOT_ENOUGH_REPLICAS_AFTER_APPEND"])
        #expect(found.map(\.ko) == ["ISR: Neptune, Saturn, Jupiter", "Saturn의 하이 워터마크 (HW) 0", "파티션의 리더 에포크 1",
                                    "NOT_ENOUGH_REPLICAS_AFTER_APPEND로 거절된 쓰기 0개"])
    }
}

/// A Kafka log holds records of epochs; a committed record is below the HW.
struct KafkaLogWordsTests {
    @Test func logsAndCommitsAreSaidInKafkasWords() throws {
        let s = try ScenarioLoader.parse(yaml: "title: t\ncluster: {mode: kafka}\nsteps:\n  - expect: {log: {Neptune: [1, 1]}, committed: a=1}\n",
                                         file: "t.yaml")
        guard case .expect(let c) = s.steps[0].step else { Issue.record("not an expect"); return }
        let clauses = ConditionWords.clauses(c, names: s.cluster.names)
        #expect(clauses.map(\.en) == ["Neptune's log holds exactly records of epochs 1, 1", "the record a=1 is committed (below the HW)"])
        var world = ClusterWorld(s.cluster)
        world.run(for: 0)
        let findings = ConditionWords.findings(c, in: world)
        #expect(findings.map(\.lines.en) == [
            "expected: Neptune's log holds exactly records of epochs 1, 1\nfound: Neptune's log is empty",
            "expected: the record a=1 is committed (below the HW)\nfound: no node that is up holds a=1 below its HW",
        ])
    }
}
