import RaftRuntime

/// How the main loop reaches the runtime: the threaded `Runtime`, or a `RuntimeCore` driven
/// in step with the loop (tests).
public protocol RuntimeLink: AnyObject {
    func send(_ command: RuntimeCommand)
    func snapshot() -> RuntimeSnapshot
    /// A snapshot, or nil while the runtime is busy with a long piece of work.
    func snapshotIfFree() -> RuntimeSnapshot?
}

extension Runtime: RuntimeLink {}

/// A runtime without threads: commands apply at once, time passes only by `advance`.
public final class SteppedRuntime: RuntimeLink {
    public private(set) var core: RuntimeCore

    public init(_ core: RuntimeCore) { self.core = core }

    public func send(_ command: RuntimeCommand) { core.apply(command) }
    public func snapshot() -> RuntimeSnapshot { core.snapshot }
    public func snapshotIfFree() -> RuntimeSnapshot? { core.snapshot }
    /// Wall time passing.
    public func advance(wallMs: Double) { core.advance(wallMs: wallMs) }
}
