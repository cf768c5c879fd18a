import ArgumentParser
import Foundation
import Terminal
import Words

/// The terminal for the live view, or why not: a terminal that cannot draw (TERM=dumb,
/// unknown, unset) is told so before curses takes it, and exits 2 (issue 10).
enum LiveTerminal {
    /// Exits 1 unless standard input and output are a terminal: "`what` needs a terminal", and
    /// what to do without one (`instead`, lines of its own).
    static func require(_ what: String, instead: String? = nil) throws {
        guard isatty(0) != 1 || isatty(1) != 1 else { return }
        let missing = isatty(1) == 1 ? "input" : "output"
        printError("raftlab: \(what) needs a terminal, and standard \(missing) is not one." + (instead.map { "\n" + $0 } ?? ""))
        throw ExitCode(1)
    }

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

    /// The language the screen can show: Korean needs a UTF-8 locale (the ASCII fallback
    /// would draw every syllable as `?`), so without one the screen speaks English and the
    /// log says why (issue 10).
    static func language(_ wanted: Lang, on session: TerminalSession) -> Lang {
        guard wanted != .en, !session.backend.unicode else { return wanted }
        session.log.write("\(wanted.rawValue) needs a UTF-8 locale (LANG=C.UTF-8 or ko_KR.UTF-8); showing English")
        return .en
    }
}
