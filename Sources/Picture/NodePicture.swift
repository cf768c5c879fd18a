/// One node as the screen shows it: durable state (survives a crash) apart from volatile
/// state (nil while the node is down, or when the source does not measure it).
public struct NodePicture: Sendable, Equatable {
    public var id: NodeID
    public var name: String
    public var up: Bool
    /// nil while down.
    public var role: Role?
    // Durable (Raft Figure 2, "Persistent state").
    public var term: Int
    public var vote: NodeID?
    public var log: LogPicture
    // Volatile: nil when down or not measured.
    public var commit: Int?
    public var applied: Int?
    public var timer: TimerPicture?
    public var votes: VotesPicture?
    /// The leader the node knows.
    public var leader: NodeID?
    /// A leader's view of each other node (Figure 2, "Volatile state on leaders").
    public var peers: [PeerPicture]
    /// The key/value state its applied entries built (writes are `key=value`).
    public var applyState: [KeyValue]
    /// What only this engine or source knows about the node.
    public var facts: [Fact]
    /// A Kafka replica's epoch, LEO, HW and ISR place (nil: not Kafka).
    public var kafka: KafkaNodePicture? = nil
    /// The voters of the configuration the node follows (thesis 4.1); nil where membership
    /// does not change (Kafka).
    public var voters: [NodeID]? = nil
    /// A real member's condition in a word or two ("paused", "no answer"), shown on its card.
    public var status: Phrase? = nil

    public init(id: NodeID, name: String, up: Bool = true, role: Role? = .follower, term: Int = 0, vote: NodeID? = nil,
                log: LogPicture = LogPicture(), commit: Int? = 0, applied: Int? = 0, timer: TimerPicture? = nil,
                votes: VotesPicture? = nil, leader: NodeID? = nil, peers: [PeerPicture] = [],
                applyState: [KeyValue] = [], facts: [Fact] = []) {
        self.id = id
        self.name = name
        self.up = up
        self.role = role
        self.term = term
        self.vote = vote
        self.log = log
        self.commit = commit
        self.applied = applied
        self.timer = timer
        self.votes = votes
        self.leader = leader
        self.peers = peers
        self.applyState = applyState
        self.facts = facts
    }

    /// The leader's view of `peer`, if this node leads and knows it.
    public func peer(_ id: NodeID) -> PeerPicture? { peers.first { $0.node == id } }
}

/// A log: its length, its terms as runs (a long log stays small), and its last entries.
public struct LogPicture: Sendable, Equatable {
    public var count: Int
    /// Consecutive entries of one term, in index order.
    public var runs: [TermRun]
    /// The last entries, oldest first, with their values (for inspecting a node).
    public var tail: [EntryPicture]
    /// The snapshot's last included index and term (paper 7); 0 when there is none. Entries at
    /// or below it are the snapshot's state, no longer in the log.
    public var snapshotIndex = 0
    public var snapshotTerm = 0

    public init(count: Int = 0, runs: [TermRun] = [], tail: [EntryPicture] = []) {
        self.count = count
        self.runs = runs
        self.tail = tail
    }

    public var lastTerm: Int { runs.last?.term ?? 0 }

    /// The term of the entry at `index` (1-based), nil outside the log.
    public func term(at index: Int) -> Int? {
        guard index >= 1, index <= count else { return nil }
        var first = 1
        for run in runs {
            if index < first + run.count { return run.term }
            first += run.count
        }
        return nil
    }
}

/// `count` consecutive entries of `term`.
public struct TermRun: Sendable, Equatable {
    public var term: Int
    public var count: Int
    public init(term: Int, count: Int) {
        self.term = term
        self.count = count
    }
}

/// One entry: its index, term, and the client value it carries (nil: a no-op or none).
public struct EntryPicture: Sendable, Equatable {
    public var index: Int
    public var term: Int
    public var value: String?
    public init(index: Int, term: Int, value: String?) {
        self.index = index
        self.term = term
        self.value = value
    }
}

/// A node's running timer: the election timer, or a leader's next heartbeat.
public struct TimerPicture: Sendable, Equatable {
    public var heartbeat: Bool
    /// ms until it fires, and its whole period.
    public var left: Int
    public var period: Int
    public init(heartbeat: Bool, left: Int, period: Int) {
        self.heartbeat = heartbeat
        self.left = left
        self.period = period
    }
    /// The part of the period still to run, 0...1.
    public var fraction: Double { period > 0 ? min(1, max(0, Double(left) / Double(period))) : 0 }
}

/// A candidate's (or pre-candidate's) votes so far.
public struct VotesPicture: Sendable, Equatable {
    public var granted: [NodeID]
    public var refused: [NodeID]
    /// Votes still awaited, and how many win (the quorum of its configuration).
    public var pending: Int
    public var needed: Int
    public init(granted: [NodeID], refused: [NodeID], pending: Int, needed: Int) {
        self.granted = granted
        self.refused = refused
        self.pending = pending
        self.needed = needed
    }
}

/// A leader's next and match index for one other node.
public struct PeerPicture: Sendable, Equatable {
    public var node: NodeID
    public var next: Int
    public var match: Int
    public init(node: NodeID, next: Int, match: Int) {
        self.node = node
        self.next = next
        self.match = match
    }
}

/// One key of an applied key/value state.
public struct KeyValue: Sendable, Equatable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}
