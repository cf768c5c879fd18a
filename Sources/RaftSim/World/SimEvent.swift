import Replication

/// Why the network dropped a message.
public enum DropReason: Sendable, Equatable {
    case partition, cut, crashed, byHand
}

/// Why a command did nothing to its node.
public enum IgnoredCommand: Sendable, Equatable, CaseIterable {
    /// `timeout` on a leader: it has no election timer (5.2).
    case timeoutLeader
    /// `timeout` on a crashed node: it runs no timer.
    case timeoutDown
    /// `crash` on a node already down.
    case crashDown
    /// `restart` on a node that is up.
    case restartUp
    /// `timeout` where no node has an election timer: Kafka's controller picks leaders
    /// (Kafka docs, "Replication").
    case controllerElects
    /// `timeout` on a node outside its own configuration: it never campaigns (thesis 4.2.2).
    case timeoutNonMember
    /// `snapshot` on a crashed node, or on one that applied nothing since its snapshot.
    case snapshotDown, snapshotNothingNew
    /// `transfer`, `add` or `remove` with no leader up.
    case noLeader
    /// `transfer` to the leader itself, to a crashed node, or to a node outside the leader's configuration.
    case transferToLeader, transferToCrashed, transferToNonMember
    /// `add` of a member, `remove` of a non-member (of the leader's configuration).
    case addMember, removeNonMember
}

/// What a client write went through.
public enum WriteEvent: Sendable, Equatable {
    case sent(write: Int, to: NodeID, acks: Acks)
    case redirected(write: Int, by: NodeID, leader: NodeID?)
    case retried(write: Int, to: NodeID)
    case duplicate(write: Int, at: NodeID, index: Int)
    case acknowledged(write: Int, by: NodeID, term: Int)
    case lost(write: Int, term: Int, reason: LostReason)
    /// A leader answered an acks-all write with an error: it ends, never acknowledged or
    /// retried (Kafka's NOT_ENOUGH_REPLICAS, NOT_ENOUGH_REPLICAS_AFTER_APPEND).
    case refused(write: Int, by: NodeID, error: WriteError)
    /// A leader handing its role over holds the write (thesis 3.10).
    case held(write: Int, at: NodeID)
}

/// What a client read went through (raft-extensions.md, "Reads").
public enum ReadEvent: Sendable, Equatable {
    case sent(read: Int, to: NodeID, mode: ReadMode)
    /// A node that is not leader named `leader`; the client goes to `to`.
    case redirected(read: Int, by: NodeID, leader: NodeID?, to: NodeID)
    case retried(read: Int, to: NodeID)
    /// Answered with `index`; stale when below `required`, the last acknowledged write's index.
    case answered(read: Int, by: NodeID, index: Int, required: Int, stale: Bool)
    /// Refused by a node (`by`), or given up after every node was tried (nil).
    case refused(read: Int, by: NodeID?)
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
public struct SimEvent<Engine: ReplicationEngine>: Sendable, Equatable {
    public var time: Int
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        /// What a node told the outside (never a silent note).
        case note(NodeID, Engine.Note)
        case dropped(Engine.Message, DropReason)
        /// A message reached its node (a detail event: the space-time diagram draws it).
        case delivered(Engine.Message, sentAt: Int)
        case crashed(NodeID)
        case restarted(NodeID)
        case timeoutForced(NodeID)
        /// A command that had nothing to act on, said so the learner is not met with silence.
        case ignored(NodeID, IgnoredCommand)
        case partitioned([[NodeID]])
        case cut(from: NodeID, to: NodeID)
        case slowed(NodeID, ClosedRange<Int>)
        case healed
        /// A `configure` step, `a` or the options panel changed these settings.
        case configured(Reconfiguration<Engine.SettingsChange>)
        case write(WriteEvent)
        case read(ReadEvent)
        case consumed(from: NodeID, count: Int, through: Int)
        case violation(SafetyViolation)
        /// The run went past one of its limits and stops here (`RunLimits`).
        case overloaded(Overload)
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
