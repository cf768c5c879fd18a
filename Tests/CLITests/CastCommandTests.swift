import Foundation
import Testing

/// `raftlab cast` and `--cast FILE` from the command line (issue 14, "Recordings"): a
/// recording every line of which parses, the same bytes twice; bad arguments exit 2 with a
/// clear message before anything is recorded.
struct CastCommandTests {
    static let short = "Tests/RecordingTests/scenarios/short-cast.yaml"

    @Test func aCastIsWrittenAndTheSameTwice() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var files: [Data] = []
        for name in ["a.cast", "b.cast"] {
            let result = try CLI.run(["cast", Self.short, "-o", dir.path + "/" + name])
            #expect(result.exited && result.status == 0, "\(result)")
            #expect(result.stdout.hasPrefix("recorded "), "\(result)")
            #expect(result.stdout.contains("asciinema play"), "\(result)")
            files.append(try Data(contentsOf: dir.url.appendingPathComponent(name)))
        }
        #expect(files[0] == files[1])
        let lines = String(decoding: files[0], as: UTF8.self).split(separator: "\n")
        let header = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(header?["version"] as? Int == 2 && header?["width"] as? Int == 80 && header?["height"] as? Int == 24)
        for line in lines.dropFirst() {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [Any], "\(line.prefix(80))")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.cast", "b.cast"],
                "no temporary file left beside them")
    }

    @Test(arguments: [
        (["--size", "79x24"], "--size must be COLUMNSxROWS from 80x24 to 1000x1000, such as 120x36; found 79x24"),
        (["--size", "120by36"], "--size must be COLUMNSxROWS from 80x24 to 1000x1000, such as 120x36; found 120by36"),
        (["--speed", "0"], "--speed must be from 0.1 to 100"),
    ])
    func badOptionsExitTwo(_ options: [String], _ message: String) throws {
        let result = try CLI.run(["cast", Self.short, "-o", "/tmp/never.cast"] + options)
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
    }

    @Test func anUnwritableOutputExitsTwoBeforeRecording() throws {
        let result = try CLI.run(["cast", Self.short, "-o", "no/such/dir/x.cast"])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr == "raftlab: -o no/such/dir/x.cast: the directory no/such/dir does not exist\n", "\(result)")
        #expect(result.stdout.isEmpty)
    }

    /// A scenario that does not load: the loader's `file:line:column` message, exit 2.
    @Test func aBadScenarioGivesTheLoadersMessage() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("bad.yaml", "title: x\nsteps:\n  - say: hi\n  - bogus: 1\n")
        let result = try CLI.run(["cast", path, "-o", dir.path + "/x.cast"])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix(path + ":4:5: "), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/x.cast"))
    }

    /// `--cast` is checked before the terminal is needed: without one, a bad path is still exit 2.
    @Test(arguments: [[String](), ["lesson", "4"]])
    func aBadCastPathIsRefusedBeforeTheSession(_ command: [String]) throws {
        let result = try CLI.run(command + ["--cast", "no/such/dir/x.cast"])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.stderr == "raftlab: --cast no/such/dir/x.cast: the directory no/such/dir does not exist\n", "\(result)")
    }
}
