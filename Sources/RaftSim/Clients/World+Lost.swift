import RaftCore

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
        let log = nodes[node].log
        let first = writeIndex[id]
        if first > 0, first <= log.lastIndex, log[first].write == id { return first }
        for index in moreIndices[id] ?? [] where index <= log.lastIndex && log[index].write == id { return index }
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
    mutating func checkLost(newLeader: NodeID) {
        let term = nodes[newLeader].term
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
              nodes[latest.node].isUp, nodes[latest.node].role == .leader, nodes[latest.node].term == latest.term,
              heldIndex(of: id, in: latest.node) == nil else { return }
        markLost(id, term: stamp, reason: .missingFromLeader(latest.node, term: latest.term))
    }

    /// What a call into node `id` means for the clients: new leaders, lost leadership,
    /// and commits that acknowledge waiting writes.
    mutating func clientsSee(_ id: NodeID, _ before: Before) {
        let leads = nodes[id].volatile.role == .leader && nodes[id].isUp
        let term = nodes[id].durable.term
        if leads && (before.role != .leader || before.term != term) {
            lastLeader = (id, term)
            checkLost(newLeader: id)
        }
        if !leads {
            if !clients.waiters[id].isEmpty { clients.waiters[id] = [:] }
            return
        }
        let commit = nodes[id].volatile.commitIndex
        guard commit > before.commit, !clients.waiters[id].isEmpty else { return }
        for index in (before.commit + 1)...commit {
            guard let ids = clients.waiters[id].removeValue(forKey: index) else { continue }
            for w in ids where nodes[id].durable.log[index].write == w { acknowledge(w, by: id) }
        }
    }
}
