/// What a node tells the outside, one thing at a time: each decision it made (with the rule
/// that made it), and each change of its role, term, log and commit index. The world stamps
/// notes with time and node; RaftSim renders the decisions in English or Korean; the
/// monitor and the clients learn everything they know of the node from them.
public enum Note: EngineNote {

    public enum VoteRefusal: Sendable, Equatable {
        /// The candidate's term is behind the voter's (Figure 2, RequestVote 1).
        case staleTerm(voterTerm: Int)
        /// The voter already voted for someone else this term (5.2).
        case alreadyVoted(for: NodeID)
        /// The candidate's log is behind the voter's (5.4.1).
        case logBehind(candidateLastTerm: Int, candidateLastIndex: Int, voterLastTerm: Int, voterLastIndex: Int)
        /// Pre-Vote: the voter heard from a leader within the minimum election timeout (9.6).
        case heardFromLeader(leader: NodeID?)
        /// Pre-Vote: a leader grants no pre-votes (9.6).
        case isLeader
        /// Pre-Vote for the voter's own term: it knows that term's leader (9.6, as a vote would be refused).
        case knowsLeader(leader: NodeID)
    }

    public enum AppendRefusal: Sendable, Equatable {
        /// The leader's term is behind the follower's (Figure 2, AppendEntries 1).
        case staleTerm(followerTerm: Int)
        /// No entry at prevIndex, or one of another term (Figure 2, AppendEntries 2).
        case mismatch(prevIndex: Int, prevTerm: Int, found: Int?)
        /// Taking the entries would delete a committed entry (only an unsafe rule leads here).
        case wouldDeleteCommitted(index: Int, commit: Int)
        /// Two leaders of one term: refused (only a broken election leads here).
        case sameTermLeader
    }

    /// Election timer fired: candidate for `term`, voting for itself (5.2).
    case startsElection(term: Int)
    /// Election timer fired with Pre-Vote on: asks for pre-votes for `term` (9.6).
    case startsPreVote(term: Int)
    case grantsVote(to: NodeID, term: Int, pre: Bool)
    case refusesVote(to: NodeID, term: Int, pre: Bool, reason: VoteRefusal)
    /// A vote answer arrived; `granted` and `needed` count votes so far.
    case countsVote(from: NodeID, granted: Bool, pre: Bool, votes: Int, needed: Int)
    case winsPreVote(term: Int, votes: Int)
    /// Won an election with `votes` (0: set up as leader by the scenario, `cluster.leader`).
    case becomesLeader(term: Int, votes: Int)
    /// Saw a higher term in a message from `from` (5.1); was `previous`.
    case adoptsTerm(term: Int, from: NodeID, previous: Role)
    /// A candidate or pre-candidate hears from the leader of its term (5.2).
    case followsLeader(leader: NodeID, term: Int)
    /// CheckQuorum: heard from only `heard` of `needed` within an election timeout.
    case losesQuorum(heard: Int, needed: Int)
    /// A leader appends an entry (client write or, if `write` is 0, its no-op) (5.3, 8).
    case appends(index: Int, term: Int, write: Int)
    case acceptsAppend(from: NodeID, prevIndex: Int, count: Int)
    case refusesAppend(from: NodeID, reason: AppendRefusal)
    /// Deletes entries `from...through` that conflict with the leader's (5.3).
    case truncates(from: Int, through: Int)
    /// `leader_overwrites`: a leader deletes its own uncommitted entries `from...through` to put
    /// a new write at `from`.
    case overwrites(from: Int, through: Int)
    /// `append_without_log_check`: takes AppendEntries whose prevLogIndex/prevLogTerm it does not
    /// hold, putting the entries at `at`.
    case skipsLogCheck(prevIndex: Int, prevTerm: Int, at: Int)
    /// `vote_twice`: grants a vote in `term` although it voted for `earlier` already.
    case ignoresEarlierVote(earlier: NodeID, term: Int)
    /// The leader's next index for `peer` backs off after a refusal (5.3).
    case backsOff(peer: NodeID, nextIndex: Int)
    case matchAdvances(peer: NodeID, match: Int)
    /// Leader commits through `index`: stored on `count` of `total` (5.3, 5.4.2).
    case commits(index: Int, count: Int, total: Int, unsafeRule: UnsafeRules)
    /// Majority holds `index` but its term is older than the leader's: not committed (5.4.2).
    case holdsOldTerm(index: Int, entryTerm: Int, count: Int)
    /// Follower learns the commit index from AppendEntries (5.3).
    case learnsCommit(index: Int, from: NodeID)
    case applies(from: Int, through: Int)

    // Silent facts: never a line of text.

    /// The node's role (nil: down) and term after a change of either (Raft 5.1, 5.2).
    case state(role: Role?, term: Int)
    /// The node's log holds `count` new entries from `index` on, after any truncation (5.3).
    /// Notes are plain values (no references), so they cost nothing to copy or drop.
    case stores(at: Int, count: Int)

    public var level: NoteLevel {
        switch self {
        case .acceptsAppend(_, _, let count): return count == 0 ? .detail : .main
        case .matchAdvances, .applies, .countsVote: return .detail
        case .state, .stores: return .silent
        default: return .main
        }
    }
}
