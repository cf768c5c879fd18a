import Foundation
import Testing
@testable import EtcdSource

/// The folders of a raftlab killed by SIGKILL are swept by the next start; a living owner's and
/// unowned folders are left (issue 14).
struct TemporaryFolderTests {
    /// A pid that names no process: a child that has ended and been reaped.
    static func deadPID() throws -> pid_t {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        return child.processIdentifier
    }

    @Test func aDeadOwnersFolderAndItsMembersGoALivingOwnersStays() throws {
        let parent = NSTemporaryDirectory() + "raftlab-sweep-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let mine = try TemporaryFolder.make(parent: parent)
        let orphan = parent + "/raftlab-etcd-orphan", unowned = parent + "/raftlab-etcd-unowned"
        for folder in [orphan, unowned] { try FileManager.default.createDirectory(atPath: folder + "/neptune", withIntermediateDirectories: true) }
        try "\(try Self.deadPID())\n".write(toFile: orphan + "/raftlab.pid", atomically: true, encoding: .utf8)
        // A "member" still running from the orphaned folder (as without setpriv).
        let member = Process()
        member.executableURL = URL(fileURLWithPath: "/usr/bin/tail")
        FileManager.default.createFile(atPath: orphan + "/neptune/log", contents: nil)
        member.arguments = ["-f", orphan + "/neptune/log"]
        try member.run()
        let deadline = Date().addingTimeInterval(10)  // until its exec has replaced the command line
        while TemporaryFolder.processes(using: orphan).isEmpty, Date() < deadline { usleep(10_000) }
        #expect(TemporaryFolder.processes(using: orphan) == [member.processIdentifier])

        #expect(TemporaryFolder.sweep(parent: parent) == [orphan])
        member.waitUntilExit()
        #expect(member.terminationReason == .uncaughtSignal && member.terminationStatus == SIGKILL)
        #expect(!FileManager.default.fileExists(atPath: orphan))
        #expect(FileManager.default.fileExists(atPath: mine))
        #expect(FileManager.default.fileExists(atPath: unowned))
        #expect(try String(contentsOfFile: mine + "/raftlab.pid", encoding: .utf8) == "\(getpid())\n")
    }

    @Test func membersRunUnderSetprivWhenThereIsOne() {
        let wrapped = ParentDeath.command(binary: "/usr/bin/etcd", arguments: ["--name", "neptune"], setpriv: "/usr/bin/setpriv")
        #expect(wrapped.binary == "/usr/bin/setpriv")
        #expect(wrapped.arguments == ["--pdeathsig", "KILL", "--", "/usr/bin/etcd", "--name", "neptune"])
        let plain = ParentDeath.command(binary: "/usr/bin/etcd", arguments: ["--name", "neptune"], setpriv: nil)
        #expect(plain.binary == "/usr/bin/etcd" && plain.arguments == ["--name", "neptune"])
    }
}
