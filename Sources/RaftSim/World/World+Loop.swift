import Replication

/// Where the next event comes from.
enum EventSource {
    case timer(NodeID), link(Int), toNode(NodeID), fromNode(NodeID), clientTimer
}

extension World {
    /// The next event due: the earliest (time, sequence) over timers, links and clients.
    func nextEvent() -> (time: Int, seq: Int, source: EventSource)? {
        var best: (time: Int, seq: Int, source: EventSource)? = nil
        func consider(_ time: Int, _ seq: Int, _ source: EventSource) {
            if let b = best, (b.time, b.seq) <= (time, seq) { return }
            best = (time, seq, source)
        }
        for id in 0..<size where engine.isUp(id) || engine.timerRunsWhileDown(id) {
            consider(engine.deadline(of: id), timerSeq[id], .timer(id))
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
        guard overload == nil, let event = nextEvent() else { return false }
        handle(event.time, event.source)
        return true
    }

    mutating func handle(_ time: Int, _ source: EventSource) {
        now = max(now, time)
        eventCount += 1
        switch source {
        case .timer(let id): fireTimer(id)
        case .link(let link): deliver(link)
        case .toNode(let id): deliverToNode(id)
        case .fromNode(let id): deliverToClient(id)
        case .clientTimer: fireClientTimer()
        }
        if eventCount & Self.limitCheckMask == 0 { checkLimits() }  // after the event: the stop is the last thing shown
    }

    /// `run: MS`: handles every event up to and including now + `ms`.
    public mutating func run(for ms: Int) {
        let end = now + ms
        while overload == nil, let next = nextEvent(), next.time <= end { handle(next.time, next.source) }
        if overload == nil { now = end }
    }

    /// `wait`: handles events until `condition` holds (checked first and after each event),
    /// for at most `limit` ms. Returns whether it held.
    public mutating func wait(limit: Int, until condition: (World) -> Bool) -> Bool {
        let end = now + limit
        if condition(self) { return true }
        while overload == nil, let next = nextEvent(), next.time <= end {
            handle(next.time, next.source)
            if condition(self) { return true }
        }
        if overload == nil { now = end }
        return false
    }

    /// Handles events until no message is in flight between nodes (the benchmark's rounds).
    public mutating func deliverAll() {
        while network.inFlight > 0, step() {}
    }

    mutating func fireTimer(_ id: NodeID) {
        let at = now
        engine.fireTimer(id, now: at, rng: &rng, out: &outbox)
        settle(id)
    }

    mutating func deliver(_ link: Int) {
        guard let envelope = network.take(link) else { return }
        let m = envelope.message
        if !network.canDeliver(from: m.from, to: m.to) {
            return emit(.dropped(m, network.partitioned(m.from, m.to) ? .partition : .cut))
        }
        if recording { events.append(SimEvent(time: now, kind: .delivered(m, sentAt: envelope.sentAt))) }
        if m.isRequest || throughput.busy {  // before the answer commits: its round trip counts
            throughput.delivered(request: m.isRequest, link: link, reverse: network.link(m.to, m.from), to: m.to,
                                 sentAt: envelope.sentAt, now: now, links: size * size,
                                 key: m.isRequest ? nil : settings)
        }
        let at = now
        engine.receive(m, now: at, rng: &rng, out: &outbox)
        settle(m.to)
    }

    /// After a call into node `id`: record its notes, send its messages, let the monitor and
    /// the clients learn from its notes, and reorder its timer if it was set again.
    mutating func settle(_ id: NodeID) {
        if recording {
            for note in outbox.notes where note.level != .silent { events.append(SimEvent(time: now, kind: .note(id, note))) }
        }
        for m in outbox.messages { send(m) }  // after the notes: a decision reads before its drops
        if monitor != nil { observe(id) }
        clientsLearn(from: id)
        if outbox.timerReset { timerSeq[id] = nextSeq() }
        outbox.clear()
        if clients.anyHeld { releaseHeldWrites() }
    }

    mutating func observe(_ id: NodeID) {
        let found = monitor!.observe(id, outbox.notes, in: engine, time: now)
        for v in found { emit(.violation(v)) }
    }

    mutating func observeConsumer(_ node: NodeID, through index: Int) {
        let found = monitor!.consumerReads(from: node, through: index, in: engine, time: now)
        for v in found { emit(.violation(v)) }
    }

    /// Puts a message on its link, or drops it if its receiver is down.
    mutating func send(_ m: Engine.Message) {
        messagesSent += 1
        guard engine.isUp(m.to) else { return emit(.dropped(m, .crashed)) }
        let range = network.latency(from: m.from, to: m.to, normal: latency)
        network.enqueue(m, at: now, latency: rng.draw(range), seq: nextSeq())
    }
}
