import Foundation
import Testing
@testable import Terminal

/// The log is a regular file of its own: a FIFO or a link in its place is passed over, never
/// waited on or written through (issue 10).
struct LogFileTests {
    @Test func aFifoOrALinkInPlaceOfTheLogIsPassedOver() throws {
        let dir = NSTemporaryDirectory() + "raftlab-log-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/fifo.log", 0o600) == 0)
        try "keep".write(toFile: dir + "/target", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.log", withDestinationPath: dir + "/target")
        let log = LogFile(paths: [dir + "/fifo.log", dir + "/link.log", dir + "/real.log"])
        #expect(log.path == dir + "/real.log")
        log.write("hello")
        #expect(try String(contentsOfFile: dir + "/target", encoding: .utf8) == "keep")
    }
}
