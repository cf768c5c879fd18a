import Foundation
import Testing

/// `--record FILE` and `fuzz --out DIR` refuse a bad path before the session or the seeds
/// start (exit 2, the path and the problem), and write failure files atomically, through
/// links, keeping the mode (issue 10, "Output files").
struct OutputPathCommandTests {
    /// Checked before the terminal is needed: with no terminal, a bad path is still exit 2.
    @Test(arguments: [
        ("/dev/full", "raftlab: --record /dev/full: is a device, not a regular file"),
        ("no/such/dir/x.yaml", "raftlab: --record no/such/dir/x.yaml: the directory no/such/dir does not exist"),
        (".", "raftlab: --record .: is a directory, not a regular file"),
        ("pipe", "raftlab: --record pipe: is a FIFO, not a regular file"),
    ])
    func aBadRecordPathIsRefusedBeforeTheSession(_ path: String, _ message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(mkfifo(dir.url.appendingPathComponent("pipe").path, 0o600) == 0)
        let result = try CLI.run(["--record", path], in: dir.url)
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr == message + "\n", "\(result)")
    }

    @Test(arguments: [
        ("/dev/full", "raftlab: --out /dev/full: is a device, not a directory"),
        ("file", "raftlab: --out file: is a file, not a directory"),
    ])
    func aBadOutDirectoryIsRefusedBeforeTheSeeds(_ out: String, _ message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("file", "not a directory")
        let result = try CLI.run(["fuzz", "--seeds", "1", "--from", "19", "--unsafe", "vote_without_log_check",
                                  "--out", out], in: dir.url)
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr == message + "\n", "\(result)")
        #expect(result.stdout.isEmpty, "no seed ran: \(result)")
    }

    /// A failure file that is a link to a file of mode 600 stays a link; its target, still 600,
    /// gets the content; its replay line names the directory given to `--out`.
    @Test func aFailureFileIsWrittenThroughALinkKeepingItsMode() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let target = try dir.write("kept.yaml", "old")
        chmod(target, 0o600)
        try FileManager.default.createDirectory(atPath: dir.path + "/found", withIntermediateDirectories: true)
        symlink("../kept.yaml", dir.path + "/found/seed-19.yaml")
        let result = try CLI.run(["fuzz", "--seeds", "1", "--from", "19", "--unsafe", "vote_without_log_check",
                                  "--out", "found"], in: dir.url)
        #expect(result.exited && result.status == 1, "\(result)")
        #expect(result.stdout.contains("  replay: raftlab run found/seed-19.yaml "), "\(result)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir.path + "/found/seed-19.yaml")) == "../kept.yaml")
        let text = (try? String(contentsOfFile: target, encoding: .utf8)) ?? ""
        #expect(text.hasPrefix("title: \"fuzz seed 19: violation: "), "\(text)")
        #expect(text.contains("summary: \"replay: raftlab run found/seed-19.yaml\""), "\(text)")
        var info = stat()
        #expect(stat(target, &info) == 0 && info.st_mode & 0o7777 == 0o600)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: dir.path + "/found")) == ["seed-19.yaml"])
    }

    /// A failure file written again keeps its mode (600 stayed 644 before).
    @Test func aFailureFileWrittenAgainKeepsItsMode() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("seed-19.yaml", "old")
        chmod(file, 0o600)
        let result = try CLI.run(["fuzz", "--seeds", "1", "--from", "19", "--unsafe", "vote_without_log_check",
                                  "--out", dir.path], in: dir.url)
        #expect(result.exited && result.status == 1, "\(result)")
        var info = stat()
        #expect(stat(file, &info) == 0 && info.st_mode & 0o7777 == 0o600)
        #expect((try? String(contentsOfFile: file, encoding: .utf8))?.hasPrefix("title: ") == true)
    }

    /// What stands at a failure file's place and is not a regular file is left alone.
    @Test func aFifoInPlaceOfAFailureFileIsLeftAlone() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let fifo = dir.path + "/seed-19.yaml"
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try CLI.run(["fuzz", "--seeds", "1", "--from", "19", "--unsafe", "vote_without_log_check",
                                  "--out", dir.path], in: dir.url)
        #expect(result.exited && result.status == 1, "\(result)")
        #expect(result.stderr.contains("raftlab: cannot write \(fifo): is a FIFO, not a regular file"), "\(result)")
        #expect(!result.stdout.contains("replay: raftlab run") && result.stdout.contains("(not written: see above)"),
                "the summary names no file that is not there: \(result)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }
}
