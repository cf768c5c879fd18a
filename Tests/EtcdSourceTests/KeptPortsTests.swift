import Foundation
import Testing
@testable import EtcdSource

/// `--data DIR` keeps its members' ports, so they find each other again (issue 14).
struct KeptPortsTests {
    func folder(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("raftlab-kept-\(name)-\(getpid())").path
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func portsSavedAreLoadedForTheSameMembers() throws {
        let dir = folder("same")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try KeptPorts.load(folder: dir, names: ["neptune", "saturn"]) == nil)
        let plans = [MemberPlan(name: "neptune", dataDirectory: dir + "/neptune", clientPort: 1, peerPort: 2, relayPort: 3),
                     MemberPlan(name: "saturn", dataDirectory: dir + "/saturn", clientPort: 4, peerPort: 5, relayPort: 6)]
        try KeptPorts.save(plans, folder: dir)
        let kept = try #require(try KeptPorts.load(folder: dir, names: ["neptune", "saturn"]))
        #expect(kept.map(\.relay) == [3, 6])
        #expect(kept.map(\.client) == [1, 4])
        #expect(throws: KeptPorts.Problem.otherMembers(dir, ["neptune", "saturn"])) {
            try KeptPorts.load(folder: dir, names: ["neptune", "saturn", "jupiter"])
        }
    }

    @Test func membersWithoutTheirPortsAreRefused() throws {
        let dir = folder("unknown")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/saturn", withIntermediateDirectories: true)
        #expect(throws: KeptPorts.Problem.portsNotKept(dir)) { try KeptPorts.load(folder: dir, names: ["neptune", "saturn"]) }
    }
}
