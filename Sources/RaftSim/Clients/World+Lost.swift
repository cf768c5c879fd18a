import Replication

/// Where writes sit in logs, and when an acknowledged write is gone for good
/// (scenario format: a write is lost once a leader of a higher term holds no entry with its id).
extension World {
    mutating func recordIndex(_ id: Int, _ index: Int) {
        if writeIndex[id] == 0 { writeIndex[id] = index }
        else if writeIndex[id] != index, !(moreIndices[id]?.contains(index) ?? false) {
            moreIndices[id, default: []].append(index)
        }
    }

    /// The index at which `node` holds write `id`, if it does. An entry only ever sits at the
    /// index its leader appended it at, so the few known indexes are all to look at.
    public func heldIndex(of id: Int, in node: NodeID) -> Int? {
        let first = writeIndex[id]
        if first > 0, engine.write(at: first, in: node) == id { return first }
        for index in moreIndices[id] ?? [] where engine.write(at: index, in: node) == id { return index }
        return nil
    }

    mutating func markLost(_ id: Int, term: Int, reason: LostReason) {
        guard !clients.writes[id]!.lost else { return }
        clients.writes[id]!.lost = true
        clients.writes[id]!.stamp = clients.writes[id]!.stamp ?? term
        clients.lost += 1
        emit(.write(.lost(write: id, term: clients.writes[id]!.stamp!, reason: reason)))
    }

    /// A new leader of term T: every acknowledged write stamped below T that it lacks is lost.
    mutating func checkLost(newLeader: NodeID, term: Int) {
        var kept: [Int] = []
        for id in clients.pending {
            let write = clients.writes[id]!
            if write.lost { continue }
            if let stamp = write.stamp, stamp < term, heldIndex(of: id, in: newLeader) == nil {
                markLost(id, term: stamp, reason: .missingFromLeader(newLeader, term: term))
            } else {
                kept.append(id)
            }
        }
        clients.pending = kept
    }

    /// A write acknowledged by a stale leader is lost at once if the latest leader, of a
    /// higher term and still leading, lacks it.
    mutating func checkLostAgainstLatestLeader(_ id: Int) {
        guard let latest = lastLeader, let stamp = clients.writes[id]!.stamp, latest.term > stamp,
              engine.role(of: latest.node) == .leader, engine.term(of: latest.node) == latest.term,
              heldIndex(of: id, in: latest.node) == nil else { return }
        markLost(id, term: stamp, reason: .missingFromLeader(latest.node, term: latest.term))
    }

    /// What the changes of a call into node `id` tell the clients: a new leader (writes it
    /// lacks may be lost), a leader no more (its waiting writes wait no more), and commits that
    /// acknowledge waiting writes (acks all).
    mutating func clientsLearn(from id: NodeID) {
        if !outbox.changes.isEmpty { for change in outbox.changes { learn(change, at: id) } }
        if !outbox.nodeChanges.isEmpty { for c in outbox.nodeChanges { learn(c.change, at: c.node) } }
    }

    /// What one change at node `id` means for the clients, the lost writes and the meter.
    mutating func learn(_ change: Change, at id: NodeID) {
        switch change {
        case .leads(let term):
            lastLeader = (id, term)
            checkLost(newLeader: id, term: term)
        case .follows:
            if !clients.waiters[id].isEmpty { clients.waiters[id] = [:] }
            throughput.stopped(id, now: now, key: settings)
        case .commits(let index):
            throughput.committed(through: index, by: id, now: now, key: settings)
            acknowledgeWaiters(at: id, through: index)
        case let .answersRead(read, index):
            readAnswered(read, by: id, index: index)
        }
    }

    /// Writes waiting at leader `id` for entries through `index` are acknowledged, in log order.
    mutating func acknowledgeWaiters(at id: NodeID, through index: Int) {
        guard !clients.waiters[id].isEmpty else { return }
        for at in clients.waiters[id].keys.filter({ $0 <= index }).sorted() {
            guard let ids = clients.waiters[id].removeValue(forKey: at) else { continue }
            for w in ids where engine.write(at: at, in: id) == w { answerCommitted(w, by: id) }
        }
    }
}
