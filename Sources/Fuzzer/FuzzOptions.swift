import Lessons
import RaftCore

/// What `raftlab fuzz` explores.
public struct FuzzOptions: Sendable {
    /// Cluster size; nil draws 1 to 9 per seed.
    public var nodes: Int?
    /// A rule to break (one of `UnsafeRules.named`); then a found violation is the expected failure.
    public var unsafe: UnsafeRules?
    /// Schedule actions per seed before the heal phase.
    public var actions: ClosedRange<Int> = 15...40

    public init(nodes: Int? = nil, unsafe: UnsafeRules? = nil) {
        self.nodes = nodes
        self.unsafe = unsafe
    }
}

/// How one seed ended.
public enum FuzzVerdict: Sendable, Equatable {
    case passed
    /// The safety monitor reported these properties broken.
    case violation([String])
    /// The cluster did not converge after the heal phase.
    case liveness(String)

    public var failed: Bool { self != .passed }
}

/// One seed's run: its verdict and the scenario that replays it.
public struct FuzzOutcome: Sendable {
    public var seed: UInt64
    public var verdict: FuzzVerdict
    /// The schedule as a scenario file; on failure it ends with the expectation it missed.
    public var scenario: Scenario
    public var events: Int
    public var simulatedMs: Int
}

extension FuzzOutcome {
    /// The failure file to write at `path`: the scenario, with the line that replays it from
    /// there (issue 10: it named `fuzz-failures/` whatever `--out` said).
    public func file(at path: String) -> Scenario {
        var file = scenario
        file.summary = LocalizedText("replay: raftlab run \(path)")
        return file
    }
}
