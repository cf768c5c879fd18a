import Foundation
import Testing

/// `raftlab fuzz --mode kafka` (issue 12, item 6): its flags, its summary and reproduce lines.
struct KafkaFuzzCommandTests {
    @Test func safeKafkaSeedsPass() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["fuzz", "--seeds", "10", "--mode", "kafka"], in: dir.url)
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.lines.last?.hasPrefix("fuzz: 10 seeds from 1, 0 failed, ") == true, "\(result)")
        #expect(result.lines.last?.hasSuffix("(kafka)") == true, "\(result)")
    }

    @Test func noLeaderEpochsIsFoundAndReproducible() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("failures").path
        let result = try CLI.run(["fuzz", "--seeds", "1", "--from", "10", "--mode", "kafka", "--leader-epochs", "off",
                                  "--out", out], in: dir.url)
        #expect(result.exited && result.status == 1, "\(result)")
        #expect(result.stdout.contains("seed 10: FAIL safety violation: committed_kept"), "\(result)")
        #expect(result.stdout.contains("reproduce: raftlab fuzz --seeds 1 --from 10 --mode kafka --leader-epochs off"), "\(result)")
        #expect(result.lines.last?.hasSuffix("(kafka; unsafe: no leader epochs)") == true, "\(result)")
        let check = try CLI.run(["check", "\(out)/seed-10.yaml"])
        #expect(check.status == 1 && check.lines.last == "0 passed, 1 failed", "\(check)")
    }

    @Test(arguments: [["--mode", "kafka", "--unsafe", "vote_twice"], ["--leader-epochs", "off"], ["--unclean-election"]])
    func kafkaAndRaftOptionsDoNotMix(_ options: [String]) throws {
        let result = try CLI.run(["fuzz", "--seeds", "1"] + options)
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr.contains("kafka"), "\(result)")
    }
}
