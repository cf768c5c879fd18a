/// What survives a crash: current term, vote and log (Figure 2, "Persistent state").
public struct DurableState: Sendable, Equatable {
    public var term: Int = 0
    public var votedFor: NodeID? = nil
    public var log = RaftLog()
    public init(term: Int = 0, votedFor: NodeID? = nil, log: RaftLog = RaftLog()) {
        self.term = term
        self.votedFor = votedFor
        self.log = log
    }
}

/// The leader's view of one follower (Figure 2, "Volatile state on leaders").
public struct PeerProgress: Sendable, Equatable {
    public var nextIndex: Int
    public var matchIndex: Int = 0
    /// Probing: one AppendEntries at a time until the logs agree (5.3 back-off).
    public var probing: Bool = true
    /// Waiting for the answer to the one AppendEntries that probing or no-pipeline allows.
    public var paused: Bool = false
    /// Heartbeats sent while that answer was awaited: after a whole heartbeat period without
    /// it, the request counts as lost and the next heartbeat sends it again.
    public var heartbeatsWaiting: Int = 0
    /// The latest send time of an AppendEntries this follower answered in the leader's term
    /// (nil: none yet); ReadIndex and the lease count these (thesis 6.4).
    public var ackedSentAt: Int? = nil
}

/// What a crash loses: role, commit and applied index, votes, leader state, timers.
public struct VolatileState: Sendable, Equatable {
    public var role: Role = .follower
    public var leader: NodeID? = nil
    public var commitIndex: Int = 0
    public var appliedIndex: Int = 0
    public var votesGranted = NodeSet()
    public var votesRefused = NodeSet()
    public var peers: [PeerProgress] = []
    /// Peers heard from since the last CheckQuorum check.
    public var heardSinceCheck = NodeSet()
    public var electionDeadline: Int = 0
    /// The election timeout drawn when the timer was last reset (for drawing the bar).
    public var electionTimeout: Int = 0
    public var heartbeatDeadline: Int = Int.max
    /// Last time a leader of the current term was heard from (Pre-Vote's check).
    public var lastLeaderContact: Int? = nil
    /// When the node last restarted (the lease's guard for what a crash forgot).
    public var restartedAt: Int? = nil
    /// Highest index reported as held back by 5.4.2, so the note is made once.
    public var reportedOldTermIndex: Int = 0
    /// What only a leader keeps beyond Figure 2: a transfer, reads, membership changes.
    public var leading = LeadingState()
    public init() {}
}

/// A leader's work past the basic algorithm, dropped when it stops leading.
public struct LeadingState: Sendable, Equatable {
    /// A leadership transfer under way (thesis 3.10).
    public var transfer: Transfer? = nil
    /// Sent TimeoutNow this term: no more lease reads (raft-extensions.md, `lease`).
    public var sentTimeoutNow = false
    /// Reads waiting for their read index to be confirmed (thesis 6.4).
    public var reads: [PendingRead] = []
    /// Membership changes asked for, in step order; the first is under way (thesis 4.1).
    public var changes: [MembershipRequest] = []
    /// The node being caught up as a non-voter before it is added, and the index it must reach.
    public var catchUp: CatchUp? = nil
    /// Whether the wait of the change under way has been told (once per change).
    public var waitTold = false
    public init() {}
}

/// Thesis 4.2.1: a new node replicated to as a non-voter until its match reaches `target`.
public struct CatchUp: Sendable, Equatable {
    public var node: NodeID
    public var target: Int
}

/// Thesis 3.10: the leader hands its role to `target`, abandoning at `deadline`.
public struct Transfer: Sendable, Equatable {
    public var target: NodeID
    public var deadline: Int
    /// TimeoutNow has gone to the target (once per transfer).
    public var sent = false
}

/// A client read at a leader (thesis 6.4): its read index once the leader has committed an
/// entry of its term, and the time from which answers to AppendEntries confirm it.
public struct PendingRead: Sendable, Equatable {
    public var read: Int
    public var index: Int? = nil
    public var since: Int = 0
}

/// What one call into a Raft node produced: messages and notes.
public typealias RaftOutbox = Outbox<Message, Note>
