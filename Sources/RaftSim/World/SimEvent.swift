import RaftCore

/// Why the network dropped a message.
public enum DropReason: Sendable, Equatable {
    case partition, cut, crashed, byHand
}

/// A property the safety monitor checks (Raft 5.2, 5.3, 5.4; Figure 3).
public enum SafetyProperty: String, Sendable, Equatable, CaseIterable, Comparable {
    case electionSafety = "election_safety"
    case leaderAppendOnly = "leader_append_only"
    case logMatching = "log_matching"
    case leaderCompleteness = "leader_completeness"
    case stateMachineSafety = "state_machine_safety"
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A broken property, with the node, term and index where it broke.
public struct SafetyViolation: Sendable, Equatable {
    public var property: SafetyProperty
    public var time: Int
    public var node: NodeID
    public var other: NodeID?
    public var term: Int
    public var index: Int
}

/// What a client write went through.
public enum WriteEvent: Sendable, Equatable {
    case sent(write: Int, to: NodeID, acks: Acks)
    case redirected(write: Int, by: NodeID, leader: NodeID?)
    case retried(write: Int, to: NodeID)
    case duplicate(write: Int, at: NodeID, index: Int)
    case acknowledged(write: Int, by: NodeID, term: Int)
    case lost(write: Int, term: Int, reason: LostReason)
}

/// Why an acknowledged write is gone for good (scenario format, "lost").
public enum LostReason: Sendable, Equatable {
    /// acks 0: it reached a node that is not leader.
    case reachedFollower(NodeID)
    /// acks 0: it reached a crashed node.
    case reachedCrashed(NodeID)
    /// A leader of a higher term holds no entry with its id.
    case missingFromLeader(NodeID, term: Int)
}

/// One thing that happened in the world, at a simulated time.
public struct SimEvent: Sendable, Equatable {
    public var time: Int
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        case note(NodeID, Note)
        case dropped(Message, DropReason)
        /// A message reached its node (a detail event: the space-time diagram draws it).
        case delivered(Message, sentAt: Int)
        case crashed(NodeID)
        case restarted(NodeID)
        case timeoutForced(NodeID)
        case partitioned([[NodeID]])
        case cut(from: NodeID, to: NodeID)
        case slowed(NodeID, ClosedRange<Int>)
        case healed
        case configured
        case write(WriteEvent)
        case consumed(from: NodeID, count: Int, through: Int)
        case violation(SafetyViolation)
    }

    /// Whether a transcript shows this event without `--verbose`.
    public var isMain: Bool {
        switch kind {
        case .note(_, let note): return note.level == .main
        case .dropped(let m, let reason): return reason != .crashed || m.isRequest
        case .delivered: return false
        default: return true
        }
    }
}
