import Dispatch
import Foundation
import Testing
@testable import EtcdSource

/// A member's process takes a signal even when it is sent before the child has started
/// (`c` or a quit right after `r`), and starts even while every shared thread is busy (issue 14).
struct MemberProcessTests {
    @Test func aSignalSentBeforeTheStartIsDelivered() {
        let process = MemberProcess(binary: "/bin/sleep", arguments: ["30"], line: { _ in }, ended: { _ in })
        #expect(process.send(SIGKILL))
        #expect(Self.waitUntilDead(process), "sleep 30 still runs: the early SIGKILL was lost")
    }

    @Test func noSignalOnceItHasEnded() {
        let process = MemberProcess(binary: "/bin/true", arguments: [], line: { _ in }, ended: { _ in })
        #expect(Self.waitUntilDead(process))
        #expect(!process.send(SIGKILL), "no signal once it has ended")
    }

    /// Swift's cooperative pool and Dispatch's concurrent queues share a few threads; a test run
    /// full of blocking work once kept a member from starting for over ten seconds, and its end
    /// from being seen for over a minute.
    @Test func aMemberStartsAndEndsWhileTheSharedThreadsAreBusy() {
        let release = DispatchSemaphore(value: 0)
        let busy = DispatchSemaphore(value: 0)
        let threads = ProcessInfo.processInfo.activeProcessorCount
        for _ in 0..<threads * 2 { DispatchQueue.global().async { busy.signal(); release.wait() } }
        defer { for _ in 0..<threads * 2 { release.signal() } }
        for _ in 0..<threads { _ = busy.wait(timeout: .now() + 1) }
        let process = MemberProcess(binary: "/bin/sleep", arguments: ["30"], line: { _ in }, ended: { _ in })
        process.send(SIGKILL)
        #expect(Self.waitUntilDead(process, seconds: 2), "the member never started while the shared threads were busy")
    }

    /// Polls without the cooperative pool (which the test above holds), to a bounded deadline.
    static func waitUntilDead(_ process: MemberProcess, seconds: Int = 10) -> Bool {
        let deadline = DispatchTime.now() + .seconds(seconds)
        while !process.hasEnded, DispatchTime.now() < deadline { usleep(20_000) }
        return process.hasEnded
    }
}
