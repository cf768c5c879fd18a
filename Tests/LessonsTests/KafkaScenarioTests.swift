import Foundation
import Testing
@testable import Lessons

/// Every `scenarios/kafka-*.yaml` is a test of one part of kafka-mode.md that `raftlab check`
/// must pass; the runs below check what a passing file cannot say (a condition that must fail).
struct KafkaScenarioTests {
    /// The `kafka-*.yaml` files of `scenarios/`, sorted.
    static let files: [String] = {
        guard let dir = Bundle.module.url(forResource: "scenarios", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasPrefix("kafka-") && $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func theKafkaScenariosAreThere() {
        #expect(Self.files.count >= 15, "\(Self.files)")
    }

    @Test(arguments: files)
    func passes(_ name: String) throws {
        let path = try #require(Bundle.module.url(forResource: "scenarios", withExtension: nil))
            .appendingPathComponent(name).path
        let result = Checker.check(path: path)
        #expect(result == .passed, "\(Checker.line(path: name, result))")
    }

    /// Written back by the writer (fuzz failures, `--record`), each loads as the same scenario.
    @Test(arguments: files)
    func writesBackTheSame(_ name: String) throws {
        let path = try #require(Bundle.module.url(forResource: "scenarios", withExtension: nil))
            .appendingPathComponent(name).path
        let scenario = try ScenarioLoader.load(path: path)
        #expect(try reparsed(scenario).positionsErased == scenario.positionsErased, "\(ScenarioWriter.yaml(scenario))")
    }

    /// The failure of the one `expect` that follows `steps` in a 2-node kafka cluster.
    private func failure(_ steps: String) throws -> RunFailure? {
        let yaml = """
            title: t
            cluster:
              mode: kafka
              nodes: [A, B]
              timing: {latency: [10, 10]}
            steps:
            \(steps)
            """
        var runner = ScenarioRunner(try ScenarioLoader.parse(yaml: yaml, file: "kafka.yaml"), recording: false)
        return runner.run()
    }

    /// `match`: "the leader's record of each follower's LEO; unknown matches nothing": before
    /// B's first Fetch arrives not even a comparison matches; after it, 0 does.
    @Test func unknownMatchesNothing() throws {
        let before = try #require(try failure("  - expect: {match: {B: \">= 0\"}}"))
        #expect(before.step == 1 && before.mismatch.contains("unknown"), "\(before)")
        #expect(try failure("  - expect: {match: {B: \"!= 0\"}}") != nil)
        #expect(try failure("  - run: 10\n  - expect: {match: {B: 0, A: 0}}") == nil)
    }

    /// A leader resuming after a short crash knows no follower's LEO until its first Fetch.
    @Test func aResumedLeaderKnowsNoFollowerLEO() throws {
        let f = try #require(try failure("""
              - run: 10
              - crash: A
              - restart: A
              - expect: {leader: A, epoch: 1, match: {B: 0}}
            """))
        #expect(f.step == 4 && f.mismatch.contains("unknown"), "\(f)")
    }

    /// A condition that does not hold fails in kafka mode like any other: the numbers compare.
    @Test func kafkaConditionsFailWhenTheyDoNotHold() throws {
        #expect(try failure("  - expect: {epoch: 2}") != nil)
        #expect(try failure("  - expect: {epoch: \">= 2\"}") != nil)
        #expect(try failure("  - expect: {isr: [A]}") != nil)
        #expect(try failure("  - expect: {hw: {A: \"> 0\"}}") != nil)
        #expect(try failure("  - expect: {leo: {B: 1}}") != nil)
        #expect(try failure("  - expect: {errors: {NOT_ENOUGH_REPLICAS: \">= 1\"}}") != nil)
        #expect(try failure("  - expect: {violated: [hw_monotonic]}") != nil)
        #expect(try failure("  - expect: {configured: {kafka: {batch: 1}}}") != nil)
        #expect(try failure("  - expect: {epoch: 1, isr: [B, A], hw: {A: 0}, leo: {B: 0}, errors: {NOT_ENOUGH_REPLICAS: 0}}") == nil)
    }
}
