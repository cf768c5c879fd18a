/// Leader election (Raft 5.2, 5.4.1) and Pre-Vote (thesis 9.6).
extension Node {
    mutating func electionTimeout(now: Int, rng: inout SplitMix64, out: inout Outbox) {
        if config.preVote {
            startPreVote(now: now, rng: &rng, out: &out)
        } else {
            startElection(now: now, rng: &rng, out: &out)
        }
    }

    /// 5.2: increment the term, vote for itself, ask every other node once.
    mutating func startElection(now: Int, rng: inout SplitMix64, out: inout Outbox) {
        durable.term += 1
        durable.votedFor = id
        becomeFollower(leader: nil)
        volatile.role = .candidate
        volatile.votesGranted.insert(id)
        resetElectionTimer(now: now, rng: &rng)
        out.notes.append(.startsElection(term: durable.term))
        if volatile.votesGranted.count >= config.majority { return becomeLeader(now: now, rng: &rng, out: &out) }
        let body = Message.Body.requestVote(lastIndex: durable.log.lastIndex, lastTerm: durable.log.lastTerm, pre: false)
        for peer in 0..<config.nodeCount where peer != id { send(body, to: peer, out: &out) }
    }

    /// 9.6: ask for votes for term + 1 without changing the term.
    mutating func startPreVote(now: Int, rng: inout SplitMix64, out: inout Outbox) {
        becomeFollower(leader: nil)
        volatile.role = .preCandidate
        volatile.votesGranted.insert(id)
        resetElectionTimer(now: now, rng: &rng)
        out.notes.append(.startsPreVote(term: durable.term + 1))
        if volatile.votesGranted.count >= config.majority { return startElection(now: now, rng: &rng, out: &out) }
        let body = Message.Body.requestVote(lastIndex: durable.log.lastIndex, lastTerm: durable.log.lastTerm, pre: true)
        for peer in 0..<config.nodeCount where peer != id {
            out.messages.append(Message(from: id, to: peer, term: durable.term + 1, body: body))
        }
    }

    mutating func handleVoteRequest(_ m: Message, lastIndex: Int, lastTerm: Int, pre: Bool,
                                    now: Int, rng: inout SplitMix64, out: inout Outbox) {
        let refusal = pre ? preVoteRefusal(m, lastIndex: lastIndex, lastTerm: lastTerm, now: now)
                          : voteRefusal(m, lastIndex: lastIndex, lastTerm: lastTerm)
        if let reason = refusal {
            out.notes.append(.refusesVote(to: m.from, term: m.term, pre: pre, reason: reason))
            send(.voteReply(granted: false, pre: pre), to: m.from, out: &out)
            return
        }
        out.notes.append(.grantsVote(to: m.from, term: m.term, pre: pre))
        if pre {
            // 9.6: a pre-vote changes no term and no vote; the answer carries the asked term.
            out.messages.append(Message(from: id, to: m.from, term: m.term, body: .voteReply(granted: true, pre: true)))
        } else {
            durable.votedFor = m.from
            resetElectionTimer(now: now, rng: &rng)  // Figure 2: granting a vote resets the timer
            send(.voteReply(granted: true, pre: false), to: m.from, out: &out)
        }
    }

    private func voteRefusal(_ m: Message, lastIndex: Int, lastTerm: Int) -> Note.VoteRefusal? {
        if m.term < durable.term { return .staleTerm(voterTerm: durable.term) }
        if let voted = durable.votedFor, voted != m.from { return .alreadyVoted(for: voted) }
        if !config.unsafe.contains(.voteWithoutLogCheck),
           !durable.log.isBehindOrEqual(lastTerm: lastTerm, lastIndex: lastIndex) {
            return logBehind(lastIndex: lastIndex, lastTerm: lastTerm)
        }
        return nil
    }

    private func preVoteRefusal(_ m: Message, lastIndex: Int, lastTerm: Int, now: Int) -> Note.VoteRefusal? {
        if m.term <= durable.term { return .staleTerm(voterTerm: durable.term) }
        if volatile.role == .leader { return .isLeader }
        if let heard = volatile.lastLeaderContact, now - heard < config.election.lowerBound {
            return .heardFromLeader(leader: volatile.leader)
        }
        if !config.unsafe.contains(.voteWithoutLogCheck),
           !durable.log.isBehindOrEqual(lastTerm: lastTerm, lastIndex: lastIndex) {
            return logBehind(lastIndex: lastIndex, lastTerm: lastTerm)
        }
        return nil
    }

    private func logBehind(lastIndex: Int, lastTerm: Int) -> Note.VoteRefusal {
        .logBehind(candidateLastTerm: lastTerm, candidateLastIndex: lastIndex,
                   voterLastTerm: durable.log.lastTerm, voterLastIndex: durable.log.lastIndex)
    }

    mutating func handleVoteReply(_ m: Message, granted: Bool, pre: Bool,
                                  now: Int, rng: inout SplitMix64, out: inout Outbox) {
        if volatile.role == .leader, m.term == durable.term { volatile.heardSinceCheck.insert(m.from) }
        let expected: Role = pre ? .preCandidate : .candidate
        // Answers for an election this node no longer runs, or of an older term, are stale.
        let current = pre ? (!granted || m.term == durable.term + 1) : m.term == durable.term
        guard volatile.role == expected, current else { return }
        if granted { volatile.votesGranted.insert(m.from) } else { volatile.votesRefused.insert(m.from) }
        out.notes.append(.countsVote(from: m.from, granted: granted, pre: pre,
                                     votes: volatile.votesGranted.count, needed: config.majority))
        guard granted, volatile.votesGranted.count >= config.majority else { return }
        if pre {
            out.notes.append(.winsPreVote(term: durable.term + 1, votes: volatile.votesGranted.count))
            startElection(now: now, rng: &rng, out: &out)
        } else {
            becomeLeader(now: now, rng: &rng, out: &out)
        }
    }

    /// 5.2: a majority of votes makes a leader; it appends its no-op (section 8) and
    /// sends AppendEntries at once.
    /// `votes` overrides the count reported (a scenario's `leader:` "has just won").
    public mutating func becomeLeader(now: Int, rng: inout SplitMix64, out: inout Outbox, votes: Int? = nil) {
        let votes = votes ?? max(volatile.votesGranted.count, 1)
        durable.votedFor = id
        volatile.role = .leader
        volatile.leader = id
        volatile.lastLeaderContact = now
        let next = durable.log.lastIndex + 1
        volatile.peers = Array(repeating: PeerProgress(nextIndex: next), count: config.nodeCount)
        volatile.heardSinceCheck.removeAll()
        resetElectionTimer(now: now, rng: &rng)  // the CheckQuorum period
        out.notes.append(.becomesLeader(term: durable.term, votes: votes))
        if config.noop { appendEntry(write: 0, out: &out) }
        heartbeat(now: now, out: &out)
        advanceCommit(out: &out)
    }

    /// CheckQuorum: a leader that heard from no majority within an election timeout steps down.
    mutating func checkQuorum(now: Int, rng: inout SplitMix64, out: inout Outbox) {
        var heard = volatile.heardSinceCheck
        heard.insert(id)
        volatile.heardSinceCheck.removeAll()
        resetElectionTimer(now: now, rng: &rng)
        guard config.checkQuorum, heard.count < config.majority else { return }
        out.notes.append(.losesQuorum(heard: heard.count, needed: config.majority))
        becomeFollower(leader: nil)
    }
}
