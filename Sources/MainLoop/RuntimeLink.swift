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

/// One world (`Runtime`) or two (`PairRuntime`, `--mode both`: every command goes to both).
extension LiveLoop: RuntimeLink {}

/// A runtime without threads (tests): commands apply at once, time passes only by `advance`.
public final class SteppedLoop<Core: LiveCore>: RuntimeLink {
    public private(set) var core: Core

    public init(_ core: Core) { self.core = core }

    public func send(_ command: RuntimeCommand) { core.apply(command) }
    public func snapshot() -> RuntimeSnapshot { core.snapshot }
    public func snapshotIfFree() -> RuntimeSnapshot? { core.snapshot }
    public func snapshotsIfFree() -> (RuntimeSnapshot, RuntimeSnapshot?)? { (core.snapshot, core.sideSnapshot) }
    /// Wall time passing.
    public func advance(wallMs: Double) { core.advance(wallMs: wallMs) }
}

/// One world, stepped.
public typealias SteppedRuntime = SteppedLoop<RuntimeCore>
/// Both worlds (`--mode both`), stepped.
public typealias SteppedPairRuntime = SteppedLoop<PairCore>
