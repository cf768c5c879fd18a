import Foundation
import Glibc
import Lessons
import Testing

/// `raftlab` in a real terminal (tmux): keys, exit status, and the terminal given back.
@Suite(.serialized, .enabled(if: Tmux.executable != nil, "tmux is not installed"))
struct EndToEndTests {
    static let planets = ["Neptune", "Saturn", "Jupiter"]

    /// Who won each election on the screen, oldest first: the events pane's "X becomes
    /// leader of term T" lines (Describer's text, whole in the enlarged events pane).
    static func leaders(_ screen: Substring) -> [String] {
        screen.matches(of: /(Neptune|Saturn|Jupiter) becomes leader/).map { String($0.1) }
    }

    /// A node other than `crashed` that became leader after the line saying `crashed` crashes.
    static func leader(after crashed: String, _ screen: String) -> String? {
        let lines = screen.split(separator: "\n")
        guard let crash = lines.lastIndex(where: { $0.contains("\(crashed) crashes") }) else { return nil }
        return lines[(crash + 1)...].flatMap { leaders($0) }.last { $0 != crashed }
    }

    /// Whether escape sequences set a colour (SGR 30-38, 40-48, 90-97, 100-107; 39/49 reset it).
    static func setsColour(_ text: String) -> Bool {
        text.matches(of: /\x1B\[([0-9;]*)m/).contains { match in
            match.1.split(separator: ";").compactMap { Int($0) }.contains { code in
                (30...38).contains(code) || (40...48).contains(code) || (90...97).contains(code) || (100...107).contains(code)
            }
        }
    }

    /// The terminal is back to normal: main screen, canonical input, echo.
    static func expectRestored(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try tmux.display("#{alternate_on}") == "0", sourceLocation: sourceLocation)
        let words = tmux.sttyAfterExit.split { $0 == " " || $0 == "\n" || $0 == ";" }
        #expect(words.contains("icanon") && words.contains("echo"), "stty -a: \(tmux.sttyAfterExit)",
                sourceLocation: sourceLocation)
    }

    /// Waits until curses has taken the screen.
    static func waitForLiveView(_ tmux: Tmux) throws {
        try tmux.wait("the live view") { _ in (try? tmux.display("#{alternate_on}")) == "1" ? true : nil }
    }

    @Test(arguments: [false, true])
    func crashALeaderThenQuit(noColor: Bool) throws {
        let tmux = try Tmux(width: 120, height: 36, arguments: ["--seed", "1", "--speed", "0.2", "--record", "session.yaml"],
                            environment: noColor ? ["NO_COLOR": "1"] : [:])
        defer { tmux.close() }
        try Self.waitForLiveView(tmux)
        try tmux.send("V")  // the events pane enlarged: whole lines, one row each at this width
        let first = try tmux.wait("a leader") { Self.leaders(Substring($0)).last }
        try tmux.send("\(Self.planets.firstIndex(of: first)! + 1)", "c")
        try tmux.wait("\(first) crashed") { $0.contains("\(first) crashes") ? true : nil }
        try tmux.wait("another leader") { Self.leader(after: first, $0) }
        try tmux.send("p", "h", "w", "Space", "[", "?")
        if noColor {
            let screen = try tmux.capture(escapes: true)
            #expect(!Self.setsColour(screen), "colour under NO_COLOR:\n\(screen)")
        }
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        try Self.expectRestored(tmux)
        let record = tmux.dir.appendingPathComponent("session.yaml").path
        let result = Checker.check(path: record)
        #expect(result == .passed, "\(result)\n\((try? String(contentsOfFile: record, encoding: .utf8)) ?? "no file")")
    }

    /// Every kind of key the screen reads (function keys, Esc, Enter, overlays, the options
    /// panel, acks, consumer, history), then `q`; the recording of all that still passes.
    /// Korean needs a UTF-8 locale: without one the ASCII fallback would draw `?` for every
    /// syllable, so the screen speaks English (issue 10).
    @Test func koreanWithoutAUTF8LocaleFallsBackToEnglish() throws {
        let tmux = try Tmux(width: 120, height: 36, arguments: ["--seed", "1", "--lang", "ko"],
                            environment: ["LANG": "C", "LC_ALL": "C"])
        defer { tmux.close() }
        try tmux.wait("the English header") { $0.contains("sandbox") && $0.contains("speed") ? true : nil }
        #expect(!(try tmux.capture()).contains("???"))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func everyKindOfKeyThenQuit() throws {
        let tmux = try Tmux(width: 120, height: 36, arguments: ["--seed", "4", "--speed", "0.2", "--record", "keys.yaml"])
        defer { tmux.close() }
        try Self.waitForLiveView(tmux)
        try tmux.send("Tab", "BTab", "PPage", "NPage", "Up", "Down", "Left", "Right", "Enter", "Escape",
                      "o", "Down", "Enter", "Escape", "i", "Escape", "d", "d", "e", "Escape", "m", "x",
                      "a", "k", "t", "s", "2", "c", "r", "W", ".", "+", "-", "<", ">", "[", "]", "Space", "?", "Escape")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        try Self.expectRestored(tmux)
        let record = tmux.dir.appendingPathComponent("keys.yaml").path
        let yaml = (try? String(contentsOfFile: record, encoding: .utf8)) ?? "no file"
        #expect(Checker.check(path: record) == .passed, "\(yaml)")
        #expect(yaml.contains("- configure: "), "\(yaml)")
    }

    @Test func tooSmallShowsTheMessageAndResizingRedraws() throws {
        let tmux = try Tmux(width: 70, height: 20, arguments: ["--seed", "1"])
        defer { tmux.close() }
        // The message names the minimum size, 80x24 (Layout.minWidth, minHeight), in either language.
        let tooSmall: (String) -> Bool? = { $0.contains(/80\s*[x×]\s*24/) ? true : nil }
        try tmux.wait("the too-small message", tooSmall)
        try tmux.tmux(["resize-window", "-t", "0", "-x", "120", "-y", "36"])
        try tmux.wait("the full view after a resize") { screen in
            let lines = screen.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
            return tooSmall(screen) == nil && lines.count >= 4 ? true : nil
        }
        try tmux.tmux(["resize-window", "-t", "0", "-x", "70", "-y", "20"])
        try tmux.wait("the too-small message again", tooSmall)
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        try Self.expectRestored(tmux)
    }

    @Test func controlCRestoresTheTerminal() throws {
        let tmux = try Tmux(width: 100, height: 30, arguments: ["--seed", "2"])
        defer { tmux.close() }
        try Self.waitForLiveView(tmux)
        try tmux.send("C-c")
        #expect(try tmux.exitStatus() == 130)
        try Self.expectRestored(tmux)
    }

    /// SIGTERM exits 143 through the main loop; SIGSEGV (as a crash would raise it) goes
    /// through the C handler, which restores the terminal before the default action.
    @Test(arguments: [SIGTERM, SIGSEGV])
    func signalsRestoreTheTerminal(_ signal: Int32) throws {
        let tmux = try Tmux(width: 100, height: 30, arguments: ["--seed", "3"],
                            environment: ["SWIFT_BACKTRACE": "enable=no"])
        defer { tmux.close() }
        try Self.waitForLiveView(tmux)
        let shell = try #require(Int32(try tmux.display("#{pane_pid}")))
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let raftlab = try #require(children.split(separator: " ").compactMap { Int32($0) }.first)
        #expect(kill(raftlab, signal) == 0)
        #expect(try tmux.exitStatus() == 128 + signal)
        try Self.expectRestored(tmux)
        if signal == SIGSEGV { try tmux.wait("the crash note", history: true) { $0.contains("the terminal was restored") ? true : nil } }
    }
}
