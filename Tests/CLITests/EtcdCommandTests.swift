import Foundation
import Testing

/// `raftlab etcd`'s refusals before anything starts (issue 14): no etcd, bad flags.
struct EtcdCommandTests {
    @Test func withoutEtcdItSaysHowToInstallItAndExits2() throws {
        let result = try CLI.run(["etcd"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("apt-get install -y etcd-server"), "\(result)")
        let named = try CLI.run(["etcd", "--etcd", "/nonexistent/etcd"])
        #expect(named.status == 2)
        #expect(named.stderr.contains("--etcd /nonexistent/etcd: not an executable file"), "\(named)")
    }

    @Test(arguments: [
        (["--nodes", "6"], "--nodes must be from 1 to 5"),
        (["--election", "1000", "--heartbeat", "300"], "at least 5 times --heartbeat"),
        (["--endpoints", "localhost:2379"], "client URLs with a port, such as http://127.0.0.1:2379"),
        (["--endpoints", "https://127.0.0.1:2379"], "https is not supported"),
        (["--endpoints", "http://127.0.0.1"], "client URLs with a port"),
        (["--endpoints", "http://127.0.0.1:2379", "--tour"], "--tour kills and isolates members"),
        (["--tour", "--nodes", "2"], "--tour needs at least 3 members"),
    ])
    func badFlagsAreUsageErrors(_ flags: [String], _ said: String) throws {
        let result = try CLI.run(["etcd"] + flags)
        #expect(result.status == 64 || result.status == 2, "\(result)")
        #expect(result.stderr.contains(said), "\(result)")
    }

    @Test func withoutATerminalItSaysSoBeforeStartingAnything() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/etcd") else { return }
        let result = try CLI.run(["etcd"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("needs a terminal"), "\(result)")
    }
}
