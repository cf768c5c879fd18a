import Foundation
import Testing
@testable import EtcdSource

@Suite struct EtcdBinaryTests {
    @Test func aMissingEtcdSaysHowToInstallIt() {
        let found = EtcdBinary.locate(explicit: nil, environment: ["PATH": "/nonexistent-a:/nonexistent-b"])
        #expect(found == .failure(.notFound))
        #expect(EtcdBinary.Problem.notFound.description.contains("apt-get install -y etcd-server"))
    }

    @Test func anExplicitPathMustBeAnExecutableFile() {
        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("etcd-plain-\(getpid())").path
        FileManager.default.createFile(atPath: plain, contents: Data(), attributes: [.posixPermissions: 0o644])
        defer { try? FileManager.default.removeItem(atPath: plain) }
        #expect(EtcdBinary.locate(explicit: "/etc", environment: [:]) == .failure(.notExecutable("/etc")))
        #expect(EtcdBinary.locate(explicit: plain, environment: [:]) == .failure(.notExecutable(plain)))
        #expect(EtcdBinary.locate(explicit: "/bin/sh", environment: [:]) == .success("/bin/sh"))
    }

    @Test func thePathIsSearchedInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("etcd-path-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("etcd").path
        FileManager.default.createFile(atPath: fake, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        #expect(EtcdBinary.locate(explicit: nil, environment: ["PATH": "/nonexistent:\(folder.path)"]) == .success(fake))
    }
}
