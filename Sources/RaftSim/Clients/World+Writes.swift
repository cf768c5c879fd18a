import Replication

/// Client writes: sending, redirects, retries, acknowledgement (scenario format, "Clients").
extension World {
    /// Sends `count` writes of `value` (`value#1`..`value#N` when count > 1) at one instant,
    /// to `node` or to the node the client believes leads. Returns their ids.
    @discardableResult
    public mutating func write(_ value: String, to node: NodeID? = nil, acks: Acks? = nil, count: Int = 1) -> [Int] {
        guard admitsWrites(max(count, 1)) else { return [] }
        let target = node ?? clients.believedLeader
        let mode = acks ?? self.acks
        let delay = rng.draw(latency)  // N writes reach the node at one instant
        var ids: [Int] = []
        let burst = count > 1 ? nextSeq() : nil
        for k in 1...max(count, 1) {
            let id = registerValue(count > 1 ? "\(value)#\(k)" : value)
            clients.add(ClientWrite(id: id, acks: mode, target: target))
            ids.append(id)
            emit(.write(.sent(write: id, to: target, acks: mode)))
            if mode == .zero { countAcked(id) }  // acks 0: acknowledged when sent
            sendWrite(id, to: target, latency: delay, burst: burst)
        }
        return ids
    }

    mutating func sendWrite(_ id: Int, to node: NodeID, latency delay: Int? = nil, burst: Int? = nil) {
        clients.writes[id]!.target = node
        let delay = delay ?? rng.draw(latency)
        clients.enqueue(.write(id), node: node, toNode: true, at: now, latency: delay, seq: nextSeq(), burst: burst)
        guard clients.writes[id]!.acks != .zero else { return }  // acks 0 never waits or retries
        clients.writes[id]!.timerGeneration += 1
        clients.timers.append((now + Clients.retryAfter, nextSeq(), id, clients.writes[id]!.timerGeneration, false))
    }

    mutating func deliverToNode(_ node: NodeID) {
        guard let envelope = clients.toNode[node].popFirst() else { return }
        switch envelope.message {
        case .write(let id): writesArrive([id] + restOfBurst(envelope, at: node), at: node)
        case .consume(let position): consumeArrives(position, at: node)
        case .read(let id): readArrives(id, at: node)
        default: break
        }
    }

    /// The other writes of the same `count: N` burst, arriving at the same instant.
    mutating func restOfBurst(_ first: ClientEnvelope, at node: NodeID) -> [Int] {
        guard let burst = first.burst else { return [] }
        var ids: [Int] = []
        while let next = clients.toNode[node].first, next.burst == burst, next.deliverAt == first.deliverAt,
              case .write(let id) = next.message {
            clients.toNode[node].removeFirst()
            ids.append(id)
        }
        return ids
    }

    /// Writes reach a node. A leader appends the new ones together (one AppendEntries may
    /// carry them all) and answers held ones once due; any other node redirects.
    mutating func writesArrive(_ ids: [Int], at node: NodeID) {
        var fresh: [Int] = []
        for id in ids where accepts(id, at: node) { fresh.append(id) }
        guard !fresh.isEmpty else { return }
        let at = now
        guard let last = engine.propose(fresh, at: node, now: at, out: &outbox) else { return }
        throughput.appended((last - fresh.count + 1)...last, by: node, now: now, key: settings)
        let term = engine.term(of: node)
        for (k, id) in fresh.enumerated() {
            let index = last - fresh.count + 1 + k
            recordIndex(id, index)
            let acks = clients.writes[id]!.acks
            if acks == .zero, clients.writes[id]!.stamp == nil {
                clients.writes[id]!.stamp = term
                clients.pending.append(id)
            }
            if acks == .all { clients.waiters[node][index, default: []].append(id) }
        }
        settle(node)
        for id in fresh where clients.writes[id]!.acks == .one { acknowledge(id, by: node) }
    }

    /// Whether a leader should append write `id`; otherwise handles it (lost, redirected,
    /// or already held) and returns false.
    mutating func accepts(_ id: Int, at node: NodeID) -> Bool {
        let write = clients.writes[id]!
        guard engine.isUp(node) else {
            if write.acks == .zero { markLost(id, term: engine.term(of: node), reason: .reachedCrashed(node)) }
            return false
        }
        guard engine.role(of: node) == .leader else {
            if write.acks == .zero { markLost(id, term: engine.term(of: node), reason: .reachedFollower(node)) }
            let hint = engine.leaderHint(at: node)
            clients.enqueue(.answer(write: id, ack: false, leader: hint), node: node, toNode: false,
                            at: now, latency: rng.draw(latency), seq: nextSeq())
            return false
        }
        if engine.holdsWrites(at: node) {  // thesis 3.10: not appended during a transfer
            hold(id, at: node)
            return false
        }
        // Before the append, and before finding it held [Partition `appendRecordsToLeader`].
        if write.acks == .all, let error = engine.writeError(at: node, appended: false) {
            refuse(id, by: node, error)
            return false
        }
        if let index = heldIndex(of: id, in: node) {
            emit(.write(.duplicate(write: id, at: node, index: index)))
            answerWhenDue(id, at: node, index: index)
            return false
        }
        return true
    }

    /// A leader that already holds the write answers once it meets the acks mode.
    mutating func answerWhenDue(_ id: Int, at node: NodeID, index: Int) {
        switch clients.writes[id]!.acks {
        case .zero: return
        case .one: acknowledge(id, by: node)
        case .all:
            if engine.commitIndex(of: node) >= index { answerCommitted(id, by: node) }
            else { clients.waiters[node][index, default: []].append(id) }
        }
    }

    /// The write counts as acknowledged now; the answer travels back to the client.
    mutating func acknowledge(_ id: Int, by node: NodeID) {
        guard !clients.writes[id]!.refused else { return }  // an error answer ended it
        if !clients.writes[id]!.acked {
            let term = engine.term(of: node)
            clients.writes[id]!.stamp = term
            countAcked(id)
            if clients.writes[id]!.acks == .all, let index = heldIndex(of: id, in: node) {
                clients.ackedAllThrough = max(clients.ackedAllThrough, index)  // what later reads must see
            }
            clients.pending.append(id)
            emit(.write(.acknowledged(write: id, by: node, term: term)))
            checkLostAgainstLatestLeader(id)
        }
        clients.enqueue(.answer(write: id, ack: true, leader: node), node: node, toNode: false,
                        at: now, latency: rng.draw(latency), seq: nextSeq())
    }

    /// An acks-all write is committed at leader `node`: acknowledged, or answered with the
    /// engine's error [Partition `checkEnoughReplicasReachOffset`].
    mutating func answerCommitted(_ id: Int, by node: NodeID) {
        if let error = engine.writeError(at: node, appended: true) { refuse(id, by: node, error) }
        else { acknowledge(id, by: node) }
    }

    /// The leader answers write `id` with `error`: counted now, the answer travels back and
    /// ends the write (no retry).
    mutating func refuse(_ id: Int, by node: NodeID, _ error: WriteError) {
        guard !clients.writes[id]!.refused, !clients.writes[id]!.acked else { return }  // one answer ends a write
        clients.writes[id]!.refused = true
        clients.errors[error, default: 0] += 1
        emit(.write(.refused(write: id, by: node, error: error)))
        clients.enqueue(.refused(write: id), node: node, toNode: false, at: now, latency: rng.draw(latency), seq: nextSeq())
    }

    mutating func countAcked(_ id: Int) {
        clients.writes[id]!.acked = true
        clients.acked += 1
    }

    mutating func deliverToClient(_ node: NodeID) {
        guard let envelope = clients.fromNode[node].popFirst() else { return }
        switch envelope.message {
        case let .answer(id, ack, leader): answerArrives(id, from: node, ack: ack, leader: leader)
        case .refused(let id):
            clients.writes[id]!.answered = true
            clients.writes[id]!.timerGeneration += 1
        case let .consumeAnswer(position, count, through): consumeAnswerArrives(position, count, through, from: node)
        case let .readAnswer(id, outcome): readAnswerArrives(id, outcome, from: node)
        default: break
        }
    }

    mutating func answerArrives(_ id: Int, from node: NodeID, ack: Bool, leader: NodeID?) {
        if let leader { clients.believedLeader = leader }
        let write = clients.writes[id]!
        guard !write.answered, write.acks != .zero else { return }
        if ack {
            clients.writes[id]!.answered = true
            clients.writes[id]!.timerGeneration += 1
            return
        }
        let next = leader.flatMap { $0 == node ? nil : $0 } ?? (node + 1) % size
        emit(.write(.redirected(write: id, by: node, leader: leader)))
        sendWrite(id, to: next)  // a redirect restarts the 500 ms timer
    }

    mutating func fireClientTimer() {
        guard let timer = clients.timers.popFirst() else { return }
        if timer.read { return readTimerFires(timer.write, generation: timer.generation) }
        guard let write = clients.writes[timer.write], !write.answered,
              write.timerGeneration == timer.generation else { return }
        let next = (write.target + 1) % size  // "next node in order" after the one last tried
        emit(.write(.retried(write: write.id, to: next)))
        sendWrite(write.id, to: next)
    }
}
