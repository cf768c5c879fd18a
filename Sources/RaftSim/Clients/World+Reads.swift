import Replication

/// Client reads (raft-extensions.md, "Reads"): sent like writes, each node tried at most
/// once, answered with the answering node's applied index, stale when that misses a write
/// acknowledged before the read was sent.
extension World {
    /// `read: {at: NODE, mode: MODE}`: one read to `node`, or to the node the client believes leads.
    @discardableResult
    public mutating func read(at node: NodeID? = nil, mode: ReadMode) -> Int {
        let id = clients.reads.count
        let target = node ?? clients.believedLeader
        clients.reads.append(ClientRead(id: id, mode: mode, target: target, required: clients.ackedAllThrough))
        emit(.read(.sent(read: id, to: target, mode: mode)))
        sendRead(id, to: target)
        return id
    }

    mutating func sendRead(_ id: Int, to node: NodeID) {
        clients.reads[id].target = node
        clients.reads[id].tried.insert(node)
        clients.enqueue(.read(id), node: node, toNode: true, at: now, latency: rng.draw(latency), seq: nextSeq())
        clients.reads[id].timerGeneration += 1
        clients.timers.append((now + Clients.retryAfter, nextSeq(), id, clients.reads[id].timerGeneration, true))
    }

    /// The read reaches a node: answered now, redirected, refused, held by a leader, or met with silence.
    mutating func readArrives(_ id: Int, at node: NodeID) {
        guard engine.isUp(node), !clients.reads[id].done else { return }
        let at = now
        let outcome = engine.read(id, mode: clients.reads[id].mode, at: node, now: at, out: &outbox)
        settle(node)
        switch outcome {
        case .answered(let index): readAnswered(id, by: node, index: index)
        case .redirect(let leader): answerRead(id, from: node, .redirect(leader: leader))
        case .refused:
            finishRefused(id, by: node)
            answerRead(id, from: node, .refused)
        case .waiting, .silent: break
        }
    }

    /// A node answers: counted now, stale or not; a stale `read_index` or `lease` read breaks
    /// `linearizable_reads`.
    mutating func readAnswered(_ id: Int, by node: NodeID, index: Int) {
        guard !clients.reads[id].done else { return }
        clients.reads[id].done = true
        let read = clients.reads[id]
        let stale = index < read.required
        clients.readsOK += 1
        if stale { clients.readsStale += 1 }
        emit(.read(.answered(read: id, by: node, index: index, required: read.required, stale: stale)))
        if stale && read.mode != .local, monitor != nil {
            let finding = Finding(.linearizableReads, node: node, term: engine.term(of: node), index: read.required)
            for v in monitor!.report([finding], time: now) { emit(.violation(v)) }
        }
        answerRead(id, from: node, .value(index: index))
    }

    mutating func answerRead(_ id: Int, from node: NodeID, _ outcome: ReadAnswer) {
        clients.enqueue(.readAnswer(read: id, outcome: outcome), node: node, toNode: false,
                        at: now, latency: rng.draw(latency), seq: nextSeq())
    }

    mutating func finishRefused(_ id: Int, by node: NodeID?) {
        guard !clients.reads[id].done else { return }
        clients.reads[id].done = true
        clients.reads[id].timerGeneration += 1
        clients.readsRefused += 1
        emit(.read(.refused(read: id, by: node)))
    }

    /// An answer reaches the client: a redirect goes to the named leader if untried, else to
    /// the next untried node; with none left, the read is refused.
    mutating func readAnswerArrives(_ id: Int, _ outcome: ReadAnswer, from node: NodeID) {
        if case .redirect(let leader?) = outcome { clients.believedLeader = leader }
        guard case .redirect(let leader) = outcome, !clients.reads[id].done else {
            clients.reads[id].timerGeneration += 1  // answered or refused: no retry
            return
        }
        let tried = clients.reads[id].tried
        guard let next = leader.flatMap({ tried.contains($0) ? nil : $0 }) ?? nextUntried(after: node, tried) else {
            return finishRefused(id, by: nil)
        }
        emit(.read(.redirected(read: id, by: node, leader: leader, to: next)))
        sendRead(id, to: next)
    }

    /// 500 ms without an answer: the next untried node, or, with none left, refused.
    mutating func readTimerFires(_ id: Int, generation: Int) {
        let read = clients.reads[id]
        guard !read.done, read.timerGeneration == generation else { return }
        guard let next = nextUntried(after: read.target, read.tried) else { return finishRefused(id, by: nil) }
        emit(.read(.retried(read: id, to: next)))
        sendRead(id, to: next)
    }

    /// The first node after `node`, in order and wrapping, not tried yet.
    func nextUntried(after node: NodeID, _ tried: NodeSet) -> NodeID? {
        (1..<max(size, 1)).lazy.map { (node + $0) % self.size }.first { !tried.contains($0) }
    }
}
