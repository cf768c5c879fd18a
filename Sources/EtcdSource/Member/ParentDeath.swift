import Foundation

/// Members die with raftlab, even when raftlab itself is killed by SIGKILL: each runs under
/// util-linux's `setpriv --pdeathsig KILL`, which asks the kernel to kill it when its parent
/// goes (prctl(2) PR_SET_PDEATHSIG, kept across the exec of etcd). The kernel means the parent
/// *thread*; swift-subprocess spawns every child from its one worker thread, which lives as long
/// as raftlab, so a member is never killed when some other thread ends.
public enum ParentDeath {
    /// The command that runs `binary` with `arguments` under `setpriv`, or unchanged when there
    /// is no `setpriv` (a member then outlives a killed raftlab until `TemporaryFolder.sweep`).
    public static func command(binary: String, arguments: [String],
                               setpriv: String? = setpriv) -> (binary: String, arguments: [String]) {
        guard let setpriv else { return (binary, arguments) }
        return (setpriv, ["--pdeathsig", "KILL", "--", binary] + arguments)
    }

    /// `setpriv` on PATH (util-linux, part of every Debian system), or nil; looked up once.
    public static let setpriv = EtcdBinary.onPath("setpriv", environment: ProcessInfo.processInfo.environment)
}
