import Foundation
import Testing

/// `raftlab fuzz --out DIR` then `raftlab run` of the file it wrote (issue 10, "Fuzz failure
/// files"): the replay line names DIR, and a seed with Pre-Vote and CheckQuorum on fails again
/// from its file at the step and with the properties the fuzzer found.
struct FuzzReplayCommandTests {
    @Test func aPreVoteCheckQuorumSeedReplaysFromWhereItWasWritten() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let fuzz = try CLI.run(["fuzz", "--seeds", "1", "--from", "105", "--unsafe", "vote_without_log_check",
                                "--out", "elsewhere/found"], in: dir.url)
        #expect(fuzz.exited && fuzz.status == 1, "\(fuzz)")
        let file = "elsewhere/found/seed-105.yaml"
        #expect(fuzz.stdout.contains("seed 105: FAIL safety violation: leader_completeness -> \(file)\n"), "\(fuzz)")
        #expect(fuzz.stdout.contains("  replay: raftlab run \(file) "), "\(fuzz)")
        #expect(!fuzz.stdout.contains("does not reproduce"), "\(fuzz)")
        let yaml = try String(contentsOfFile: dir.path + "/" + file, encoding: .utf8)
        #expect(yaml.contains("summary: \"replay: raftlab run \(file)\"\n"), "\(yaml)")
        #expect(yaml.contains("prevote: true") && yaml.contains("check_quorum: true"), "\(yaml)")

        let replay = try CLI.run(["run", file], in: dir.url)
        #expect(replay.exited && replay.status == 1, "\(replay)")
        let steps = yaml.split(separator: "\n").filter { $0.hasPrefix("  - ") }.count
        #expect(replay.lines.last?.hasPrefix("FAIL \(file): step \(steps) ") == true, "\(replay)")
        #expect(replay.lines.last?.hasSuffix(": expect: violations: expected 0, found 1") == true, "\(replay)")
        #expect(replay.stdout.contains("leader_completeness"), "\(replay)")
    }
}
