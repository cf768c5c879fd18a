import Foundation
import Testing

/// `--mode both` is a sandbox view only (issue 12, item 4): `--record` with it is refused
/// before the session, exit 2, in words; `--mode` names the three modes.
struct BothModeCommandTests {
    @Test func recordingBothIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["--mode", "both", "--record", "f.yaml"], in: dir.url)
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr.contains("--mode both is a sandbox view only: record with --mode raft or --mode kafka"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/f.yaml"), "nothing written")
    }

    @Test func bothIsAMode() throws {
        let help = try CLI.run(["sandbox", "--help"])
        #expect(help.stdout.contains("both"), "\(help)")
        let wrong = try CLI.run(["--mode", "all"])
        #expect(wrong.exited && wrong.status == 2, "\(wrong)")
        #expect(wrong.stderr.contains("raft") && wrong.stderr.contains("kafka") && wrong.stderr.contains("both"), "\(wrong)")
    }

    /// Without a terminal, both mode says so as the other modes do (after the arguments pass).
    @Test func bothNeedsATerminal() throws {
        let result = try CLI.run(["--mode", "both"])
        #expect(result.exited && result.status == 1, "\(result)")
        #expect(result.stderr.contains("the live view needs a terminal"), "\(result)")
    }
}
