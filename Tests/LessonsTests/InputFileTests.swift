import Foundation
import Testing
@testable import Lessons

/// Scenario files that are not small regular UTF-8 files (issue 10, "Input files"; scenario
/// format, "Limits"): refused before they are read, with the path and the reason.
struct InputFileTests {
    static let scenario = "title: A leader is elected\nsteps:\n  - wait: {leader: any}\n"

    func directory() throws -> String {
        let path = NSTemporaryDirectory() + "raftlab-input-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func loadError(_ path: String) -> ScenarioError? {
        do {
            _ = try ScenarioLoader.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFileOverOneMiBIsRefusedWithItsSize() throws {
        let path = try directory() + "/big.yaml"
        let padding = String(repeating: "#", count: (1 << 20) - Self.scenario.utf8.count) + "\n"
        try (Self.scenario + padding).write(toFile: path, atomically: false, encoding: .utf8)
        let error = try #require(loadError(path))
        #expect(error.description == "\(path):1:1: file: cannot read: is 1048577 bytes, over the limit of 1 MiB")
    }

    @Test func aFileOfExactlyOneMiBLoads() throws {
        let path = try directory() + "/full.yaml"
        let padding = String(repeating: "#", count: (1 << 20) - Self.scenario.utf8.count - 1) + "\n"
        try (Self.scenario + padding).write(toFile: path, atomically: false, encoding: .utf8)
        #expect(loadError(path) == nil)
    }

    @Test func aLeadingByteOrderMarkIsAccepted() throws {
        let path = try directory() + "/bom.yaml"
        try ("\u{FEFF}" + Self.scenario).write(toFile: path, atomically: false, encoding: .utf8)
        let scenario = try ScenarioLoader.load(path: path)
        #expect(scenario.title.resolve("en") == "A leader is elected")
    }

    /// Opening a FIFO with no writer blocks; it is refused from `stat` alone.
    @Test func aFifoIsRefusedWithoutBlocking() throws {
        let path = try directory() + "/pipe.yaml"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(loadError(path)?.message == "cannot read: is a FIFO, not a regular file")
    }

    /// `/dev/zero` never ends: it is refused, never read.
    @Test func aDeviceIsRefusedWithoutReading() {
        #expect(loadError("/dev/zero")?.message == "cannot read: is a device, not a regular file")
    }

    @Test func aDirectoryIsNotAFile() throws {
        let path = try directory()
        #expect(loadError(path)?.message == "cannot read: is a directory, not a regular file")
    }

    @Test func aMissingFileSaysSo() throws {
        let path = try directory() + "/missing.yaml"
        #expect(loadError(path)?.message == "cannot read: No such file or directory")
    }
}

/// `raftlab check` on paths that hold no scenario to check is an error (exit 2), never a pass.
struct CheckPathTests {
    func directory() throws -> String {
        let path = NSTemporaryDirectory() + "raftlab-checkpaths-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func anEmptyDirectoryIsAnError() throws {
        let path = try directory()
        let report = Checker.check(paths: [path])
        #expect(report.exitCode == 2)
        #expect(report.results.map(\.path) == [path])
        #expect(Checker.line(path: path, report.results[0].result)
                == "\(path):1:1: file: no scenario files (.yaml, .yml) in this directory")
    }

    @Test func aDirectoryWithoutScenarioFilesIsAnError() throws {
        let path = try directory()
        try "not a scenario".write(toFile: path + "/notes.txt", atomically: false, encoding: .utf8)
        #expect(Checker.check(paths: [path]).exitCode == 2)
    }

    @Test func aPathThroughAFileIsAnError() throws {
        let file = try directory() + "/a.yaml"
        try InputFileTests.scenario.write(toFile: file, atomically: false, encoding: .utf8)
        let report = Checker.check(paths: [file + "/b.yaml"])
        #expect(report.exitCode == 2)
    }

    /// Root reads every directory, so this runs only for other users.
    @Test(.enabled(if: getuid() != 0, "root can list any directory"))
    func anUnreadableDirectoryIsAnError() throws {
        let path = try directory()
        try InputFileTests.scenario.write(toFile: path + "/a.yaml", atomically: false, encoding: .utf8)
        chmod(path, 0)
        defer { chmod(path, 0o700) }
        let report = Checker.check(paths: [path])
        #expect(report.exitCode == 2)
        #expect(report.failed == 1)
    }

    @Test func nestedFilesKeepTheirSortedOrder() throws {
        let path = try directory()
        try FileManager.default.createDirectory(atPath: path + "/a", withIntermediateDirectories: true)
        for name in ["a/x.yaml", "b.yml", "a.yaml"] {
            try InputFileTests.scenario.write(toFile: "\(path)/\(name)", atomically: false, encoding: .utf8)
        }
        #expect(ScenarioFiles.expand([path]) == ["\(path)/a.yaml", "\(path)/a/x.yaml", "\(path)/b.yml"])
    }
}
