import Testing
@testable import Terminal

/// A terminal that cannot draw is told so (issue 10): terminfo is asked before curses starts.
struct TerminalCheckTests {
    @Test func aFullScreenTerminalCanDraw() {
        #expect(TerminalCheck.problem(environment: ["TERM": "xterm"]) == nil)
        #expect(TerminalCheck.problem(environment: ["TERM": Tmux.terminal]) == nil)
    }

    @Test(arguments: ["dumb", "no-such-terminal-here", ""])
    func otherTerminalsAreRefusedWithAReason(_ term: String) throws {
        let problem = try #require(TerminalCheck.problem(environment: term.isEmpty ? [:] : ["TERM": term]))
        #expect(problem.contains(term.isEmpty ? "TERM is not set" : "TERM=\(term)"))
    }

    @Test func controlCharactersInTERMAreShownEscaped() throws {
        let problem = try #require(TerminalCheck.problem(environment: ["TERM": "x\u{1B}[2J"]))
        #expect(!problem.contains("\u{1B}") && problem.contains("x\\u{1B}[2J"))
    }
}

/// The live view on such a terminal: a message, exit 2, and the screen never taken.
@Suite(.serialized, .enabled(if: Tmux.executable != nil, "tmux is not installed"))
struct CannotDrawEndToEndTests {
    @Test(arguments: [["env", "TERM=dumb"], ["env", "TERM=no-such-terminal-here"], ["env", "-u", "TERM"]])
    func aTerminalThatCannotDrawGetsAMessage(_ prefix: [String]) throws {
        let tmux = try Tmux(width: 100, height: 30, arguments: ["--seed", "1"], prefix: prefix)
        defer { tmux.close() }
        #expect(try tmux.exitStatus() == 2)
        let screen = try tmux.capture(history: true)
        #expect(screen.contains("raftlab: ") && screen.contains("raftlab run FILE"), "\(screen)")
        try EndToEndTests.expectRestored(tmux)
    }
}
