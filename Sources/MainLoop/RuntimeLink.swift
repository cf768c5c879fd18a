import RaftRuntime

/// How the main loop reaches the runtime: the threaded `Runtime`, or a `RuntimeCore` driven
/// in step with the loop (tests).
public protocol RuntimeLink: AnyObject {
    func send(_ command: RuntimeCommand)
    func snapshot() -> RuntimeSnapshot
    /// A snapshot, or nil while the runtime is busy with a long piece of work.
    func snapshotIfFree() -> RuntimeSnapshot?
    /// The snapshot and, in `--mode both`, the Kafka side's taken with it; nil while busy.
    func snapshotsIfFree() -> (RuntimeSnapshot, RuntimeSnapshot?)?
}

extension RuntimeLink {
    /// One world: no second side.
    public func snapshotsIfFree() -> (RuntimeSnapshot, RuntimeSnapshot?)? { snapshotIfFree().map { ($0, nil) } }
}

extension Runtime: RuntimeLink {}

/// `--mode both`: every command goes to both worlds; the Raft side is the main snapshot.
extension PairRuntime: RuntimeLink {
    public func snapshot() -> RuntimeSnapshot { pair().raft }
    public func snapshotIfFree() -> RuntimeSnapshot? { pairIfFree()?.raft }
    public func snapshotsIfFree() -> (RuntimeSnapshot, RuntimeSnapshot?)? { pairIfFree().map { ($0.raft, $0.kafka) } }
}

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

/// A pair of runtimes without threads (`--mode both` in tests): commands apply to both at once,
/// time passes only by `advance`.
public final class SteppedPairRuntime: RuntimeLink {
    public private(set) var core: PairCore

    public init(_ core: PairCore) { self.core = core }

    public func send(_ command: RuntimeCommand) { core.apply(command) }
    public func snapshot() -> RuntimeSnapshot { core.raft.snapshot }
    public func snapshotIfFree() -> RuntimeSnapshot? { core.raft.snapshot }
    public func snapshotsIfFree() -> (RuntimeSnapshot, RuntimeSnapshot?)? { (core.raft.snapshot, core.kafka.snapshot) }
    /// Wall time passing, for both worlds.
    public func advance(wallMs: Double) { core.advance(wallMs: wallMs) }
}
