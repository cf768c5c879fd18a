import Dispatch
import Foundation
import Testing
@testable import EtcdSource

/// A member's process takes a signal even when it is sent before the child has started
/// (`c` or a quit right after `r`), instead of losing it (issue 14).
struct MemberProcessTests {
    @Test func aSignalSentBeforeTheStartIsDelivered() async throws {
        let process = MemberProcess(binary: "/bin/sleep", arguments: ["30"], line: { _ in }, ended: { _ in })
        #expect(process.send(SIGKILL))
        let deadline = DispatchTime.now() + 10
        while !process.hasEnded, DispatchTime.now() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(process.hasEnded, "sleep 30 still runs: the early SIGKILL was lost")
        #expect(!process.send(SIGKILL), "no signal once it has ended")
    }
}
