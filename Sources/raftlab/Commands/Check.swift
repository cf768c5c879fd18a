import ArgumentParser
import Lessons

/// `raftlab check PATH...`: runs scenarios headless; one line per file, then `N passed, M failed`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check scenario files: PASS, FAIL with the failed step, or the error in the file.")

    @Argument(help: "Scenario files or directories holding them.")
    var paths: [String]

    func run() throws {
        let report = Checker.check(paths: paths) { path, result in
            print(Checker.line(path: path, result))
        }
        print(report.closingLine)
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
