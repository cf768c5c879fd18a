import KafkaCore
import RaftCore
import Replication

/// A world of either engine: what a scenario, a lesson and the live view run, since a `scene`
/// may change the mode (kafka-mode.md, "Settings"). It forwards the engine-neutral parts of
/// `World`; what only one engine has is read from its case.
public enum ClusterWorld: Sendable {
    case raft(RaftWorld)
    case kafka(KafkaWorld)

    /// The world `spec` builds at time 0.
    public init(_ spec: ClusterSpec) {
        switch spec {
        case .raft(let s): self = .raft(RaftWorld(s))
        case .kafka(let s): self = .kafka(KafkaWorld(s))
        }
    }

    public var mode: ClusterMode {
        switch self {
        case .raft: .raft
        case .kafka: .kafka
        }
    }

    /// Changes the world of either case in place, without copying it (the case is moved out
    /// and back).
    @inlinable
    public mutating func mutate<R>(raft: (inout RaftWorld) -> R, kafka: (inout KafkaWorld) -> R) -> R {
        switch consume self {
        case .raft(var w):
            let r = raft(&w)
            self = .raft(w)
            return r
        case .kafka(var w):
            let r = kafka(&w)
            self = .kafka(w)
            return r
        }
    }

    /// Reads the world of either case.
    @inlinable
    public func read<R>(raft: (RaftWorld) -> R, kafka: (KafkaWorld) -> R) -> R {
        switch self {
        case .raft(let w): raft(w)
        case .kafka(let w): kafka(w)
        }
    }

    /// The Raft world, nil in kafka mode.
    public var raftWorld: RaftWorld? { if case .raft(let w) = self { w } else { nil } }
    /// The Kafka world, nil in raft mode.
    public var kafkaWorld: KafkaWorld? { if case .kafka(let w) = self { w } else { nil } }
}
