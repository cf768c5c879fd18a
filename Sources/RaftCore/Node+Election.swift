/// Leader election (Raft 5.2, 5.4.1) and Pre-Vote (thesis 9.6).
extension Node {
    mutating func electionTimeout(now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        guard configuration.contains(id) else {  // thesis 4.2.2: only members campaign
            // Nothing heard for an election timeout: the leader it knew is no longer one to
            // name (no leader sends to a node outside its configuration, so a kept name would
            // send clients back to it forever), as a member that stands forgets it too.
            volatile.leader = nil
            resetElectionTimer(now: now, rng: &rng, out: &out)
            return out.notes.append(.staysOutOfElections)
        }
        if config.preVote {
            startPreVote(now: now, rng: &rng, out: &out)
        } else {
            startElection(now: now, rng: &rng, out: &out)
        }
    }

    /// 5.2: increment the term, vote for itself, ask every other voter once (`transfer`: after
    /// TimeoutNow, thesis 3.10).
    mutating func startElection(now: Int, transfer: Bool = false, rng: inout SplitMix64, out: inout RaftOutbox) {
        durable.term += 1
        durable.votedFor = id
        becomeFollower(leader: nil)
        volatile.role = .candidate
        volatile.votesGranted.insert(id)
        resetElectionTimer(now: now, rng: &rng, out: &out)
        out.notes.append(.startsElection(term: durable.term))
        announce(out: &out)
        if hasQuorum(volatile.votesGranted) { return becomeLeader(now: now, rng: &rng, out: &out) }
        let body = Message.Body.requestVote(lastIndex: durable.log.lastIndex, lastTerm: durable.log.lastTerm,
                                            pre: false, transfer: transfer)
        configuration.voters.forEach { peer in if peer != id { send(body, to: peer, out: &out) } }
    }

    /// 9.6: ask for votes for term + 1 without changing the term.
    mutating func startPreVote(now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        becomeFollower(leader: nil)
        volatile.role = .preCandidate
        volatile.votesGranted.insert(id)
        resetElectionTimer(now: now, rng: &rng, out: &out)
        out.notes.append(.startsPreVote(term: durable.term + 1))
        announce(out: &out)
        if hasQuorum(volatile.votesGranted) { return startElection(now: now, rng: &rng, out: &out) }
        let body = Message.Body.requestVote(lastIndex: durable.log.lastIndex, lastTerm: durable.log.lastTerm, pre: true)
        let term = durable.term + 1
        configuration.voters.forEach { peer in
            if peer != id { out.messages.append(Message(from: id, to: peer, term: term, body: body)) }
        }
    }

    mutating func handleVoteRequest(_ m: Message, lastIndex: Int, lastTerm: Int, pre: Bool,
                                    now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        let refusal = pre ? preVoteRefusal(m, lastIndex: lastIndex, lastTerm: lastTerm, now: now)
                          : voteRefusal(m, lastIndex: lastIndex, lastTerm: lastTerm)
        if let reason = refusal {
            out.notes.append(.refusesVote(to: m.from, term: m.term, pre: pre, reason: reason))
            send(.voteReply(granted: false, pre: pre), to: m.from, out: &out)
            return
        }
        if !pre, let earlier = durable.votedFor, earlier != m.from {
            out.notes.append(.ignoresEarlierVote(earlier: earlier, term: durable.term))
        }
        out.notes.append(.grantsVote(to: m.from, term: m.term, pre: pre))
        if pre {
            // 9.6: a pre-vote changes no term and no vote; the answer carries the asked term.
            out.messages.append(Message(from: id, to: m.from, term: m.term, body: .voteReply(granted: true, pre: true)))
        } else {
            durable.votedFor = m.from
            resetElectionTimer(now: now, rng: &rng, out: &out)  // Figure 2: granting a vote resets the timer
            send(.voteReply(granted: true, pre: false), to: m.from, out: &out)
        }
    }

    /// Refusals made before a higher term is adopted, and without adopting it: a voter that
    /// heard from a leader within the minimum election timeout refuses a candidate outside its
    /// configuration (with Pre-Vote or CheckQuorum; thesis 4.2.3), and, with both, any vote
    /// (the lease's guard, thesis 6.4.1, etcd's `inLease`). TimeoutNow's flag lifts both (3.10).
    /// With both, a voter that restarted within that time refuses votes and pre-votes too: the
    /// crash forgot whether it heard from a leader, whose lease may count on it.
    func leaseRefusal(_ m: Message, transfer: Bool, now: Int) -> Note.VoteRefusal? {
        guard !transfer, m.term > durable.term else { return nil }
        if config.leaseGuardsVotes, let restarted = volatile.restartedAt, now - restarted < config.election.lowerBound,
           !heardFromLeader(now: now) {
            return .restarted
        }
        guard heardFromLeader(now: now) else { return nil }
        if (config.preVote || config.checkQuorum) && !configuration.contains(m.from) { return .notMember }
        if config.leaseGuardsVotes, case .requestVote(_, _, false, _) = m.body { return .inLease(leader: volatile.leader) }
        return nil
    }

    /// Answers a vote request no; the answer to a vote carries the candidate's term so it
    /// counts there. A pre-vote refusal counts whatever its term, so it carries the voter's
    /// own: the asked term would make the pre-candidate adopt it, which Pre-Vote avoids (9.6).
    func refuseVote(_ m: Message, pre: Bool, reason: Note.VoteRefusal, out: inout RaftOutbox) {
        out.notes.append(.refusesVote(to: m.from, term: m.term, pre: pre, reason: reason))
        out.messages.append(Message(from: id, to: m.from, term: pre ? durable.term : m.term,
                                    body: .voteReply(granted: false, pre: pre)))
    }

    private func voteRefusal(_ m: Message, lastIndex: Int, lastTerm: Int) -> Note.VoteRefusal? {
        if m.term < durable.term { return .staleTerm(voterTerm: durable.term) }
        // 5.2: one vote per term (unless `vote_twice` breaks it).
        if let voted = durable.votedFor, voted != m.from, !config.unsafe.contains(.voteTwice) {
            return .alreadyVoted(for: voted)
        }
        if !config.unsafe.contains(.voteWithoutLogCheck),
           !durable.log.isBehindOrEqual(lastTerm: lastTerm, lastIndex: lastIndex) {
            return logBehind(lastIndex: lastIndex, lastTerm: lastTerm)
        }
        return nil
    }

    private func preVoteRefusal(_ m: Message, lastIndex: Int, lastTerm: Int, now: Int) -> Note.VoteRefusal? {
        if m.term < durable.term { return .staleTerm(voterTerm: durable.term) }
        if volatile.role == .leader { return .isLeader }
        if m.term == durable.term {
            if let refusal = equalTermPreVoteRefusal(m) { return refusal }
        } else if let heard = volatile.lastLeaderContact, now - heard < config.election.lowerBound {
            return .heardFromLeader(leader: volatile.leader)
        }
        if !config.unsafe.contains(.voteWithoutLogCheck),
           !durable.log.isBehindOrEqual(lastTerm: lastTerm, lastIndex: lastIndex) {
            return logBehind(lastIndex: lastIndex, lastTerm: lastTerm)
        }
        return nil
    }

    /// A pre-vote for the voter's own term is granted exactly when a vote would be: no vote for
    /// another node in that term and no leader known (format, Pre-Vote; thesis 9.6 and etcd-io/raft's
    /// `canVote := r.Vote == m.From || (r.Vote == None && r.lead == None) || ...`).
    private func equalTermPreVoteRefusal(_ m: Message) -> Note.VoteRefusal? {
        if let voted = durable.votedFor, voted != m.from, !config.unsafe.contains(.voteTwice) {
            return .alreadyVoted(for: voted)
        }
        if let leader = volatile.leader { return .knowsLeader(leader: leader) }
        return nil
    }

    private func logBehind(lastIndex: Int, lastTerm: Int) -> Note.VoteRefusal {
        .logBehind(candidateLastTerm: lastTerm, candidateLastIndex: lastIndex,
                   voterLastTerm: durable.log.lastTerm, voterLastIndex: durable.log.lastIndex)
    }

    mutating func handleVoteReply(_ m: Message, granted: Bool, pre: Bool,
                                  now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        if volatile.role == .leader, m.term == durable.term { volatile.heardSinceCheck.insert(m.from) }
        let expected: Role = pre ? .preCandidate : .candidate
        // Answers for an election this node no longer runs, or of an older term, are stale.
        let current = pre ? (!granted || m.term == durable.term + 1) : m.term == durable.term
        guard volatile.role == expected, current else { return }
        if granted { volatile.votesGranted.insert(m.from) } else { volatile.votesRefused.insert(m.from) }
        out.notes.append(.countsVote(from: m.from, granted: granted, pre: pre,
                                     votes: volatile.votesGranted.intersection(configuration.voters).count,
                                     needed: configuration.quorum))
        guard granted, hasQuorum(volatile.votesGranted) else { return }
        if pre {
            out.notes.append(.winsPreVote(term: durable.term + 1, votes: volatile.votesGranted.intersection(configuration.voters).count))
            startElection(now: now, rng: &rng, out: &out)
        } else {
            becomeLeader(now: now, rng: &rng, out: &out)
        }
    }

    /// 5.2: a quorum of votes makes a leader; it appends its no-op (section 8) and
    /// sends AppendEntries at once.
    /// `votes` overrides the count reported (a scenario's `leader:` "has just won").
    public mutating func becomeLeader(now: Int, rng: inout SplitMix64, out: inout RaftOutbox, votes: Int? = nil) {
        let votes = votes ?? max(volatile.votesGranted.intersection(configuration.voters).count, 1)
        durable.votedFor = id
        volatile.role = .leader
        volatile.leader = id
        volatile.lastLeaderContact = now
        volatile.leading = LeadingState()
        let next = durable.log.lastIndex + 1
        volatile.peers = Array(repeating: PeerProgress(nextIndex: next), count: config.size)
        volatile.heardSinceCheck.removeAll()
        resetElectionTimer(now: now, rng: &rng, out: &out)  // the CheckQuorum period
        out.notes.append(.becomesLeader(term: durable.term, votes: votes, voters: configuration.voters.count))
        announce(out: &out)
        if config.noop { appendEntry(write: 0, out: &out) }
        heartbeat(now: now, out: &out)
        advanceCommit(now: now, out: &out)
    }

    /// CheckQuorum: a leader that heard from no quorum within an election timeout steps down.
    mutating func checkQuorum(now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        var heard = volatile.heardSinceCheck
        heard.insert(id)
        volatile.heardSinceCheck.removeAll()
        resetElectionTimer(now: now, rng: &rng, out: &out)
        guard config.checkQuorum, !hasQuorum(heard) else { return }
        out.notes.append(.losesQuorum(heard: heard.intersection(configuration.voters).count, needed: configuration.quorum))
        becomeFollower(leader: nil)
        announce(out: &out)
    }

    /// Whether `nodes` are a quorum of the configuration (Raft 5.2).
    @inline(__always) func hasQuorum(_ nodes: NodeSet) -> Bool { configuration.isQuorum(nodes) }
}
