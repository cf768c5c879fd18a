import Foundation
import Testing
import Fuzzer
import Lessons
import RaftCore
import RaftSim

/// The fuzzer past the basic algorithm (raft-extensions.md; issue 13): seeds draw
/// `snapshot_every` and `cluster.voters`, schedules take snapshots, read in every mode,
/// transfer leadership and change membership; with `extensions` off they do none of it.
struct ExtensionFuzzTests {
    static let seeds = Array(1...60 as ClosedRange<UInt64>)

    @Test func theSweepDrawsEveryNewOperationAndSetting() async {
        let outcomes = await FuzzerTests.runAll(Self.seeds, options: FuzzOptions())
        var kinds = Set<String>(), modes = Set<ReadMode>()
        for outcome in outcomes {
            for at in outcome.scenario.steps {
                guard case .command(let command) = at.step else { continue }
                kinds.insert(command.stepName)
                if case .read(_, let mode) = command { modes.insert(mode) }
            }
        }
        #expect(kinds.isSuperset(of: ["snapshot", "read", "transfer", "add", "remove"]), "\(kinds)")
        #expect(modes == Set(ReadMode.allCases))
        let clusters = outcomes.map { $0.scenario.cluster.raft! }
        #expect(clusters.contains { $0.engine.snapshotEvery == 0 })
        #expect(clusters.contains { (2...20).contains($0.engine.snapshotEvery) })
        #expect(clusters.allSatisfy { $0.engine.snapshotEvery == 0 || (2...20).contains($0.engine.snapshotEvery) })
        #expect(clusters.contains { $0.voters == nil })
        let subsets = clusters.compactMap { spec in spec.voters.map { (spec.names.count, $0.count) } }
        #expect(!subsets.isEmpty)
        #expect(subsets.allSatisfy { $0.1 >= 1 && $0.1 < $0.0 })
    }

    @Test func withoutExtensionsSeedsRunTheBasicAlgorithmOnly() {
        let options = FuzzOptions(extensions: false)
        for seed in Self.seeds.prefix(20) {
            let outcome = Fuzz.run(seed: seed, options: options)
            let spec = outcome.scenario.cluster.raft!
            #expect(spec.engine.snapshotEvery == 0 && spec.voters == nil, "seed \(seed)")
            let new = outcome.scenario.steps.contains { at in
                guard case .command(let c) = at.step else { return false }
                return ["snapshot", "read", "transfer", "add", "remove"].contains(c.stepName)
            }
            #expect(!new, "seed \(seed)")
            #expect(outcome.verdict == .passed, "seed \(seed): \(outcome.verdict)")
        }
    }

    /// The heal phase waits for every read to end (each node tried once, then given up).
    @Test func everyReadIsOverWhenASeedPasses() {
        for seed in Self.seeds.prefix(20) {
            let outcome = Fuzz.run(seed: seed, options: FuzzOptions())
            guard outcome.verdict == .passed else { continue }
            var runner = ScenarioRunner(outcome.scenario, recording: false)
            let failure = runner.run()
            #expect(failure == nil, "seed \(seed)")
            let pending = runner.world.clients.reads.filter { !$0.done }.count
            #expect(pending == 0, "seed \(seed)")
        }
    }
}
