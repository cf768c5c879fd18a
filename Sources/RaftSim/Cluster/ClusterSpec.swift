import KafkaCore
import RaftCore

/// Which engine replicates the cluster (kafka-mode.md, "Settings": `mode`).
public enum ClusterMode: String, Sendable, Equatable, CaseIterable {
    case raft, kafka
}

/// How a cluster starts, in either mode: what a scenario's `cluster` or `scene` builds.
public enum ClusterSpec: Sendable, Equatable {
    case raft(WorldSpec)
    case kafka(KafkaWorldSpec)

    public var mode: ClusterMode {
        switch self {
        case .raft: .raft
        case .kafka: .kafka
        }
    }

    /// The nodes' names, by id.
    public var names: [String] {
        switch self {
        case .raft(let s): s.names
        case .kafka(let s): s.names
        }
    }

    public var seed: UInt64 {
        switch self {
        case .raft(let s): s.seed
        case .kafka(let s): s.seed
        }
    }

    /// Whether the safety monitor runs.
    public var monitor: Bool {
        get {
            switch self {
            case .raft(let s): s.monitor
            case .kafka(let s): s.monitor
            }
        }
        set {
            switch self {
            case .raft(var s): s.monitor = newValue; self = .raft(s)
            case .kafka(var s): s.monitor = newValue; self = .kafka(s)
            }
        }
    }

    /// The Raft spec, nil in kafka mode.
    public var raft: WorldSpec? {
        if case .raft(let s) = self { s } else { nil }
    }
}
