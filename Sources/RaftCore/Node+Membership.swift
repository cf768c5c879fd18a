/// Membership change one server at a time (thesis 4.1 to 4.3, with the errata's guard).
extension Node {
    /// `add: NODE` / `remove: NODE` reaches the leader: queued in step order; the first starts now.
    public mutating func requestChange(_ change: MembershipRequest, now: Int, out: inout RaftOutbox) {
        guard isUp, volatile.role == .leader else { return }
        volatile.leading.changes.append(change)
        if volatile.leading.changes.count == 1 { startChange(now: now, out: &out) }
        continueChanges(now: now, out: &out)
    }

    /// Whether `change` would change the leader's configuration now.
    func changesSomething(_ change: MembershipRequest) -> Bool {
        configuration.contains(change.node) != change.add
    }

    /// The first change in the queue starts: a new node is caught up as a non-voter until its
    /// match reaches the leader's last index now (thesis 4.2.1).
    mutating func startChange(now: Int, out: inout RaftOutbox) {
        volatile.leading.waitTold = false
        volatile.leading.catchUp = nil
        guard let change = volatile.leading.changes.first, change.add, changesSomething(change) else { return }
        let target = durable.log.lastIndex
        volatile.leading.catchUp = CatchUp(node: change.node, target: target)
        out.notes.append(.catchesUp(node: change.node, target: target))
        replicate(to: change.node, now: now, out: &out, force: true)
    }

    /// Appends the configuration entry of the change under way once it may, then starts the next.
    /// The change leaves the queue before its entry can commit: a configuration the leader's
    /// own vote satisfies commits at once, and that commit goes on with the queue itself.
    mutating func continueChanges(now: Int, out: inout RaftOutbox) {
        while volatile.role == .leader, let change = volatile.leading.changes.first {
            let changes = changesSomething(change)
            if changes && !mayAppendConfiguration(change, out: &out) { return }
            volatile.leading.changes.removeFirst()
            if changes { appendConfiguration(change, now: now, out: &out) }
            startChange(now: now, out: &out)
            let commit = volatile.commitIndex
            if changes { advanceCommit(now: now, out: &out) }
            if volatile.commitIndex != commit { return }  // `committed` went on with the queue
        }
    }

    /// Whether the change's entry may be appended now: a new node caught up (thesis 4.2.1),
    /// and the errata's guard passed (said once per change when it waits).
    mutating func mayAppendConfiguration(_ change: MembershipRequest, out: inout RaftOutbox) -> Bool {
        if let catchUp = volatile.leading.catchUp, volatile.peers[catchUp.node].matchIndex < catchUp.target { return false }
        guard let wait = changeWait() else { return true }
        if !volatile.leading.waitTold {
            volatile.leading.waitTold = true
            out.notes.append(.changeWaits(node: change.node, add: change.add, reason: wait))
        }
        return false
    }

    /// Thesis 4.1 errata: a configuration entry waits for the previous one to commit (unless
    /// `change_without_commit`) and for an entry of the leader's own term to commit.
    func changeWait() -> Note.ChangeWait? {
        if !config.unsafe.contains(.changeWithoutCommit), let last = durable.log.configIndexes.last,
           last > volatile.commitIndex {
            return .previousUncommitted(index: last)
        }
        return hasCommittedOwnTerm ? nil : .noTermCommit
    }

    /// Thesis 4.1: the new configuration is in force as soon as it is in the log (the caller commits).
    mutating func appendConfiguration(_ change: MembershipRequest, now: Int, out: inout RaftOutbox) {
        var voters = configuration.voters
        if change.add { voters.insert(change.node) } else { voters.remove(change.node) }
        let entry = Entry(term: durable.term, voters: voters)
        durable.log.append(entry)
        out.notes.append(.appends(index: durable.log.lastIndex, term: durable.term, write: entry.write))
        replicationTargets.forEach { replicate(to: $0, now: now, out: &out) }
    }
}
