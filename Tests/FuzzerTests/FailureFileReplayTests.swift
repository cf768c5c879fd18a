import Foundation
import Testing
import Fuzzer
import Lessons
import RaftCore
import RaftSim

/// A failure file with Pre-Vote and CheckQuorum on replays exactly from the file on disk
/// (issue 10, "Fuzz failure files"): the same properties broken at the same step, at the
/// same simulated time, after the same events.
struct FailureFileReplayTests {
    /// Seed 105 under vote_without_log_check draws Pre-Vote and CheckQuorum both on.
    static let seed: UInt64 = 105
    static let options = FuzzOptions(unsafe: .voteWithoutLogCheck)

    @Test func aPreVoteCheckQuorumFailureReplaysExactlyFromItsFile() throws {
        let outcome = Fuzz.run(seed: Self.seed, options: Self.options)
        let engine = outcome.scenario.cluster.raft!.engine
        try #require(engine.preVote && engine.checkQuorum && engine.unsafe == .voteWithoutLogCheck)
        guard case .violation(let properties) = outcome.verdict else {
            Issue.record("seed \(Self.seed) did not break safety: \(outcome.verdict)")
            return
        }
        let dir = NSTemporaryDirectory() + "raftlab-replay-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/seed-\(Self.seed).yaml"
        try AtomicFile.write(ScenarioWriter.yaml(outcome.file(at: path)), to: path)

        let loaded = try ScenarioLoader.load(path: path)
        #expect(loaded.cluster.raft!.engine.preVote && loaded.cluster.raft!.engine.checkQuorum)
        #expect(loaded.summary?.resolve("en") == "replay: raftlab run \(path)")
        var replay = ScenarioRunner(loaded, recording: false)
        let replayed = replay.run()
        let failure = try #require(replayed, "the failure file passes")
        var played = ScenarioRunner(outcome.scenario, recording: false)
        let playedFailure = played.run()
        let original = try #require(playedFailure)
        #expect(failure.step == loaded.steps.count && failure.step == original.step)
        #expect(failure.time == original.time && failure.mismatch == original.mismatch)
        #expect(failure.mismatch == "violations: expected 0, found \(properties.count)")
        #expect(replay.world.violations.map(\.property.rawValue) == properties)
        #expect(replay.world.now == outcome.simulatedMs)
        #expect(replay.world.eventCount == outcome.events)
    }
}
