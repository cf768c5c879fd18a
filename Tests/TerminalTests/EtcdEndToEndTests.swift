import Foundation
import Glibc
import Testing

/// `raftlab etcd` in a real terminal with real etcd members (issue 14): a leader on screen, a
/// put acknowledged, and quitting (q or SIGTERM) leaves no etcd process and no folder behind.
/// Skipped, visibly, where etcd is not installed.
@Suite(.serialized, .enabled(if: Tmux.executable != nil && EtcdOnPath.found,
                             "etcd or tmux is not installed (apt-get install -y etcd-server tmux): skipped"))
struct EtcdEndToEndTests {
    /// The etcd processes raftlab `pid` started (their cluster token names it), and their folders.
    static func members(of pid: pid_t) -> [(pid: String, folder: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { $0.allSatisfy(\.isNumber) }.compactMap { entry in
            guard let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let words = String(decoding: data, as: UTF8.self).split(separator: "\0").map(String.init)
            guard words.contains("raftlab-\(pid)"), let k = words.firstIndex(of: "--data-dir"), k + 1 < words.count else { return nil }
            return (entry, URL(fileURLWithPath: words[k + 1]).deletingLastPathComponent().path)
        }
    }

    func startedCluster(_ tmux: Tmux, members count: Int = 3) throws -> (raftlab: pid_t, folder: String) {
        try EndToEndTests.waitForLiveView(tmux)
        try tmux.wait("a leader") { $0.contains("★") && $0.contains("leader") ? true : nil }
        let raftlab = try LostTerminalTests.raftlabPID(tmux)
        let members = Self.members(of: raftlab)
        #expect(members.count == count)
        return (raftlab, try #require(members.first?.folder))
    }

    func expectNothingLeft(_ raftlab: pid_t, _ folder: String) {
        #expect(Self.members(of: raftlab).isEmpty, "etcd members left running")
        #expect(!FileManager.default.fileExists(atPath: folder), "\(folder) left behind")
    }

    @Test func aClusterOnScreenTakesAPutAndQuitLeavesNothing() throws {
        let tmux = try Tmux(width: 100, height: 30, arguments: ["etcd", "--heartbeat", "50", "--election", "500"])
        defer { tmux.close() }
        let (raftlab, folder) = try startedCluster(tmux)
        try tmux.send("w")
        try tmux.wait("the put acknowledged") { $0.contains("put ok 1") ? true : nil }
        try tmux.send("q")
        #expect(try tmux.exitStatus(seconds: 30) == 0)
        try EndToEndTests.expectRestored(tmux)
        expectNothingLeft(raftlab, folder)
    }

    @Test func sigtermStopsTheMembersToo() throws {
        let tmux = try Tmux(width: 100, height: 30, arguments: ["etcd", "--heartbeat", "50", "--election", "500"])
        defer { tmux.close() }
        let (raftlab, folder) = try startedCluster(tmux)
        kill(raftlab, SIGTERM)
        #expect(try tmux.exitStatus(seconds: 30) == 128 + SIGTERM)
        try EndToEndTests.expectRestored(tmux)
        expectNothingLeft(raftlab, folder)
    }

    /// A terminal that goes away (its tmux server killed: SIGHUP, then its shell's hang-up):
    /// the "stopping" line meets a dead terminal (EIO), which once trapped in `FileHandle.write`
    /// and left the members' folder behind.
    @Test func aLostTerminalStopsTheMembersToo() throws {
        let tmux = try Tmux(width: 100, height: 30, arguments: ["etcd", "--heartbeat", "50", "--election", "500"])
        defer { tmux.close() }
        let (raftlab, folder) = try startedCluster(tmux)
        try tmux.tmux(["kill-server"])
        #expect(LostTerminalTests.waitForExit(raftlab), "raftlab \(raftlab) still runs after its terminal went away")
        expectNothingLeft(raftlab, folder)
    }

    /// A raftlab killed by SIGKILL cannot stop anything; its members die with it all the same
    /// (`setpriv --pdeathsig KILL`). Its folder is left for the next `raftlab etcd` to sweep
    /// (`TemporaryFolderTests`); here the test removes it. One member: three would also die of
    /// SIGPIPE, logging their lost peers to the closed pipe, but a lone member logs nothing.
    @Test func aKilledRaftlabTakesItsMembersWithIt() throws {
        let tmux = try Tmux(width: 100, height: 30, arguments: ["etcd", "--nodes", "1", "--heartbeat", "50", "--election", "500"])
        defer { tmux.close() }
        let (raftlab, folder) = try startedCluster(tmux, members: 1)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        kill(raftlab, SIGKILL)
        #expect(LostTerminalTests.waitForExit(raftlab), "raftlab \(raftlab) still runs after SIGKILL")
        let deadline = Date().addingTimeInterval(10)
        while !Self.members(of: raftlab).isEmpty, Date() < deadline { usleep(50_000) }
        #expect(Self.members(of: raftlab).isEmpty, "etcd members outlived a killed raftlab")
    }
}

/// Whether an `etcd` executable is on PATH.
enum EtcdOnPath {
    static let found = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { access("\($0)/etcd", X_OK) == 0 }
}
