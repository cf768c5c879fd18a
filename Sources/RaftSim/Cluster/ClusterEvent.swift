import KafkaCore
import RaftCore

/// An event of a world of either engine.
public enum ClusterEvent: Sendable, Equatable {
    case raft(SimEvent<RaftEngine>)
    case kafka(SimEvent<KafkaEngine>)

    public var time: Int {
        switch self {
        case .raft(let e): e.time
        case .kafka(let e): e.time
        }
    }

    /// Whether a transcript shows it without `--verbose`.
    public var isMain: Bool {
        switch self {
        case .raft(let e): e.isMain
        case .kafka(let e): e.isMain
        }
    }
}

extension Describer {
    /// The event's line as printed, whichever engine's it is.
    public func event(_ e: ClusterEvent) -> String {
        switch e {
        case .raft(let e): event(e)
        case .kafka(let e): event(e)
        }
    }
}
