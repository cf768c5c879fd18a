import Foundation
import Testing
import TestSupport

/// `raftlab check FILE_OR_DIR...` (scenario format, `raftlab check`).
struct CheckCommandTests {
    static let malformedDir = CLI.root.appendingPathComponent("Tests/LessonsTests/malformed")

    /// The malformed corpus, as paths relative to the repository root.
    static let malformed: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: malformedDir.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "Tests/LessonsTests/malformed/\($0)" }
    }()

    static let passing = """
        title: A leader is elected
        steps:
          - wait: {leader: any}
          - expect: {violations: 0}

        """

    static let failing = """
        title: Expects the impossible
        steps:
          - run: 10
          - expect: {term: {Neptune: 99}}

        """

    static let invalid = """
        title: A typo
        steps:
          - heal
          - crash: Jupitr

        """

    @Test func corpusIsThere() {
        #expect(Self.malformed.count >= 15)
    }

    /// Each malformed file alone: exit 2, `path:line:column: key: message`, `0 passed, 1 failed`.
    @Test(arguments: malformed)
    func malformedFileIsRefused(_ path: String) throws {
        let text = try String(contentsOfFile: CLI.root.appendingPathComponent(path).path, encoding: .utf8)
        let expected = try #require(MalformedExpectation(firstLine: text), "\(path) lacks `# expect: LINE:COLUMN KEY`")
        let result = try CLI.run(["check", path])
        #expect(result.exited, "\(result)")
        #expect(result.status == 2, "\(result)")
        #expect(result.lines.count == 2, "\(result)")
        let prefix = "\(path):\(expected.line):\(expected.column): \(expected.key): "
        let line = result.lines.first ?? ""
        #expect(line.hasPrefix(prefix), "expected `\(prefix)...`, got \(result)")
        #expect(line.count > prefix.count, "no message: \(result)")
        #expect(result.lines.last == "0 passed, 1 failed", "\(result)")
    }

    /// The whole corpus at once: one error line per file, in order, then `0 passed, N failed`.
    @Test func malformedDirectoryIsRefused() throws {
        let dir = "Tests/LessonsTests/malformed"
        let result = try CLI.run(["check", dir])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.lines.count == Self.malformed.count + 1, "\(result)")
        for (path, line) in zip(Self.malformed, result.lines) {
            let text = try String(contentsOfFile: CLI.root.appendingPathComponent(path).path, encoding: .utf8)
            let expected = try #require(MalformedExpectation(firstLine: text))
            #expect(line.hasPrefix("\(path):\(expected.line):\(expected.column): \(expected.key): "), "\(line)")
        }
        #expect(result.lines.last == "0 passed, \(Self.malformed.count) failed", "\(result)")
    }

    @Test func passingAndFailingFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pass = try dir.write("a-pass.yaml", Self.passing)
        let fail = try dir.write("b-fail.yaml", Self.failing)
        let result = try CLI.run(["check", dir.path])
        #expect(result.exited && result.status == 1, "\(result)")
        #expect(result.lines == [
            "PASS \(pass)",
            "FAIL \(fail): step 2 (line 4): expect: term Neptune: expected 99, found 0",
            "1 passed, 1 failed",
        ], "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    /// Files given one by one keep their paths as written, and their order.
    @Test func filesAsGiven() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("a-pass.yaml", Self.passing)
        try dir.write("b-fail.yaml", Self.failing)
        let result = try CLI.run(["check", "b-fail.yaml", "a-pass.yaml"], in: dir.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.lines.count == 3, "\(result)")
        #expect(result.lines.first?.hasPrefix("FAIL b-fail.yaml: step 2 (line 4): ") == true, "\(result)")
        #expect(result.lines.dropFirst().first == "PASS a-pass.yaml", "\(result)")
        #expect(result.lines.last == "1 passed, 1 failed", "\(result)")
    }

    /// An invalid file counts as failed, exits 2, and the other files still run.
    @Test func invalidFileAmongOthers() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pass = try dir.write("a-pass.yaml", Self.passing)
        let fail = try dir.write("b-fail.yaml", Self.failing)
        let bad = try dir.write("c-invalid.yaml", Self.invalid)
        let result = try CLI.run(["check", dir.path])
        #expect(result.exited && result.status == 2, "\(result)")
        try #require(result.lines.count == 4, "\(result)")
        #expect(result.lines[0] == "PASS \(pass)")
        #expect(result.lines[1].hasPrefix("FAIL \(fail): step 2 (line 4): "))
        #expect(result.lines[2].hasPrefix("\(bad):4:12: steps[2].crash: "), "\(result.lines[2])")
        #expect(result.lines[3] == "1 passed, 2 failed")
    }

    /// The invalid file first: the files after it still run.
    @Test func invalidFileFirst() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = try dir.write("a-invalid.yaml", Self.invalid)
        let pass = try dir.write("b-pass.yaml", Self.passing)
        let result = try CLI.run(["check", dir.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.lines.count == 3, "\(result)")
        #expect(result.lines.first?.hasPrefix("\(bad):4:12: steps[2].crash: ") == true, "\(result)")
        #expect(result.lines.dropFirst().first == "PASS \(pass)", "\(result)")
        #expect(result.lines.last == "1 passed, 1 failed", "\(result)")
    }

    @Test func missingFileIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pass = try dir.write("pass.yaml", Self.passing)
        let missing = dir.url.appendingPathComponent("missing.yaml").path
        let result = try CLI.run(["check", missing, pass])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.lines.first?.hasPrefix("\(missing):1:1: file: ") == true, "\(result)")
        #expect(result.lines.dropFirst().first == "PASS \(pass)", "\(result)")
        #expect(result.lines.last == "1 passed, 1 failed", "\(result)")
    }

    /// A directory with nothing to check is exit 2 (issue 10: it was exit 0, "0 passed").
    @Test func aDirectoryWithNoScenarioFilesIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("notes.txt", "not a scenario")
        let result = try CLI.run(["check", dir.path])
        #expect(result.exited && result.status == 2, "\(result)")
        #expect(result.lines.first == "\(dir.path):1:1: file: no scenario files (.yaml, .yml) in this directory",
                "\(result)")
    }

    @Test func allPassing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let a = try dir.write("a.yaml", Self.passing)
        let b = try dir.write("b.yml", Self.passing)
        try dir.write("notes.txt", "not a scenario")
        let result = try CLI.run(["check", dir.path])
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.lines == ["PASS \(a)", "PASS \(b)", "2 passed, 0 failed"], "\(result)")
    }

    /// The lessons in `scenarios/` (skipped while there are none).
    @Test(.enabled(if: !RepositoryScenarios.lessons.isEmpty, "no lessons in scenarios/ yet"))
    func lessonsPass() throws {
        try expectAllPass(RepositoryScenarios.lessons)
    }

    /// `Tests/**/scenarios/*.yaml`.
    @Test func testScenariosPass() throws {
        let files = RepositoryScenarios.tests
        #expect(!files.isEmpty)
        try expectAllPass(files)
    }

    func expectAllPass(_ files: [String]) throws {
        let result = try CLI.run(["check"] + files)
        #expect(result.exited && result.status == 0, "\(result)")
        for path in files {
            // `FAIL path: step N (line L): ...` or `path:line:column: key: message` when it fails.
            let line = result.lines.first { $0 == "PASS \(path)" } ?? result.lines.first { $0.contains(path) }
            #expect(line == "PASS \(path)")
        }
        #expect(result.lines.last == "\(files.count) passed, 0 failed")
    }
}

