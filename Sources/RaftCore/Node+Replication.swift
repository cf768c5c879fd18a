/// Log replication on the follower side (Raft 5.3, Figure 2 AppendEntries receiver).
extension Node {
    mutating func handleAppend(_ m: Message, prevIndex: Int, prevTerm: Int, entries: [Entry], commit: Int,
                               now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        if m.term < durable.term {
            return refuseAppend(m, .staleTerm(followerTerm: durable.term), prevIndex: prevIndex, hint: nil, out: &out)
        }
        if volatile.role == .leader {
            return refuseAppend(m, .sameTermLeader, prevIndex: prevIndex, hint: nil, out: &out)
        }
        hearFromLeader(m, now: now, rng: &rng, out: &out)
        // 5.3: the log must hold prevLogTerm at prevLogIndex (`append_without_log_check` skips
        // the check and puts the entries at prevLogIndex + 1, or right after its last entry).
        var after = prevIndex
        if config.unsafe.contains(.appendWithoutLogCheck) {
            after = min(prevIndex, durable.log.lastIndex)
            if durable.log.term(at: prevIndex) != prevTerm {
                out.notes.append(.skipsLogCheck(prevIndex: prevIndex, prevTerm: prevTerm, at: after + 1))
            }
        } else if durable.log.term(at: prevIndex) != prevTerm {
            let found = durable.log.term(at: prevIndex)
            return refuseAppend(m, .mismatch(prevIndex: prevIndex, prevTerm: prevTerm, found: found),
                                prevIndex: prevIndex, hint: conflictHint(prevIndex: prevIndex), out: &out)
        }
        let newLast = after + entries.count
        if let conflict = firstConflict(after: after, entries) {
            if conflict <= durable.log.snapshotIndex && durable.log.snapshotIndex > volatile.commitIndex {
                return refuseAppend(m, .wouldDeleteSnapshot(index: conflict, snapshot: durable.log.snapshotIndex),
                                    prevIndex: prevIndex, hint: nil, out: &out)
            }
            if conflict <= volatile.commitIndex {
                return refuseAppend(m, .wouldDeleteCommitted(index: conflict, commit: volatile.commitIndex),
                                    prevIndex: prevIndex, hint: nil, out: &out)
            }
            if conflict <= durable.log.lastIndex {
                out.notes.append(.truncates(from: conflict, through: durable.log.lastIndex))
                durable.log.truncate(from: conflict)
            }
            let stored = entries[(conflict - after - 1)...]
            durable.log.append(contentsOf: stored)
            out.notes.append(.stores(at: conflict, count: stored.count))
        }
        out.notes.append(.acceptsAppend(from: m.from, prevIndex: prevIndex, count: entries.count))
        send(.appendReply(success: true, prevIndex: prevIndex, match: newLast, conflictIndex: nil, conflictTerm: 0),
             to: m.from, sentAt: m.sentAt, out: &out)
        if config.unsafe.contains(.snapshotUncommitted) { snapshotIfDue(out: &out) }
        // Figure 2: commitIndex = min(leaderCommit, index of last new entry).
        let learned = min(commit, newLast)
        if learned > volatile.commitIndex {
            volatile.commitIndex = learned
            out.notes.append(.learnsCommit(index: learned, from: m.from))
            apply(out: &out)
        }
    }

    /// A current leader is heard from: a candidate returns to follower (5.2), and the timer
    /// resets (Figure 2: AppendEntries from the leader, accepted or not; Figure 13 likewise).
    mutating func hearFromLeader(_ m: Message, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        if volatile.role != .follower {
            out.notes.append(.followsLeader(leader: m.from, term: m.term))
            becomeFollower(leader: m.from)
            announce(out: &out)
        }
        volatile.leader = m.from
        volatile.lastLeaderContact = now
        resetElectionTimer(now: now, rng: &rng, out: &out)
    }

    /// The first index past `prevIndex` where `entries` differ from the log (or run past it).
    private func firstConflict(after prevIndex: Int, _ entries: [Entry]) -> Int? {
        let log = durable.log
        for (k, entry) in entries.enumerated() {
            let index = prevIndex + 1 + k
            guard let have = log.term(at: index) else { return index }
            if have != entry.term { return index }
        }
        return nil
    }

    /// 5.3's shortcut: the follower names the conflicting term and its first index.
    private func conflictHint(prevIndex: Int) -> (index: Int, term: Int) {
        let log = durable.log
        if prevIndex > log.lastIndex { return (log.lastIndex + 1, 0) }
        return (log.firstIndex(ofTermAt: prevIndex), log[prevIndex].term)
    }

    private func refuseAppend(_ m: Message, _ reason: Note.AppendRefusal, prevIndex: Int,
                              hint: (index: Int, term: Int)?, out: inout RaftOutbox) {
        out.notes.append(.refusesAppend(from: m.from, reason: reason))
        send(.appendReply(success: false, prevIndex: prevIndex, match: 0,
                          conflictIndex: hint?.index, conflictTerm: hint?.term ?? 0),
             to: m.from, sentAt: m.sentAt, out: &out)
    }

    /// Entries up to the commit index are applied at once (Figure 2, "All Servers").
    mutating func apply(out: inout RaftOutbox) {
        guard volatile.commitIndex > volatile.appliedIndex else { return }
        out.notes.append(.applies(from: volatile.appliedIndex + 1, through: volatile.commitIndex))
        volatile.appliedIndex = volatile.commitIndex
        if config.snapshotEvery > 0 { snapshotIfDue(out: &out) }
    }
}
