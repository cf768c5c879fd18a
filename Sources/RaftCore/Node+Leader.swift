/// The leader's side of replication and commitment (Raft 5.3, 5.4.2, Figure 2 "Leaders").
extension Node {
    /// A client write reaches this node. A leader appends it and returns its index; any other
    /// node returns nil (the caller redirects the client).
    public mutating func propose(write: Int, now: Int, out: inout RaftOutbox) -> Int? {
        proposeAll(CollectionOfOne(write), now: now, out: &out)
    }

    /// Proposes several writes at once: appended together, then sent in batches of up to
    /// `batch` entries. Returns the index of the last one (nil if not leader).
    public mutating func propose(writes: Range<Int>, now: Int, out: inout RaftOutbox) -> Int? {
        proposeAll(writes, now: now, out: &out)
    }

    /// The same, for writes given one by one.
    public mutating func propose(writes: [Int], now: Int, out: inout RaftOutbox) -> Int? {
        proposeAll(writes, now: now, out: &out)
    }

    /// Thesis 3.10: during a transfer a leader appends nothing (the world holds the writes).
    mutating func proposeAll<Writes: Sequence<Int>>(_ writes: Writes, now: Int, out: inout RaftOutbox) -> Int? {
        guard isUp, volatile.role == .leader, volatile.leading.transfer == nil else { return nil }
        var any = false
        for w in writes {
            appendEntry(write: w, out: &out)
            any = true
        }
        guard any else { return nil }
        replicationTargets.forEach { replicate(to: $0, now: now, out: &out) }
        advanceCommit(now: now, out: &out)
        if config.unsafe.contains(.snapshotUncommitted) { snapshotIfDue(out: &out) }
        return durable.log.lastIndex
    }

    /// Who a leader sends to: the other voters of its configuration and a node being caught up
    /// (thesis 4.1, 4.2.1); nothing to anyone else.
    /// Whether the leader sends to `peer` (`replicationTargets`, without building the set).
    /// Inlined like `configuration`: an outlined call here copies the whole node.
    @inline(__always) func isReplicationTarget(_ peer: NodeID) -> Bool {
        peer != id && (configuration.contains(peer) || volatile.leading.catchUp?.node == peer)
    }

    public var replicationTargets: NodeSet {
        @inline(__always) get {
            var targets = configuration.voters
            if let catchUp = volatile.leading.catchUp { targets.insert(catchUp.node) }
            targets.remove(id)
            return targets
        }
    }

    @discardableResult
    mutating func appendEntry(write: Int, out: inout RaftOutbox) -> Int {
        if write > 0, config.unsafe.contains(.leaderOverwrites) { overwriteUncommitted(out: &out) }
        durable.log.append(Entry(term: durable.term, write: write))
        let index = durable.log.lastIndex
        out.notes.append(.appends(index: index, term: durable.term, write: write))
        return index
    }

    /// Figure 2: heartbeats (AppendEntries, empty or not) to every follower, each period.
    mutating func heartbeat(now: Int, out: inout RaftOutbox) {
        volatile.heartbeatDeadline = now + config.heartbeat
        out.timerReset = true
        replicationTargets.forEach { replicate(to: $0, now: now, out: &out, force: true) }
    }

    /// Sends AppendEntries from the peer's next index, up to `batch` entries each. With
    /// `pipeline`, batches follow one another without waiting; while probing (or without
    /// pipeline) one request is outstanding at a time. `force` (a heartbeat) sends anyway:
    /// to a peer that owes an answer, an empty AppendEntries, unless a whole heartbeat
    /// period passed without the answer: then the request is sent again.
    /// Any AppendEntries that needs an entry the leader discarded (its previous entry lies
    /// before the snapshot's last included index) goes as the snapshot instead (Figure 13).
    /// Callers send only to `replicationTargets` (an answer from elsewhere is checked where it arrives).
    mutating func replicate(to peer: NodeID, now: Int, out: inout RaftOutbox, force: Bool = false) {
        var p = volatile.peers[peer]
        // A pause waits for the reply to the one request outstanding without pipelining or
        // while probing; pipelining switched on since, a follower being replicated to is not held.
        if p.paused && config.pipeline && !p.probing { p.paused = false }
        if p.paused && !force { return }
        if p.nextIndex - 1 < durable.log.snapshotIndex { return sendSnapshot(to: peer, now: now, out: &out) }
        if p.paused && p.heartbeatsWaiting == 0 {
            volatile.peers[peer].heartbeatsWaiting = 1
            let prev = p.nextIndex - 1
            return send(.appendEntries(prevIndex: prev, prevTerm: durable.log.term(at: prev) ?? 0,
                                       entries: [], commit: volatile.commitIndex), to: peer, sentAt: now, out: &out)
        }
        p.heartbeatsWaiting = 0
        let last = durable.log.lastIndex
        // Nothing new for this peer: only a heartbeat sends an empty AppendEntries (answering
        // every answer with one would ping-pong for ever, one more chain per heartbeat).
        if p.nextIndex > last && !force { return }
        repeat {
            let prev = p.nextIndex - 1
            let through = min(last, prev + config.batch)
            let entries = through > prev ? Array(durable.log.slice(from: prev + 1, through: through)) : []
            send(.appendEntries(prevIndex: prev, prevTerm: durable.log.term(at: prev) ?? 0,
                                entries: entries, commit: volatile.commitIndex), to: peer, sentAt: now, out: &out)
            if config.pipeline && !p.probing {
                p.nextIndex = through + 1
            } else {
                p.paused = true
                break
            }
        } while p.nextIndex <= last
        volatile.peers[peer] = p
    }

    mutating func handleAppendReply(_ m: Message, success: Bool, prevIndex: Int, match: Int,
                                    conflictIndex: Int?, conflictTerm: Int, now: Int, out: inout RaftOutbox) {
        guard volatile.role == .leader, m.term == durable.term else { return }
        volatile.heardSinceCheck.insert(m.from)
        acknowledged(m, now: now, out: &out)
        var p = volatile.peers[m.from]
        // A leader's log only grows, so a match never passes its end; under `leader_overwrites`
        // it may have shrunk since the request was sent.
        let match = min(match, durable.log.lastIndex)
        if success {
            // An answer that teaches nothing new and is not about the request in flight answers
            // a copy (a heartbeat resend): what came next is already on its way.
            guard match > p.matchIndex || prevIndex == p.nextIndex - 1 else { return }
            if match > p.matchIndex {
                p.matchIndex = match
                out.notes.append(.matchAdvances(peer: m.from, match: match))
            }
            p.nextIndex = max(p.nextIndex, p.matchIndex + 1)
            p.probing = false
            p.paused = false
        } else {
            // A refusal about an index already matched, or not the probe in flight, is stale.
            guard prevIndex >= p.matchIndex, !p.probing || prevIndex == p.nextIndex - 1 || !p.paused else { return }
            guard let hint = conflictIndex else {
                p.paused = false  // the follower cannot take these entries; retry at the next heartbeat
                volatile.peers[m.from] = p
                return
            }
            // A refusal at the match index proves the match wrong: only `leader_overwrites` leads
            // here (the leader replaced entries the follower had acknowledged).
            if prevIndex == p.matchIndex { p.matchIndex = max(0, prevIndex - 1) }
            p.nextIndex = backedOffNext(prevIndex: prevIndex, hintIndex: hint, hintTerm: conflictTerm, match: p.matchIndex)
            p.probing = true
            p.paused = false
            out.notes.append(.backsOff(peer: m.from, nextIndex: p.nextIndex))
        }
        volatile.peers[m.from] = p
        // Nothing goes to a node outside the configuration that is not being caught up, even in
        // answer to its reply (raft-extensions.md, "Membership change").
        if isReplicationTarget(m.from) { replicate(to: m.from, now: now, out: &out) }
        if success { progressed(m.from, now: now, out: &out) }
    }

    /// A follower's match advanced: commit what a quorum holds, and move a transfer or a
    /// catch-up on.
    mutating func progressed(_ peer: NodeID, now: Int, out: inout RaftOutbox) {
        advanceCommit(now: now, out: &out)
        // Checked here: the basic algorithm's hot path pays no call for what is not under way.
        if volatile.leading.transfer != nil { sendTimeoutNowIfReady(now: now, out: &out) }
        if !volatile.leading.changes.isEmpty { continueChanges(now: now, out: &out) }
    }

    /// 5.3: skip the follower's whole conflicting term when the leader lacks it.
    private func backedOffNext(prevIndex: Int, hintIndex: Int, hintTerm: Int, match: Int) -> Int {
        var next = hintIndex
        if hintTerm > 0, let last = durable.log.lastIndex(ofTerm: hintTerm, atOrBelow: prevIndex) {
            next = last + 1
        }
        next = min(next, prevIndex)  // always move back at least one
        return max(next, match + 1, 1)
    }

    /// Commits the highest index stored on a majority whose entry is of the current term
    /// (5.3, 5.4.2), unless an unsafe rule says otherwise.
    mutating func advanceCommit(now: Int, out: inout RaftOutbox) {
        guard volatile.role == .leader else { return }
        let unsafe = config.unsafe
        let (index, count) = unsafe.contains(.writeWithoutQuorum)
            ? (durable.log.lastIndex, 1) : quorumIndex()
        guard index > volatile.commitIndex else { return }
        let entryTerm = durable.log[index].term
        if entryTerm != durable.term && !unsafe.contains(.commitOldTerms) && !unsafe.contains(.writeWithoutQuorum) {
            if index > volatile.reportedOldTermIndex {
                volatile.reportedOldTermIndex = index
                out.notes.append(.holdsOldTerm(index: index, entryTerm: entryTerm, count: count))
            }
            return
        }
        let rule: UnsafeRules = unsafe.contains(.writeWithoutQuorum) ? .writeWithoutQuorum
            : (entryTerm != durable.term ? .commitOldTerms : [])
        volatile.commitIndex = index
        out.notes.append(.commits(index: index, count: count, total: configuration.voters.count,
                                  unsafeRule: rule))
        out.changes.append(.commits(through: index))
        apply(out: &out)
        committed(now: now, out: &out)
    }

    /// After a commit: reads and membership changes that waited for it go on, and a leader the
    /// committed configuration leaves steps down (thesis 4.2.2).
    mutating func committed(now: Int, out: inout RaftOutbox) {
        if !volatile.leading.reads.isEmpty { startWaitingReads(now: now, out: &out) }
        if !volatile.leading.changes.isEmpty { continueChanges(now: now, out: &out) }
        if let last = durable.log.configIndexes.last, last <= volatile.commitIndex, !configuration.contains(id) {
            out.notes.append(.leavesAfterRemoval)
            becomeFollower(leader: nil)
            announce(out: &out)
        }
    }

    /// The largest index held by a quorum (the leader counts its own last index), and how
    /// many voters hold it (5.3).
    func quorumIndex() -> (index: Int, count: Int) {
        let mine = durable.log.lastIndex
        let me = id
        let peers = volatile.peers
        let found = configuration.quorumValue { $0 == me ? mine : peers[$0].matchIndex }
        return (found.value, found.count)
    }

    /// `leader_overwrites`: the next write goes at commit index + 1, over the leader's own
    /// uncommitted entries (breaks Leader Append-Only, Figure 3).
    mutating func overwriteUncommitted(out: inout RaftOutbox) {
        let from = volatile.commitIndex + 1
        guard from <= durable.log.lastIndex else { return }
        out.notes.append(.overwrites(from: from, through: durable.log.lastIndex))
        durable.log.truncate(from: from)
        for peer in volatile.peers.indices {
            volatile.peers[peer].matchIndex = min(volatile.peers[peer].matchIndex, from - 1)
            volatile.peers[peer].nextIndex = min(volatile.peers[peer].nextIndex, from)
        }
    }
}

