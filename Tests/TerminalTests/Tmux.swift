import Foundation
import Glibc
import Testing

/// A tmux server of its own on a private socket, driving one `raftlab` in one pane
/// (terminal-notes.md, "tmux end-to-end tests"). tmux is started with `posix_spawn`, an
/// empty signal mask and default signal actions (Swift Testing's threads block signals,
/// which children would inherit), output to a file, then `waitpid`.
final class Tmux {
    /// The tmux executable on PATH, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { access($0, X_OK) == 0 }
    }()

    /// The built `raftlab`, next to the test runner (`swift test` builds executables too).
    static let raftlab: String? = {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let path = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("raftlab").path
        return access(path, X_OK) == 0 ? path : nil
    }()

    /// A terminal type this machine has a terminfo entry for (256 colours if possible).
    static let terminal: String = {
        let dirs = ["/usr/share/terminfo", "/lib/terminfo", "/etc/terminfo"]
        for name in ["tmux-256color", "screen-256color"] {
            if dirs.contains(where: { access("\($0)/\(name.prefix(1))/\(name)", R_OK) == 0 }) { return name }
        }
        return "screen"
    }()

    let dir: URL
    var socket: String { dir.appendingPathComponent("tmux.sock").path }
    /// Files the pane's script writes once raftlab has exited.
    var statusFile: URL { dir.appendingPathComponent("status") }
    var sttyFile: URL { dir.appendingPathComponent("stty") }

    /// Starts `raftlab ARGUMENTS` in a WIDTHxHEIGHT pane; `environment` is added to the pane's;
    /// `prefix` runs it (`setsid`: in a session of its own, so no SIGHUP when the pane goes).
    init(width: Int, height: Int, arguments: [String], environment: [String: String] = [:],
         prefix: [String] = []) throws {
        let binary = try #require(Self.raftlab, "raftlab is not built next to the test runner")
        dir = URL(fileURLWithPath: "/tmp/raftlab-e2e-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let config = """
            set -g status off
            set -g remain-on-exit on
            set -s escape-time 0
            set -g default-terminal \(Self.terminal)
            set -g history-limit 200
            """
        try config.write(to: dir.appendingPathComponent("tmux.conf"), atomically: true, encoding: .utf8)
        let quoted = (prefix + [binary] + arguments).map(Self.shellQuote).joined(separator: " ")
        let script = """
            # The shell outlives Ctrl-C and SIGTERM to report raftlab's status; no core files.
            trap : INT TERM
            ulimit -c 0
            cd \(Self.shellQuote(dir.path)) || exit 1
            \(quoted)
            code=$?
            stty -a > \(Self.shellQuote(sttyFile.path)) 2>&1
            echo "$code" > \(Self.shellQuote(statusFile.path)).tmp
            mv \(Self.shellQuote(statusFile.path)).tmp \(Self.shellQuote(statusFile.path))
            """
        try script.write(to: dir.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        var pane = ["LANG": "C.UTF-8", "XDG_STATE_HOME": dir.appendingPathComponent("state").path]
        pane.merge(environment) { _, new in new }
        let env = pane.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try tmux(["-f", dir.appendingPathComponent("tmux.conf").path, "new-session", "-d", "-x", "\(width)",
                  "-y", "\(height)"] + env + ["sh " + Self.shellQuote(dir.appendingPathComponent("run.sh").path)])
    }

    /// Runs `tmux -u -S SOCKET ARGUMENTS`; returns its output, throws on a non-zero exit.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let tmux = try #require(Self.executable, "tmux is not installed")
        let output = dir.appendingPathComponent("tmux-output-\(UUID().uuidString.prefix(8))").path
        defer { unlink(output) }
        let status = try Self.spawn([tmux, "-u", "-S", socket] + arguments, output: output)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TmuxFailure(arguments: arguments, status: status, output: text) }
        return text
    }

    /// The pane's text (`escapes`: with colour and attribute escape sequences; `history`:
    /// with the lines scrolled off the top, joined where they wrapped).
    func capture(escapes: Bool = false, history: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + (history ? ["-J", "-S", "-"] : []) + ["-t", "0"])
    }

    /// Sends tmux key names (`q`, `Space`, `C-c`, `[`).
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// A pane format such as `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the pane until `found` returns a value, or fails after `seconds` with the last screen.
    @discardableResult
    func wait<T>(_ what: String, seconds: Double = 20, history: Bool = false, _ found: (String) -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        repeat {
            screen = (try? capture(history: history)) ?? screen
            if let value = found(screen) { return value }
            usleep(50_000)  // a poll interval, not a wait for something
        } while Date() < deadline
        Issue.record("waited \(Int(seconds)) s for \(what); the screen:\n\(screen)")
        throw TmuxFailure(arguments: ["wait", what], status: -1, output: screen)
    }

    /// Waits for raftlab to exit; returns its exit status.
    func exitStatus(seconds: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
               let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return code }
            usleep(50_000)
        } while Date() < deadline
        let screen = (try? capture()) ?? ""
        Issue.record("raftlab did not exit within \(Int(seconds)) s; the screen:\n\(screen)")
        throw TmuxFailure(arguments: ["exit"], status: -1, output: screen)
    }

    /// `stty -a` as run in the pane right after raftlab exited.
    var sttyAfterExit: String { (try? String(contentsOf: sttyFile, encoding: .utf8)) ?? "" }

    /// Stops the server and removes the socket and files.
    func close() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: dir)
    }

    /// posix_spawn with an empty signal mask and default actions; waits for the child.
    static func spawn(_ argv: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let args = argv.map { strdup($0) } + [nil]
        let env = environment.map { strdup($0) } + [nil]
        defer { (args + env).forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, argv[0], &actions, &attributes, args, env)
        guard started == 0 else { throw TmuxFailure(arguments: argv, status: started, output: "posix_spawn failed") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw TmuxFailure(arguments: argv, status: errno, output: "waitpid failed") }
        }
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// tmux's own environment: UTF-8, and nothing from a tmux the tests may run inside.
    static let environment: [String] = {
        var env = ProcessInfo.processInfo.environment
        for key in ["TMUX", "TMUX_PANE", "LC_ALL", "LC_CTYPE", "NO_COLOR"] { env.removeValue(forKey: key) }
        env["LANG"] = "C.UTF-8"
        env["TERM"] = env["TERM"] ?? "xterm-256color"
        return env.map { "\($0.key)=\($0.value)" }
    }()

    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A tmux command that failed, with what it printed.
struct TmuxFailure: Error, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var output: String
    var description: String { "tmux \(arguments.joined(separator: " ")): status \(status)\n\(output)" }
}
