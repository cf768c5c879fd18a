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
                    child.closedStandardError()
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
    public var hasEnded: Bool { child.hasEnded }

    /// Sends `signal` to the child (under the lock, so never to a reused pid); one sent before
    /// the child has started waits for it (a `c` or a quit right after `r` would otherwise be
    /// lost, leaving a member running that the screen calls killed). False once it has ended.
    @discardableResult
    public func send(_ signal: Int32) -> Bool {
        child.state.withLock { state in
            guard !ChildState.hasEnded(&state) else { return false }
            guard state.pid > 0 else { state.pending.append(signal); return true }
            return kill(state.pid, signal) == 0
        }
    }
}

/// The child's pid while it runs (0: not yet, or no more), whether it ended, whether its
/// standard error has closed, and the signals sent before it started.
final class ChildState: Sendable {
    typealias State = (pid: Int32, ended: Bool, closed: Bool, pending: [Int32])
    let state = Locked<State>((0, false, false, []))

    func started(_ pid: Int32) {
        state.withLock { state in
            state.pid = pid
            for signal in state.pending { kill(pid, signal) }
            state.pending = []
        }
    }
    func closedStandardError() { state.withLock { $0.closed = true } }
    func ended() { state.withLock { $0 = (0, true, true, []) } }

    var hasEnded: Bool { state.withLock { Self.hasEnded(&$0) } }

    /// Ended, or its standard error closed and its pid gone (reaped by swift-subprocess's monitor
    /// thread). swift-subprocess 1.0.2 returns from `run` only after a task of its own has run on
    /// the shared cooperative pool, which a busy test run held for over a minute; the pid is
    /// gone long before. A pid seen gone is forgotten at once, so no signal reaches a reused one.
    static func hasEnded(_ state: inout State) -> Bool {
        if !state.ended, state.closed, state.pid > 0, kill(state.pid, 0) != 0, errno == ESRCH {
            state = (0, true, true, [])
        }
        return state.ended
    }
}

/// Runs the members' tasks on a serial Dispatch queue, outside Swift's cooperative pool, which a
/// process full of blocking work can keep busy for minutes. Serial, because libdispatch gives a
/// serial queue an overcommitting thread, while a concurrent one shares the cooperative pool's
/// few threads and starves with it (seen in CI). The jobs are short: the children are waited
/// for by swift-subprocess's own monitor thread (see `ChildState.hasEnded` for the one step
/// of swift-subprocess that still needs the shared pool).
final class MemberExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = MemberExecutor()
    let queue = DispatchQueue(label: "raftlab.etcd.members")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
