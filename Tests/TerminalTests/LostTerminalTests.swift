import Foundation
import Glibc
import Testing

/// The session ends whatever ends the terminal (issue 10): a pane that goes away without a
/// SIGHUP (input at end of file), and SIGHUP, SIGTERM or `q` while the world is busy.
@Suite(.serialized, .enabled(if: Tmux.executable != nil, "tmux is not installed"))
struct LostTerminalTests {
    /// raftlab's process: the pane shell's child.
    static func raftlabPID(_ tmux: Tmux) throws -> pid_t {
        let shell = try #require(Int32(try tmux.display("#{pane_pid}")))
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return try #require(children.split(separator: " ").compactMap { Int32($0) }.first)
    }

    /// Whether `pid` has exited (gone, or a zombie not yet reaped).
    static func exited(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    /// Polls until `pid` exits, with a deadline; kills it if it does not (a test never leaves it spinning).
    static func waitForExit(_ pid: pid_t, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if exited(pid) { return true }
            usleep(50_000)  // a poll interval, not a wait for something
        } while Date() < deadline
        kill(pid, SIGKILL)
        return false
    }

    /// In a session of its own, raftlab gets no SIGHUP when its pane is killed: it must
    /// notice that its input is gone, and stop through the main loop as a hang-up.
    @Test func aTerminalThatGoesAwayEndsTheSession() throws {
        let tmux = try Tmux(width: 100, height: 30, arguments: ["--seed", "2"], prefix: ["setsid"])
        defer { tmux.close() }
        try EndToEndTests.waitForLiveView(tmux)
        let raftlab = try Self.raftlabPID(tmux)
        try tmux.tmux(["kill-server"])
        #expect(Self.waitForExit(raftlab), "raftlab \(raftlab) still runs after its terminal went away")
        let log = (try? String(contentsOf: tmux.dir.appendingPathComponent("state/raftlab/raftlab.log"), encoding: .utf8)) ?? ""
        #expect(log.contains("stopped by signal 1"), "log:\n\(log)")
    }

    /// Nine nodes at the fastest speed the parser accepts: the keys and signals still end it.
    @Test(arguments: ["q", "HUP", "TERM"])
    func aBusyWorldStillStops(_ how: String) throws {
        let tmux = try Tmux(width: 120, height: 36, arguments: ["--nodes", "9", "--speed", "1000"])
        defer { tmux.close() }
        try EndToEndTests.waitForLiveView(tmux)
        // The world cannot keep up: its work per tick is bounded, and the header says so.
        try tmux.wait("the speed reached") { $0.contains(/speed ×1000 \(×[0-9.]+ reached\)/) ? true : nil }
        switch how {
        case "q": try tmux.send("q")
        case "HUP": #expect(kill(try Self.raftlabPID(tmux), SIGHUP) == 0)
        default: #expect(kill(try Self.raftlabPID(tmux), SIGTERM) == 0)
        }
        #expect(try tmux.exitStatus() == ["q": 0, "HUP": 129, "TERM": 143][how])
        try EndToEndTests.expectRestored(tmux)
    }
}
