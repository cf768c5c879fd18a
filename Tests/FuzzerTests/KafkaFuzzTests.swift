import Foundation
import Testing
import Fuzzer
import Lessons
import RaftSim

/// The fuzzer in kafka mode (issue 12, item 6): with safe settings every seed passes; each
/// unsafe setting is found and named, and its failure file fails again when loaded back.
struct KafkaFuzzTests {
    static let safe = FuzzOptions(mode: .kafka)
    static let unclean = FuzzOptions(mode: .kafka, uncleanElection: true)
    static let noEpochs = FuzzOptions(mode: .kafka, leaderEpochs: false)

    @Test func safeSettingsPassTheSweep() async {
        let seeds = Array(1...200 as ClosedRange<UInt64>)
        for outcome in await FuzzerTests.runAll(seeds, options: Self.safe) where outcome.verdict != .passed {
            Issue.record(Comment(rawValue: "seed \(outcome.seed): \(outcome.verdict)\n" + ScenarioWriter.yaml(outcome.scenario)))
        }
    }

    @Test func theSettingsAreDrawnPerSeed() {
        let specs = (1...20 as ClosedRange<UInt64>).compactMap { Fuzz.run(seed: $0, options: Self.safe).scenario.cluster }
        let drawn = Set(specs.compactMap { spec -> [Int]? in
            guard case .kafka(let k) = spec else { return nil }
            return [k.names.count, k.settings.minInsyncReplicas, k.settings.replicaLagTimeMax, k.settings.batch]
        })
        #expect(specs.allSatisfy { $0.mode == .kafka })
        #expect(drawn.count > 10, "settings vary: \(drawn)")
    }

    @Test func aSeedReplaysExactly() {
        let a = Fuzz.run(seed: 7, options: Self.noEpochs), b = Fuzz.run(seed: 7, options: Self.noEpochs)
        #expect(a.verdict == b.verdict && a.events == b.events && a.simulatedMs == b.simulatedMs)
    }

    /// Unclean election breaks `committed_kept`; no leader epochs break it (KIP-101 scenario 1)
    /// and `replica_agreement` (scenario 2), each within the first 100 seeds.
    @Test(arguments: [("unclean", "committed_kept"), ("no epochs", "committed_kept"), ("no epochs", "replica_agreement")])
    func anUnsafeSettingIsFoundAndNamed(_ setting: String, _ property: String) async throws {
        let options = setting == "unclean" ? Self.unclean : Self.noEpochs
        let outcomes = await FuzzerTests.runAll(Array(1...100), options: options)
        let found = try #require(outcomes.first { if case .violation(let p) = $0.verdict { p.contains(property) } else { false } },
                                 "\(property) not found with \(setting)")
        let yaml = ScenarioWriter.yaml(found.scenario)
        var runner = ScenarioRunner(try ScenarioLoader.parse(yaml: yaml, file: "seed.yaml"), recording: false)
        let result = runner.run()
        let failure = try #require(result, "the failure file passes")
        #expect(failure.mismatch.contains("violations"))
        #expect(runner.world.violations.map(\.property.rawValue).contains(property))
    }
}
