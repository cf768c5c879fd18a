/// Client reads (paper 8; thesis 6.4): ReadIndex, the lease, and a node's local state.
extension Node {
    /// A client read arrives. `local` answers from the applied state whatever the role; the
    /// other modes need the leader, and any other node names the leader it knows.
    public mutating func read(_ read: Int, mode: ReadMode, now: Int, out: inout RaftOutbox) -> ReadOutcome {
        guard isUp else { return .silent }
        if mode == .local { return .answered(index: volatile.appliedIndex) }
        guard volatile.role == .leader else { return .redirect(leader: volatile.leader) }
        return mode == .lease ? leaseRead(read, now: now, out: &out) : readIndex(read, now: now, out: &out)
    }

    /// Whether the leader has committed an entry of its own term (paper 8: its no-op).
    var hasCommittedOwnTerm: Bool { durable.log.term(at: volatile.commitIndex) == durable.term }

    /// Thesis 6.4: note the commit index, confirm the leadership with a round of
    /// AppendEntries, answer once a majority answered one of them and the index is applied.
    mutating func readIndex(_ read: Int, now: Int, out: inout RaftOutbox) -> ReadOutcome {
        volatile.leading.reads.append(PendingRead(read: read))
        if hasCommittedOwnTerm { startWaitingReads(now: now, out: &out) }
        else { out.notes.append(.holdsRead(read: read, reason: .noTermCommit)) }
        return .waiting
    }

    /// Reads that waited for a commit of the leader's term take the commit index now, and one
    /// round of AppendEntries to every voter confirms them all.
    mutating func startWaitingReads(now: Int, out: inout RaftOutbox) {
        guard volatile.leading.reads.contains(where: { $0.index == nil }), hasCommittedOwnTerm else { return }
        for k in volatile.leading.reads.indices where volatile.leading.reads[k].index == nil {
            volatile.leading.reads[k].index = volatile.commitIndex
            volatile.leading.reads[k].since = now
            out.notes.append(.takesReadIndex(read: volatile.leading.reads[k].read, index: volatile.commitIndex))
        }
        configuration.voters.forEach { if $0 != id { replicate(to: $0, now: now, out: &out, force: true) } }
        answerConfirmedReads(out: &out)
    }

    /// Thesis 6.4.1: answer at once while a majority acknowledged AppendEntries sent within the
    /// minimum election timeout; needs CheckQuorum and Pre-Vote (the voters' side of the lease).
    mutating func leaseRead(_ read: Int, now: Int, out: inout RaftOutbox) -> ReadOutcome {
        if config.unsafe.contains(.leaseIgnoresClock) { return .answered(index: volatile.appliedIndex) }
        let hold: Note.ReadHold
        if !config.leaseGuardsVotes {
            out.notes.append(.holdsRead(read: read, reason: .leaseNeedsGuards))
            return .refused
        } else if !hasCommittedOwnTerm {
            hold = .noTermCommit
        } else if volatile.leading.sentTimeoutNow {
            hold = .transferring
        } else if let start = leaseStart(now: now), now < start + config.election.lowerBound {
            return .answered(index: volatile.appliedIndex)
        } else {
            hold = .leaseExpired(since: leaseStart(now: now))
        }
        out.notes.append(.holdsRead(read: read, reason: hold))
        return .silent
    }

    /// The latest time S such that a majority of voters (the leader included, as of now)
    /// acknowledged an AppendEntries sent at or after S; nil when no majority did.
    func leaseStart(now: Int) -> Int? {
        var times: [Int] = []
        configuration.voters.forEach { voter in
            if voter == id { times.append(now) } else if let t = volatile.peers[voter].ackedSentAt { times.append(t) }
        }
        let quorum = configuration.quorum
        guard times.count >= quorum else { return nil }
        return times.sorted(by: >)[quorum - 1]
    }

    /// An answer to an AppendEntries: it acknowledges everything sent up to its send time.
    mutating func acknowledged(_ m: Message, now: Int, out: inout RaftOutbox) {
        let acked = volatile.peers[m.from].ackedSentAt
        if acked == nil || acked! < m.sentAt { volatile.peers[m.from].ackedSentAt = m.sentAt }
        answerConfirmedReads(out: &out)
    }

    /// Reads whose round a majority of voters answered, and whose index is applied, are answered.
    mutating func answerConfirmedReads(out: inout RaftOutbox) {
        guard !volatile.leading.reads.isEmpty else { return }
        var waiting: [PendingRead] = []
        for pending in volatile.leading.reads {
            guard let index = pending.index, isConfirmed(since: pending.since), volatile.appliedIndex >= index else {
                waiting.append(pending)
                continue
            }
            out.changes.append(.answersRead(read: pending.read, index: volatile.appliedIndex))
        }
        volatile.leading.reads = waiting
    }

    /// Whether a majority of voters (the leader included) answered AppendEntries sent at or after `since`.
    func isConfirmed(since: Int) -> Bool {
        var count = 0
        configuration.voters.forEach { voter in
            if voter == id || (volatile.peers[voter].ackedSentAt ?? -1) >= since { count += 1 }
        }
        return count >= configuration.quorum
    }
}
