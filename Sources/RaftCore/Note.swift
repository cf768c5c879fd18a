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
        /// CheckQuorum and Pre-Vote: the voter heard from a leader within the minimum election
        /// timeout, so it keeps that leader's lease (thesis 4.2.3, 6.4.1; etcd's `inLease`).
        case inLease(leader: NodeID?)
        /// The candidate is outside the voter's configuration and the voter heard from a leader
        /// within the minimum election timeout (thesis 4.2.3).
        case notMember
        /// CheckQuorum and Pre-Vote: the voter restarted within the minimum election timeout,
        /// so it may have heard from a leader just before and cannot tell; it keeps that
        /// leader's lease as if it had (thesis 6.4.1).
        case restarted
    }

    /// Why a leader holds a client read back or gives no answer (thesis 6.4).
    public enum ReadHold: Sendable, Equatable {
        /// It has not committed an entry of its own term yet (its no-op).
        case noTermCommit
        /// No majority acknowledged it within the minimum election timeout: the lease ran out
        /// (`since`: the start of the latest lease, nil when it never had one).
        case leaseExpired(since: Int?)
        /// It sent TimeoutNow this term: another node may lead soon.
        case transferring
        /// A lease needs both CheckQuorum and Pre-Vote: refused.
        case leaseNeedsGuards
    }

    /// Why a membership change waits at the leader (thesis 4.1 and its errata).
    public enum ChangeWait: Sendable, Equatable {
        /// The previous configuration entry is not committed yet.
        case previousUncommitted(index: Int)
        /// The leader has not committed an entry of its own term yet.
        case noTermCommit
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
        /// Taking the entries would delete an entry its snapshot covers (only `snapshot_uncommitted` leads here).
        case wouldDeleteSnapshot(index: Int, snapshot: Int)
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
    /// Won an election with `votes` of its configuration's `voters` (0 votes: set up as leader by
    /// the scenario, `cluster.leader`).
    case becomesLeader(term: Int, votes: Int, voters: Int)
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

    // Log compaction (paper 7, Figure 13).

    /// Takes a snapshot of its state through `index` (of `term`), discarding the entries up to it.
    case takesSnapshot(index: Int, term: Int, uncommitted: Bool)
    /// The follower needs entry `needed`, which the leader discarded: a snapshot goes instead.
    case sendsSnapshot(peer: NodeID, index: Int, needed: Int)
    /// Takes the leader's snapshot through `index`: keeps `kept` entries after it, or replaces its whole log.
    case installsSnapshot(from: NodeID, index: Int, term: Int, kept: Int?)
    /// A snapshot at or below its commit index: answered without change.
    case ignoresStaleSnapshot(from: NodeID, index: Int, commit: Int)
    /// A restarted node starts from its snapshot.
    case restoresSnapshot(index: Int)

    // Leadership transfer (thesis 3.10).

    /// Starts handing leadership to `target`, holding new writes.
    case startsTransfer(to: NodeID)
    /// `target` holds every entry: TimeoutNow goes to it.
    case sendsTimeoutNow(to: NodeID)
    /// TimeoutNow arrived: an election at once, without Pre-Vote.
    case timesOutNow(from: NodeID)
    /// `target` did not lead within an election timeout: writes are taken again.
    case abandonsTransfer(to: NodeID)

    // Reads (thesis 6.4).

    /// ReadIndex: the read is answered once a majority confirms the leadership and `index` is applied.
    case takesReadIndex(read: Int, index: Int)
    /// A read held back, or given no answer.
    case holdsRead(read: Int, reason: ReadHold)

    // Membership change (thesis 4.1 to 4.3).

    /// Replicates to `node` as a non-voter until its match reaches `target`.
    case catchesUp(node: NodeID, target: Int)
    case changeWaits(node: NodeID, add: Bool, reason: ChangeWait)
    /// The configuration without the leader is committed: it steps down.
    case leavesAfterRemoval
    /// A node outside its own configuration lets its election timer pass (thesis 4.2.2).
    case staysOutOfElections

    // Silent facts: never a line of text.

    /// The node's role (nil: down) and term after a change of either (Raft 5.1, 5.2).
    case state(role: Role?, term: Int)
    /// The node's log holds `count` new entries from `index` on, after any truncation (5.3).
    /// Notes are plain values (no references), so they cost nothing to copy or drop.
    case stores(at: Int, count: Int)

    public var level: NoteLevel {
        switch self {
        case .acceptsAppend(_, _, let count): return count == 0 ? .detail : .main
        case .matchAdvances, .applies, .countsVote, .staysOutOfElections: return .detail
        case .state, .stores: return .silent
        default: return .main
        }
    }
}
