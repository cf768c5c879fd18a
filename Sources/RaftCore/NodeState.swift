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
    /// Highest index reported as held back by 5.4.2, so the note is made once.
    public var reportedOldTermIndex: Int = 0
    public init() {}
}

/// What one call into a Raft node produced: messages and notes.
public typealias RaftOutbox = Outbox<Message, Note>
