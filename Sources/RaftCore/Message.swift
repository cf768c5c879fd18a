/// A message between two nodes (Figure 2's RPCs and their answers, Figure 13's
/// InstallSnapshot, thesis 3.10's TimeoutNow).
public struct Message: EngineMessage {
    public var from: NodeID
    public var to: NodeID
    public var term: Int
    public var body: Body
    /// When the leader sent an AppendEntries (or the InstallSnapshot sent instead), echoed by its
    /// answer: a leader counts answers to what it sent at or after a time (thesis 6.4: ReadIndex
    /// and the lease). 0 otherwise.
    public var sentAt: Int

    public init(from: NodeID, to: NodeID, term: Int, body: Body, sentAt: Int = 0) {
        self.from = from
        self.to = to
        self.term = term
        self.body = body
        self.sentAt = sentAt
    }

    public enum Body: Sendable, Equatable {
        /// RequestVote, or a pre-vote request (thesis 9.6) for `term` without changing terms;
        /// `transfer`: sent after TimeoutNow, granted even by voters that heard from a leader (thesis 3.10).
        case requestVote(lastIndex: Int, lastTerm: Int, pre: Bool, transfer: Bool = false)
        case voteReply(granted: Bool, pre: Bool)
        case appendEntries(prevIndex: Int, prevTerm: Int, entries: [Entry], commit: Int)
        /// `match` is the last index known to agree on success; on refusal `conflictIndex`
        /// and `conflictTerm` are the 5.3 hint (nil index: the follower cannot take it at all).
        case appendReply(success: Bool, prevIndex: Int, match: Int, conflictIndex: Int?, conflictTerm: Int)
        /// Figure 13: the leader's snapshot, through `lastIndex` of `lastTerm`, with its whole state.
        case installSnapshot(lastIndex: Int, lastTerm: Int, state: [Entry])
        /// The answer: the follower holds the state through `lastIndex`.
        case installSnapshotReply(lastIndex: Int)
        /// Thesis 3.10: start an election now (leadership transfer).
        case timeoutNow
    }

    /// The kind of message, for counting and drawing.
    public var kind: Kind {
        switch body {
        case .requestVote(_, _, let pre, _): return pre ? .preVote : .requestVote
        case .voteReply(_, let pre): return pre ? .preVoteReply : .voteReply
        case .appendEntries(_, _, let entries, _): return entries.isEmpty ? .heartbeat : .appendEntries
        case .appendReply: return .appendReply
        case .installSnapshot: return .installSnapshot
        case .installSnapshotReply: return .installSnapshotReply
        case .timeoutNow: return .timeoutNow
        }
    }

    public enum Kind: String, Sendable, CaseIterable {
        case requestVote, voteReply, preVote, preVoteReply, appendEntries, heartbeat, appendReply
        case installSnapshot, installSnapshotReply, timeoutNow
    }

    /// True for requests (the ones Figure 2 says are always answered, and TimeoutNow).
    public var isRequest: Bool {
        switch body {
        case .requestVote, .appendEntries, .installSnapshot, .timeoutNow: return true
        case .voteReply, .appendReply, .installSnapshotReply: return false
        }
    }
}
