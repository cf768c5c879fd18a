import ArgumentParser
import Terminal

/// The terminal for the live view, or why not: a terminal that cannot draw (TERM=dumb,
/// unknown, unset) is told so before curses takes it, and exits 2 (issue 10).
enum LiveTerminal {
    static func open(environment: [String: String]) throws -> TerminalSession {
        if let problem = TerminalCheck.problem(environment: environment) {
            printError("raftlab: \(problem)\nWithout a terminal, `raftlab run FILE` prints a scenario's transcript.")
            throw ExitCode(2)
        }
        do {
            return try TerminalSession(environment: environment)
        } catch {
            printError("raftlab: \(error)")
            if case .cannotOpen = error { throw ExitCode(2) }
            throw ExitCode(1)
        }
    }
}
