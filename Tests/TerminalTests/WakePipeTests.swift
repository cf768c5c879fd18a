import Glibc
import Testing
@testable import Terminal

/// A wake after the pipe is closed (a runtime or a cluster still reporting while the session
/// ends) writes nowhere, not into the file that now has the descriptor.
struct WakePipeTests {
    @Test func aWakeAfterCloseWritesNowhere() throws {
        // Another test's thread may take the freed descriptors first: try until ours get them.
        for _ in 0..<50 {
            let old = try WakePipe()
            old.close()
            var fds: [Int32] = [-1, -1]
            try #require(pipe(&fds) == 0)  // the lowest free descriptors: the ones just closed
            defer { fds.forEach { _ = Glibc.close($0) } }
            guard Set(fds) == Set([old.readFD, old.writeFD]) else { continue }
            old.wake()
            old.close()  // twice: closes nothing of the new pipe's
            _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
            var byte: UInt8 = 0
            #expect(read(fds[0], &byte, 1) == -1 && errno == EAGAIN, "the late wake wrote into the new pipe")
            #expect(fcntl(fds[1], F_GETFD) != -1, "the second close closed the new pipe")
            return
        }
        Issue.record("the closed pipe's descriptors were never reused: nothing shown")
    }
}
