/// Log compaction and InstallSnapshot (paper 7, Figure 13; raft-extensions.md).
extension Node {
    /// `snapshot: NODE`: the state through the applied index becomes the snapshot and the
    /// entries up to it are discarded; nothing when nothing new is applied. Under
    /// `snapshot_uncommitted` it is taken at the last entry, which counts as applied.
    public mutating func takeSnapshot(out: inout RaftOutbox) {
        guard isUp else { return }
        let uncommitted = config.unsafe.contains(.snapshotUncommitted)
        let through = uncommitted ? durable.log.lastIndex : volatile.appliedIndex
        guard through > durable.log.snapshotIndex else { return }
        durable.log.markSnapshot(through: through)
        volatile.appliedIndex = max(volatile.appliedIndex, through)
        out.notes.append(.takesSnapshot(index: through, term: durable.log.snapshotTerm,
                                        uncommitted: through > volatile.commitIndex))
    }

    /// `engine.snapshot_every`: snapshot once the applied index (the last index, unsafely) is
    /// that many entries past the snapshot.
    mutating func snapshotIfDue(out: inout RaftOutbox) {
        let every = config.snapshotEvery
        guard every > 0 else { return }
        let through = config.unsafe.contains(.snapshotUncommitted) ? durable.log.lastIndex : volatile.appliedIndex
        if through - durable.log.snapshotIndex >= every { takeSnapshot(out: &out) }
    }

    /// Figure 13: the leader's whole state in one message, instead of entries it discarded.
    /// The follower waits for it alone (probing), as for one AppendEntries without pipeline.
    mutating func sendSnapshot(to peer: NodeID, now: Int, out: inout RaftOutbox) {
        let log = durable.log
        out.notes.append(.sendsSnapshot(peer: peer, index: log.snapshotIndex, needed: volatile.peers[peer].nextIndex))
        send(.installSnapshot(lastIndex: log.snapshotIndex, lastTerm: log.snapshotTerm,
                              state: Array(log.entries[..<log.snapshotIndex])), to: peer, sentAt: now, out: &out)
        volatile.peers[peer].probing = true
        volatile.peers[peer].paused = true
        volatile.peers[peer].heartbeatsWaiting = 0
    }

    /// Figure 13, receiver: a current leader's snapshot resets the timer; a log that holds its
    /// last entry keeps what follows, any other is replaced; a stale one changes nothing.
    mutating func handleSnapshot(_ m: Message, lastIndex: Int, lastTerm: Int, state: [Entry],
                                 now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        guard m.term >= durable.term, volatile.role != .leader else {
            return send(.installSnapshotReply(lastIndex: volatile.commitIndex), to: m.from, sentAt: m.sentAt, out: &out)
        }
        hearFromLeader(m, now: now, rng: &rng, out: &out)
        defer { send(.installSnapshotReply(lastIndex: lastIndex), to: m.from, sentAt: m.sentAt, out: &out) }
        if lastIndex <= volatile.commitIndex {
            return out.notes.append(.ignoresStaleSnapshot(from: m.from, index: lastIndex, commit: volatile.commitIndex))
        }
        var kept: Int? = nil
        if durable.log.term(at: lastIndex) == lastTerm {
            kept = durable.log.lastIndex - lastIndex
            durable.log.markSnapshot(through: lastIndex)
        } else {
            durable.log.replace(withSnapshot: state)
        }
        out.notes.append(.installsSnapshot(from: m.from, index: lastIndex, term: lastTerm, kept: kept))
        volatile.commitIndex = max(volatile.commitIndex, lastIndex)
        volatile.appliedIndex = max(volatile.appliedIndex, lastIndex)
    }

    /// Figure 13: the follower holds the snapshot: match is its last included index, next one past it.
    /// The answer confirms reads and the lease as an AppendEntries answer would (the snapshot went
    /// instead of one, its send time echoed; thesis 6.4).
    mutating func handleSnapshotReply(_ m: Message, lastIndex: Int, now: Int, out: inout RaftOutbox) {
        guard volatile.role == .leader, m.term == durable.term else { return }
        volatile.heardSinceCheck.insert(m.from)
        acknowledged(m, now: now, out: &out)
        var p = volatile.peers[m.from]
        if lastIndex > p.matchIndex {
            p.matchIndex = lastIndex
            out.notes.append(.matchAdvances(peer: m.from, match: lastIndex))
        }
        p.nextIndex = p.matchIndex + 1
        p.probing = false
        p.paused = false
        p.heartbeatsWaiting = 0
        volatile.peers[m.from] = p
        if isReplicationTarget(m.from) { replicate(to: m.from, now: now, out: &out) }
        progressed(m.from, now: now, out: &out)
    }
}
