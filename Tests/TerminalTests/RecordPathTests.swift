import Foundation
import Glibc
import Lessons
import Testing

/// `raftlab --record FILE` at the end of a real session (tmux): a link to a file of mode 600
/// stays a link, and its target, still 600, gets the recording (issue 10, "Output files").
@Suite(.serialized, .enabled(if: Tmux.executable != nil, "tmux is not installed"))
struct RecordPathTests {
    @Test func aRecordingIsWrittenThroughALinkKeepingTheMode() throws {
        let dir = NSTemporaryDirectory() + "raftlab-recordlink-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "old".write(toFile: dir + "/kept.yaml", atomically: false, encoding: .utf8)
        chmod(dir + "/kept.yaml", 0o600)
        symlink("kept.yaml", dir + "/link.yaml")

        let tmux = try Tmux(width: 120, height: 36, arguments: ["--seed", "1", "--record", dir + "/link.yaml"])
        defer { tmux.close() }
        try EndToEndTests.waitForLiveView(tmux)
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)

        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.yaml")) == "kept.yaml")
        var info = stat()
        #expect(stat(dir + "/kept.yaml", &info) == 0 && info.st_mode & 0o7777 == 0o600)
        #expect(Checker.check(path: dir + "/kept.yaml") == .passed)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: dir).sorted()) == ["kept.yaml", "link.yaml"])
    }
}
