import Words

/// `raftlab check`: runs scenarios headless and reports one line per file, then a closing
/// line `N passed, M failed` (scenario format, `raftlab check`).
public enum Checker {
    public enum Result: Sendable, Equatable {
        case passed
        case failed(RunFailure)
        case invalid(ScenarioError)
    }

    public struct Report: Sendable {
        public var results: [(path: String, result: Result)] = []
        public var passed: Int { results.filter { $0.result == .passed }.count }
        public var failed: Int { results.count - passed }
        /// 0 when all passed, 2 when any file could not be loaded, else 1.
        public var exitCode: Int32 {
            if results.contains(where: { if case .invalid = $0.result { true } else { false } }) { return 2 }
            return failed > 0 ? 1 : 0
        }
        public var closingLine: String { "\(passed) passed, \(failed) failed" }
    }

    /// Checks one file.
    public static func check(path: String) -> Result {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: path)
        } catch {
            return .invalid(error)
        }
        var runner = ScenarioRunner(scenario, recording: false)
        if let failure = runner.run() { return .failed(failure) }
        return .passed
    }

    /// A file found is checked; a directory with none is invalid (exit 2).
    static func check(_ found: ScenarioFiles.Found) -> (String, Result) {
        switch found {
        case .file(let path): (path, check(path: path))
        case .problem(let problem):
            (problem.path, .invalid(ScenarioError(file: problem.path, line: 1, column: 1, key: "file",
                                                  message: problem.reason)))
        }
    }

    /// The line `raftlab check` prints for a file.
    public static func line(path: String, _ result: Result) -> String {
        switch result {
        case .passed: "PASS \(ShownText.escaped(path))"
        case .failed(let failure): "FAIL \(ShownText.escaped(path)): \(failure)"
        case .invalid(let error): error.description
        }
    }

    /// Checks every file under `paths`, calling `each` as each one finishes.
    public static func check(paths: [String], each: (String, Result) -> Void = { _, _ in }) -> Report {
        var report = Report()
        for found in ScenarioFiles.find(paths) {
            let (path, result) = check(found)
            each(path, result)
            report.results.append((path, result))
        }
        return report
    }
}
