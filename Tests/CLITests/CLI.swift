import Foundation
import Testing

/// Runs the `raftlab` executable that `swift test` built next to the test runner.
enum CLI {
    /// The repository root (this file is `Tests/CLITests/CLI.swift`).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where the binary was looked for, for the message when it is missing.
    static let candidates: [URL] = {
        var dirs: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            dirs.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        if let exe = Bundle.main.executableURL { dirs.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        dirs.append(Bundle.main.bundleURL.deletingLastPathComponent())
        dirs.append(Bundle.main.bundleURL)
        // macOS: .../debug/raftlabPackageTests.xctest/Contents/MacOS/raftlabPackageTests
        dirs += dirs.filter { $0.path.hasSuffix("Contents/MacOS") }
            .map { $0.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
        return dirs.map { $0.appendingPathComponent("raftlab") }
    }()

    /// The built `raftlab` executable, if found.
    static let binary: URL? = candidates.first { url in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }

    /// The output of one run.
    struct Result: CustomStringConvertible {
        var status: Int32
        var reason: Process.TerminationReason
        var stdout: String
        var stderr: String

        /// Standard output split into lines, without the final empty one.
        var lines: [String] {
            var out = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if out.last == "" { out.removeLast() }
            return out
        }

        /// Exited by itself (no signal, no crash).
        var exited: Bool { reason == .exit }

        var description: String {
            "exit \(status) (\(reason == .exit ? "exit" : "signal"))\n--- stdout:\n\(stdout)--- stderr:\n\(stderr)"
        }
    }

    /// Runs `raftlab ARGS` in `directory` (default: the repository root), in English unless
    /// `environment` says otherwise; stdout and stderr go to files, so nothing can block.
    /// `executable` runs another copy of raftlab instead of the built one.
    static func run(_ arguments: [String], in directory: URL = root,
                    environment: [String: String] = [:], executable: URL? = nil) throws -> Result {
        let binary = try executable ?? #require(binary, "raftlab binary not found; looked at \(candidates.map(\.path))")
        let outputs = try TemporaryDirectory()
        defer { outputs.remove() }
        let outURL = outputs.url.appendingPathComponent("stdout")
        let errURL = outputs.url.appendingPathComponent("stderr")
        for url in [outURL, errURL] {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { env.removeValue(forKey: key) }
        env["LANG"] = "C.UTF-8"
        env.merge(environment) { _, new in new }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus, reason: process.terminationReason,
                      stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}

/// A fresh directory under the system's temporary directory.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("raftlab-clitests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    /// Writes `text` to `name` in the directory; returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Scenario files of the repository that `raftlab check` must pass.
enum RepositoryScenarios {
    /// The lessons: `scenarios/*.yaml` (none yet is fine).
    static var lessons: [String] { yamlFiles(in: CLI.root.appendingPathComponent("scenarios"), recursive: true) }

    /// The test scenarios: `Tests/**/scenarios/*.yaml`.
    static var tests: [String] {
        let tests = CLI.root.appendingPathComponent("Tests")
        let found = FileManager.default.enumerator(atPath: tests.path)?.compactMap { $0 as? String } ?? []
        let dirs = found.filter { ($0 as NSString).lastPathComponent == "scenarios" }
            .map { tests.appendingPathComponent($0) }
            .filter { isDirectory($0) }
        return dirs.flatMap { yamlFiles(in: $0, recursive: false) }.sorted()
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func yamlFiles(in dir: URL, recursive: Bool) -> [String] {
        guard isDirectory(dir) else { return [] }
        let names: [String]
        if recursive {
            names = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
        } else {
            names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { dir.appendingPathComponent($0).path }.sorted()
    }
}

extension String {
    /// Holds a Hangul syllable.
    var hasHangul: Bool { unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
}
