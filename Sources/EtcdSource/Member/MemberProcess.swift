import Dispatch
import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// One running etcd child (swift-subprocess): started in its own process group so the
/// terminal's signals reach raftlab only, its standard error read line by line (zap's JSON
/// lines), and signalled by pid: SIGKILL for a crash, SIGSTOP/SIGCONT for a pause, SIGTERM to stop.
public final class MemberProcess: Sendable {
    private let child = ChildState()

    /// Starts `binary` with `arguments`; `line` receives each standard-error line, `ended` the
    /// end (exit or a failed start, with the reason), on a background task.
    public init(binary: String, arguments: [String],
                line: @escaping @Sendable (String) -> Void,
                ended: @escaping @Sendable (String) -> Void) {
        let child = self.child
        // On threads of its own, not the cooperative pool: a busy pool (a test run) must not
        // keep a member from starting or its lines from being read (SE-0417 executor preference).
        Task.detached(executorPreference: MemberExecutor.shared) {
            var options = PlatformOptions()
            options.processGroupID = 0  // its own group: Ctrl-C in the terminal is raftlab's to handle
            do {
                let result = try await run(.path(FilePath(binary)), arguments: Arguments(arguments),
                                           platformOptions: options, input: .none, output: .discarded,
                                           error: .sequence) { execution in
                    child.started(execution.processIdentifier.value)
                    for try await text in execution.standardError.strings() { line(text) }
                }
                child.ended()
                ended("\(result.terminationStatus)")
            } catch {
                child.ended()
                ended("\(error)")
            }
        }
    }

    /// The pid while running, else nil.
    public var processID: Int32? { child.state.withLock { $0.pid > 0 ? $0.pid : nil } }

    /// Whether the child has ended (or failed to start).
    public var hasEnded: Bool { child.state.withLock { $0.ended } }

    /// Sends `signal` to the child (under the lock, so never to a reused pid); one sent before
    /// the child has started waits for it (a `c` or a quit right after `r` would otherwise be
    /// lost, leaving a member running that the screen calls killed). False once it has ended.
    @discardableResult
    public func send(_ signal: Int32) -> Bool {
        child.state.withLock { state in
            guard !state.ended else { return false }
            guard state.pid > 0 else { state.pending.append(signal); return true }
            return kill(state.pid, signal) == 0
        }
    }
}

/// The child's pid while it runs (0: not yet, or no more), whether it ended, and the signals
/// sent before it started.
final class ChildState: Sendable {
    let state = Locked<(pid: Int32, ended: Bool, pending: [Int32])>((0, false, []))
    func started(_ pid: Int32) {
        state.withLock { state in
            state.pid = pid
            for signal in state.pending { kill(pid, signal) }
            state.pending = []
        }
    }
    func ended() { state.withLock { $0 = (0, true, []) } }
}

/// Runs the members' tasks on Dispatch's own threads (a concurrent queue), outside Swift's
/// cooperative pool, which a process full of blocking work can keep busy for minutes.
final class MemberExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = MemberExecutor()
    let queue = DispatchQueue(label: "raftlab.etcd.members", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
