import RaftCore

/// What a lesson, the fuzzer or a learner's key does to the world (scenario format, `steps`).
extension World {
    /// NODE stops: volatile state lost, messages on their way to it dropped.
    public mutating func crash(_ id: NodeID) {
        guard nodes[id].isUp else { return }
        let before = Before(nodes, id)
        nodes[id].crash()
        emit(.crashed(id))
        for m in network.dropAll(to: id) { emit(.dropped(m, .crashed)) }
        clientsSee(id, before)
        if monitor != nil { observe(id, before, truncatedFrom: nil) }
        syncTimer(id)
    }

    /// NODE comes back as a follower from its persistent state.
    public mutating func restart(_ id: NodeID) {
        guard !nodes[id].isUp else { return }
        let at = now
        nodes[id].restart(now: at, rng: &rng)
        emit(.restarted(id))
        syncTimer(id)
    }

    public mutating func partition(_ groups: [[NodeID]]) {
        network.partition(groups)
        emit(.partitioned(groups))
    }

    public mutating func cut(from a: NodeID, to b: NodeID) {
        network.cut(from: a, to: b)
        emit(.cut(from: a, to: b))
    }

    public mutating func slow(_ id: NodeID, latency: ClosedRange<Int>) {
        network.setSlow(id, latency)
        emit(.slowed(id, latency))
    }

    public mutating func heal() {
        network.heal()
        emit(.healed)
    }

    /// NODE's election timer fires now (nothing for a leader or a crashed node).
    public mutating func timeout(_ id: NodeID) {
        guard nodes[id].isUp, nodes[id].role != .leader else { return }
        emit(.timeoutForced(id))
        let before = Before(nodes, id)
        let at = now
        nodes[id].forceTimeout(now: at, rng: &rng, out: &outbox)
        settle(id, before)
    }

    /// Drops the oldest message on its way from A to B, if any.
    public mutating func drop(from a: NodeID, to b: NodeID) {
        if let m = network.dropOldest(from: a, to: b) { emit(.dropped(m, .byHand)) }
    }

    /// Changes rules and timings from now on (new draws use them).
    public mutating func configure(engine change: (inout EngineConfig) -> Void, timing newTiming: Timing? = nil,
                                   acks newAcks: Acks? = nil) {
        if let newTiming { timing = newTiming }
        if let newAcks { acks = newAcks }
        for id in nodes.indices {
            var config = nodes[id].config
            change(&config)
            config.heartbeat = timing.heartbeat
            config.election = timing.election
            nodes[id].config = config
        }
        emit(.configured)
    }

    /// Proposes `count` writes straight to the leader's log, bypassing client messages
    /// (the benchmark's harness does this, as etcd's does with `Propose`).
    @discardableResult
    public mutating func proposeDirect(at leader: NodeID, count: Int, value: String) -> Bool {
        let first = values.count
        for _ in 0..<count { _ = registerValue(value) }
        let before = Before(nodes, leader)
        let appended = nodes[leader].propose(writes: first..<(first + count), out: &outbox) != nil
        if appended {
            let last = nodes[leader].log.lastIndex
            for (k, id) in (first..<(first + count)).enumerated() { writeIndex[id] = last - count + 1 + k }
        }
        settle(leader, before)
        return appended
    }
}
