/// A message between two nodes (Figure 2's RPCs and their answers).
public struct Message: EngineMessage {
    public var from: NodeID
    public var to: NodeID
    public var term: Int
    public var body: Body

    public init(from: NodeID, to: NodeID, term: Int, body: Body) {
        self.from = from
        self.to = to
        self.term = term
        self.body = body
    }

    public enum Body: Sendable, Equatable {
        /// RequestVote, or a pre-vote request (thesis 9.6) for `term` without changing terms.
        case requestVote(lastIndex: Int, lastTerm: Int, pre: Bool)
        case voteReply(granted: Bool, pre: Bool)
        case appendEntries(prevIndex: Int, prevTerm: Int, entries: [Entry], commit: Int)
        /// `match` is the last index known to agree on success; on refusal `conflictIndex`
        /// and `conflictTerm` are the 5.3 hint (nil index: the follower cannot take it at all).
        case appendReply(success: Bool, prevIndex: Int, match: Int, conflictIndex: Int?, conflictTerm: Int)
    }

    /// The kind of message, for counting and drawing.
    public var kind: Kind {
        switch body {
        case .requestVote(_, _, let pre): return pre ? .preVote : .requestVote
        case .voteReply(_, let pre): return pre ? .preVoteReply : .voteReply
        case .appendEntries(_, _, let entries, _): return entries.isEmpty ? .heartbeat : .appendEntries
        case .appendReply: return .appendReply
        }
    }

    public enum Kind: String, Sendable, CaseIterable {
        case requestVote, voteReply, preVote, preVoteReply, appendEntries, heartbeat, appendReply
    }

    /// True for requests (the ones Figure 2 says are always answered).
    public var isRequest: Bool {
        switch body {
        case .requestVote, .appendEntries: return true
        case .voteReply, .appendReply: return false
        }
    }
}
