import Foundation
import Testing
import Lessons

/// The same files as `raftlab check` on the repository, through `Checker.check(paths:)`:
/// every lesson in `scenarios/` and every `Tests/**/scenarios/*.yaml` passes.
struct RepositoryScenarioTests {
    @Test func everyRepositoryScenarioPasses() {
        let lessonsDir = CLI.root.appendingPathComponent("scenarios")
        var paths = RepositoryScenarios.isDirectory(lessonsDir) ? [lessonsDir.path] : []
        let testDirs = Set(RepositoryScenarios.tests.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
        paths += testDirs.sorted()
        let expected = RepositoryScenarios.lessons + RepositoryScenarios.tests

        let report = Checker.check(paths: paths)
        #expect(report.results.count == expected.count, "\(report.results.map(\.path)) vs \(expected)")
        #expect(Set(report.results.map(\.path)) == Set(expected))
        for (path, result) in report.results where result != .passed {
            // `FAIL path: step N (line L): ...` or `path:line:column: key: message`.
            Issue.record(Comment(rawValue: Checker.line(path: path, result)))
        }
        #expect(report.exitCode == 0)
        #expect(report.closingLine == "\(expected.count) passed, 0 failed")
    }

    /// The report's own rules on a mix: exit 2 wins over 1, and every file is checked.
    @Test func reportOfAMix() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("a.yaml", CheckCommandTests.passing)
        try dir.write("b.yaml", CheckCommandTests.failing)
        var seen: [String] = []
        let failing = Checker.check(paths: [dir.path]) { path, _ in seen.append(path) }
        #expect(seen == [dir.path + "/a.yaml", dir.path + "/b.yaml"])
        #expect(failing.passed == 1 && failing.failed == 1 && failing.exitCode == 1)
        guard case .failed(let failure) = failing.results.last?.result else {
            Issue.record("b.yaml did not fail: \(String(describing: failing.results.last))")
            return
        }
        #expect(failure.step == 2 && failure.line == 4 && failure.stepName == "expect")

        try dir.write("c.yaml", CheckCommandTests.invalid)
        let invalid = Checker.check(paths: [dir.path])
        #expect(invalid.results.count == 3)
        #expect(invalid.exitCode == 2)
        #expect(invalid.closingLine == "1 passed, 2 failed")
    }
}
