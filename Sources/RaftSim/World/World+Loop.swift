import RaftCore

/// Where the next event comes from.
enum EventSource {
    case timer(NodeID), link(Int), toNode(NodeID), fromNode(NodeID), clientTimer
}

/// A node's state before a call, to see what the call changed.
struct Before {
    var role: Role
    var term: Int
    var lastIndex: Int
    var commit: Int
    var isUp: Bool
    /// Reads the few fields in place: copying a whole node (its log, its peers) costs more.
    init(_ nodes: [Node], _ id: NodeID) {
        role = nodes[id].volatile.role
        term = nodes[id].durable.term
        lastIndex = nodes[id].durable.log.lastIndex
        commit = nodes[id].volatile.commitIndex
        isUp = nodes[id].isUp
    }
}

extension World {
    /// The next event due: the earliest (time, sequence) over timers, links and clients.
    func nextEvent() -> (time: Int, seq: Int, source: EventSource)? {
        var best: (time: Int, seq: Int, source: EventSource)? = nil
        func consider(_ time: Int, _ seq: Int, _ source: EventSource) {
            if let b = best, (b.time, b.seq) <= (time, seq) { return }
            best = (time, seq, source)
        }
        for (id, node) in nodes.enumerated() where node.isUp {
            consider(node.nextDeadline, timerSeq[id], .timer(id))
        }
        for (link, queue) in network.links.enumerated() {
            if let head = queue.first { consider(head.deliverAt, head.seq, .link(link)) }
        }
        for id in 0..<size {
            if let head = clients.toNode[id].first { consider(head.deliverAt, head.seq, .toNode(id)) }
            if let head = clients.fromNode[id].first { consider(head.deliverAt, head.seq, .fromNode(id)) }
        }
        if let head = clients.timers.first { consider(head.deadline, head.seq, .clientTimer) }
        return best
    }

    /// The time of the next event, if any.
    public var nextEventTime: Int? { nextEvent()?.time }

    /// Handles the next event. Returns false when nothing is scheduled.
    @discardableResult
    public mutating func step() -> Bool {
        guard let event = nextEvent() else { return false }
        now = max(now, event.time)
        eventCount += 1
        switch event.source {
        case .timer(let id): fireTimer(id)
        case .link(let link): deliver(link)
        case .toNode(let id): deliverToNode(id)
        case .fromNode(let id): deliverToClient(id)
        case .clientTimer: fireClientTimer()
        }
        return true
    }

    /// `run: MS`: handles every event up to and including now + `ms`.
    public mutating func run(for ms: Int) {
        let end = now + ms
        while let next = nextEventTime, next <= end { step() }
        now = end
    }

    /// `wait`: handles events until `condition` holds (checked first and after each event),
    /// for at most `limit` ms. Returns whether it held.
    public mutating func wait(limit: Int, until condition: (World) -> Bool) -> Bool {
        let end = now + limit
        if condition(self) { return true }
        while let next = nextEventTime, next <= end {
            step()
            if condition(self) { return true }
        }
        now = end
        return false
    }

    mutating func fireTimer(_ id: NodeID) {
        let before = Before(nodes, id)
        let at = now
        nodes[id].fireTimer(now: at, rng: &rng, out: &outbox)
        settle(id, before)
    }

    mutating func deliver(_ link: Int) {
        guard let envelope = network.links[link].popFirst() else { return }
        let m = envelope.message
        if !network.canDeliver(from: m.from, to: m.to) {
            return emit(.dropped(m, network.partitioned(m.from, m.to) ? .partition : .cut))
        }
        if recording { events.append(SimEvent(time: now, kind: .delivered(m, sentAt: envelope.sentAt))) }
        let before = Before(nodes, m.to)
        let at = now
        nodes[m.to].receive(m, now: at, rng: &rng, out: &outbox)
        settle(m.to, before)
    }

    /// After a call into node `id`: send its messages, record its notes, let the monitor and
    /// the clients see what changed, and reorder its timer if it was reset.
    mutating func settle(_ id: NodeID, _ before: Before) {
        if recording { for note in outbox.notes { events.append(SimEvent(time: now, kind: .note(id, note))) } }
        let truncated = outbox.truncatedFrom
        for m in outbox.messages { send(m) }  // after the notes: a decision reads before its drops
        outbox.clear()
        if monitor != nil { observe(id, before, truncatedFrom: truncated) }
        clientsSee(id, before)
        syncTimer(id)
    }

    mutating func observe(_ id: NodeID, _ before: Before, truncatedFrom: Int?) {
        let found = monitor!.observe(nodes, id, before: before, truncatedFrom: truncatedFrom, time: now)
        for v in found { emit(.violation(v)) }
    }

    mutating func syncTimer(_ id: NodeID) {
        let epoch = nodes[id].volatile.timerEpoch
        if epoch != timerEpochSeen[id] {
            timerEpochSeen[id] = epoch
            timerSeq[id] = nextSeq()
        }
    }

    /// Puts a message on its link, or drops it if its receiver is down.
    mutating func send(_ m: Message) {
        messagesSent += 1
        guard nodes[m.to].isUp else { return emit(.dropped(m, .crashed)) }
        let range = network.latency(from: m.from, to: m.to, normal: timing.latency)
        network.enqueue(m, at: now, latency: rng.draw(range), seq: nextSeq())
    }
}
