import Replication

/// Steps past the basic algorithm (raft-extensions.md): snapshots, leadership transfer,
/// membership change, and the writes a leader holds while it hands its role over.
extension World {
    /// `snapshot: NODE`: nothing when it is crashed or has applied nothing new, said so.
    public mutating func snapshot(_ id: NodeID) {
        if let why = ignored(.snapshot(id)) { return emit(.ignored(id, why)) }
        let before = engine.snapshotIndex(of: id)
        engine.snapshot(id, out: &outbox)
        if engine.snapshotIndex(of: id) == before { outbox.clear(); return emit(.ignored(id, .snapshotNothingNew)) }
        settle(id)
    }

    /// `transfer: NODE`: the up leader of the highest term hands its role to NODE.
    public mutating func transfer(to target: NodeID) {
        if let why = ignored(.transfer(target)) { return emit(.ignored(target, why)) }
        let leader = upLeader!, at = now
        engine.transfer(to: target, at: leader, now: at, rng: &rng, out: &outbox)
        settle(leader)
    }

    /// `add: NODE` / `remove: NODE`, asked of the up leader of the highest term.
    public mutating func changeMembership(_ change: MembershipRequest) {
        let command: Command = change.add ? .add(change.node) : .remove(change.node)
        if let why = ignored(command) { return emit(.ignored(change.node, why)) }
        let leader = upLeader!, at = now
        engine.changeMembership(change, at: leader, now: at, out: &outbox)
        settle(leader)
    }

    /// A leader handing its role over holds a write instead of appending it (thesis 3.10). An
    /// acks-0 write, never retried, is stamped with the term of the node it reached: lost once
    /// a leader of a higher term holds no entry with its id (scenario format, "lost").
    mutating func hold(_ id: Int, at node: NodeID) {
        guard !clients.held[node].contains(id) else { return }
        clients.held[node].append(id)
        clients.anyHeld = true
        emit(.write(.held(write: id, at: node)))
        guard clients.writes[id]!.acks == .zero, clients.writes[id]!.stamp == nil else { return }
        clients.writes[id]!.stamp = engine.term(of: node)
        clients.pending.append(id)
        checkLostAgainstLatestLeader(id)
    }

    /// Held writes move on once their node's transfer ends: appended if it still leads (the
    /// transfer was abandoned), redirected once it knows the new leader, dropped if it crashed
    /// (the client retries).
    mutating func releaseHeldWrites() {
        clients.anyHeld = false
        for node in 0..<size where !clients.held[node].isEmpty {
            if engine.holdsWrites(at: node) { clients.anyHeld = true; continue }
            let leader = engine.leaderHint(at: node)
            if engine.isUp(node) && engine.role(of: node) != .leader && leader == nil {
                clients.anyHeld = true  // stepped down, new leader not known yet
                continue
            }
            let ids = clients.held[node]
            clients.held[node] = []
            guard engine.isUp(node) else { continue }
            if engine.role(of: node) == .leader { writesArrive(ids, at: node); continue }
            for id in ids {
                clients.enqueue(.answer(write: id, ack: false, leader: leader), node: node, toNode: false,
                                at: now, latency: rng.draw(latency), seq: nextSeq())
            }
        }
    }
}
