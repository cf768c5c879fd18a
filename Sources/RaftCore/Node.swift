/// One Raft node as a pure state machine (Figure 2). It holds no clock and no random
/// source: `now` and the generator come in with every call, and everything it does goes to
/// an outbox: messages, decisions, and each change of role, term, log and commit index.
public struct Node: Sendable, Equatable {
    public let id: NodeID
    public var config: EngineConfig
    public internal(set) var durable: DurableState
    public internal(set) var volatile = VolatileState()
    public internal(set) var isUp = true

    public init(id: NodeID, config: EngineConfig, durable: DurableState = DurableState(), commit: Int = 0) {
        self.id = id
        self.config = config
        self.durable = durable
        volatile.commitIndex = commit
        volatile.appliedIndex = commit
    }

    public var role: Role { volatile.role }
    public var term: Int { durable.term }
    public var log: RaftLog { durable.log }
    public var commitIndex: Int { volatile.commitIndex }
    /// The configuration this node follows: the latest in its log, committed or not (thesis 4.1).
    /// Inlined: called where `self` is being mutated, an outlined getter copies the whole node.
    public var configuration: Configuration {
        @inline(__always) get { durable.log.latestVoters.map { Configuration(voters: $0) } ?? config.configuration }
    }
    /// The next time a timer of this node fires.
    public var nextDeadline: Int {
        min(volatile.electionDeadline, volatile.heartbeatDeadline, volatile.leading.transfer?.deadline ?? .max)
    }

    /// Starts the election timer (a follower's first timer, or after a restart).
    public mutating func start(now: Int, rng: inout SplitMix64) {
        var unused = RaftOutbox()
        resetElectionTimer(now: now, rng: &rng, out: &unused)
    }

    /// Crash: volatile state is lost, durable state kept (Figure 2).
    public mutating func crash(out: inout RaftOutbox) {
        guard isUp else { return }
        isUp = false
        volatile = VolatileState()
        volatile.electionDeadline = Int.max
        out.notes.append(.state(role: nil, term: durable.term))
        out.changes.append(.follows)
    }

    /// Restart: a follower again, from durable state alone; commit index starts at its
    /// snapshot's last included index (0 without one; paper 7).
    public mutating func restart(now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        guard !isUp else { return }
        isUp = true
        volatile = VolatileState()
        volatile.restartedAt = now
        resetElectionTimer(now: now, rng: &rng, out: &out)
        announce(out: &out)
        let snapshot = durable.log.snapshotIndex
        guard snapshot > 0 else { return }
        volatile.commitIndex = snapshot
        volatile.appliedIndex = snapshot
        out.notes.append(.restoresSnapshot(index: snapshot))
    }

    /// The timer due at `now` fires: a heartbeat for a leader, else the election timer.
    public mutating func fireTimer(now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        guard isUp else { return }
        if let transfer = volatile.leading.transfer, transfer.deadline <= now {
            abandonTransfer(out: &out)
        } else if volatile.role == .leader && volatile.heartbeatDeadline <= now {
            heartbeat(now: now, out: &out)
        } else if volatile.electionDeadline <= now {
            if volatile.role == .leader {
                checkQuorum(now: now, rng: &rng, out: &out)
            } else {
                electionTimeout(now: now, rng: &rng, out: &out)
            }
        }
    }

    /// The election timer fires at once (a forced timeout); nothing for a leader.
    public mutating func forceTimeout(now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        guard isUp, volatile.role != .leader else { return }
        electionTimeout(now: now, rng: &rng, out: &out)
    }

    /// Handles one message (Figure 2, "Rules for Servers").
    public mutating func receive(_ m: Message, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        guard isUp else { return }
        if case let .requestVote(_, _, pre, transfer) = m.body, let reason = leaseRefusal(m, transfer: transfer, now: now) {
            return refuseVote(m, pre: pre, reason: reason, out: &out)  // without adopting its term
        }
        if m.term > durable.term && !isPreVoteTraffic(m) {
            adoptTerm(m.term, from: m.from, now: now, rng: &rng, out: &out)
        }
        switch m.body {
        case let .requestVote(lastIndex, lastTerm, pre, _):
            handleVoteRequest(m, lastIndex: lastIndex, lastTerm: lastTerm, pre: pre, now: now, rng: &rng, out: &out)
        case let .voteReply(granted, pre):
            handleVoteReply(m, granted: granted, pre: pre, now: now, rng: &rng, out: &out)
        case let .appendEntries(prevIndex, prevTerm, entries, commit):
            handleAppend(m, prevIndex: prevIndex, prevTerm: prevTerm, entries: entries, commit: commit,
                         now: now, rng: &rng, out: &out)
        case let .appendReply(success, prevIndex, match, conflictIndex, conflictTerm):
            handleAppendReply(m, success: success, prevIndex: prevIndex, match: match,
                              conflictIndex: conflictIndex, conflictTerm: conflictTerm, now: now, out: &out)
        case let .installSnapshot(lastIndex, lastTerm, state):
            handleSnapshot(m, lastIndex: lastIndex, lastTerm: lastTerm, state: state, now: now, rng: &rng, out: &out)
        case let .installSnapshotReply(lastIndex):
            handleSnapshotReply(m, lastIndex: lastIndex, now: now, out: &out)
        case .timeoutNow:
            handleTimeoutNow(m, now: now, rng: &rng, out: &out)
        }
    }

    /// Pre-vote requests and granted pre-vote answers carry term + 1 but change no term (9.6).
    private func isPreVoteTraffic(_ m: Message) -> Bool {
        switch m.body {
        case .requestVote(_, _, true, _): return true
        case .voteReply(true, true): return true
        default: return false
        }
    }

    /// 5.1: a higher term seen in any message makes this node a follower of that term.
    mutating func adoptTerm(_ term: Int, from: NodeID, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        let previous = volatile.role
        durable.term = term
        durable.votedFor = nil
        becomeFollower(leader: nil)
        if previous == .leader { resetElectionTimer(now: now, rng: &rng, out: &out) }
        out.notes.append(.adoptsTerm(term: term, from: from, previous: previous))
        announce(out: &out)
    }

    mutating func becomeFollower(leader: NodeID?) {
        volatile.role = .follower
        volatile.leader = leader
        volatile.heartbeatDeadline = Int.max
        volatile.peers = []
        volatile.leading = LeadingState()  // a transfer, reads and changes end with the leadership
        volatile.votesGranted.removeAll()
        volatile.votesRefused.removeAll()
    }

    /// Tells the outside the node's role and term, after a change of either.
    func announce(out: inout RaftOutbox) {
        out.notes.append(.state(role: volatile.role, term: durable.term))
        out.changes.append(volatile.role == .leader ? .leads(term: durable.term) : .follows)
    }

    mutating func resetElectionTimer(now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        let timeout = rng.draw(config.election)
        volatile.electionTimeout = timeout
        volatile.electionDeadline = now + timeout
        out.timerReset = true
    }

    func send(_ body: Message.Body, to peer: NodeID, sentAt: Int = 0, out: inout RaftOutbox) {
        out.messages.append(Message(from: id, to: peer, term: durable.term, body: body, sentAt: sentAt))
    }

    /// Whether a leader was heard from within the minimum election timeout (a leader counts):
    /// such a node keeps the leader's lease (thesis 4.2.3, etcd's `inLease`).
    func heardFromLeader(now: Int) -> Bool {
        if volatile.role == .leader { return true }
        guard let heard = volatile.lastLeaderContact else { return false }
        return now - heard < config.election.lowerBound
    }
}
