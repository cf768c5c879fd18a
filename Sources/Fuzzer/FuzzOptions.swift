import Lessons
import RaftSim
import RaftCore

/// What `raftlab fuzz` explores.
public struct FuzzOptions: Sendable {
    /// Cluster size; nil draws 1 to 9 per seed.
    public var nodes: Int?
    /// A rule to break (one of `UnsafeRules.named`); then a found violation is the expected failure.
    public var unsafe: UnsafeRules?
    /// Schedule actions per seed before the heal phase.
    public var actions: ClosedRange<Int> = 15...40
    /// Raft or a Kafka partition (issue 12).
    public var mode: ClusterMode = .raft
    /// Kafka mode: unclean leader election on (unsafe: `committed_kept` is expected to break).
    public var uncleanElection = false
    /// Kafka mode: truncation by leader epoch (KIP-101); off is unsafe.
    public var leaderEpochs = true
    /// Raft past the basic algorithm (raft-extensions.md): `snapshot_every` and `cluster.voters`
    /// drawn per seed, and snapshots, reads, transfers and membership changes in the schedule.
    /// Off, seeds run the basic algorithm's operations only (every node a voter, no snapshots).
    public var extensions = true

    public init(nodes: Int? = nil, unsafe: UnsafeRules? = nil, mode: ClusterMode = .raft,
                uncleanElection: Bool = false, leaderEpochs: Bool = true, extensions: Bool = true) {
        self.nodes = nodes
        self.unsafe = unsafe
        self.mode = mode
        self.uncleanElection = uncleanElection
        self.leaderEpochs = leaderEpochs
        self.extensions = extensions
    }

    /// Whether a found violation is the expected failure (a rule or a setting broken on purpose).
    public var unsafeOnPurpose: Bool { unsafe != nil || uncleanElection || !leaderEpochs }
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
