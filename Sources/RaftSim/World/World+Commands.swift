import Replication

/// What a lesson, the fuzzer or a learner's key does to the world (scenario format, `steps`).
extension World {
    /// NODE stops: volatile state lost, messages on their way to it dropped.
    public mutating func crash(_ id: NodeID) {
        if let why = ignored(.crash(id)) { return emit(.ignored(id, why)) }
        let at = now
        engine.crash(id, now: at, out: &outbox)
        emit(.crashed(id))
        for m in network.dropAll(to: id) { emit(.dropped(m, .crashed)) }
        outbox.timerReset = true
        settle(id)
    }

    /// NODE comes back as a follower from its persistent state.
    public mutating func restart(_ id: NodeID) {
        if let why = ignored(.restart(id)) { return emit(.ignored(id, why)) }
        let at = now
        engine.restart(id, now: at, rng: &rng, out: &outbox)
        emit(.restarted(id))
        settle(id)
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

    /// NODE's election timer fires now; a leader or a crashed node has none, and an event says so.
    public mutating func timeout(_ id: NodeID) {
        if let why = ignored(.timeout(id)) { return emit(.ignored(id, why)) }
        emit(.timeoutForced(id))
        let at = now
        engine.timeout(id, now: at, rng: &rng, out: &outbox)
        settle(id)
    }

    /// Why `command` would find nothing to act on (a crash of a node that is down, a restart of
    /// one that is up, a timeout of a leader or of a node that is down, any timeout where a
    /// controller picks leaders), else nil.
    public func ignored(_ command: Command) -> IgnoredCommand? {
        switch command {
        case .crash(let n): engine.isUp(n) ? nil : .crashDown
        case .restart(let n): engine.isUp(n) ? .restartUp : nil
        case .timeout where !Engine.electsByTimer: .controllerElects
        case .timeout(let n): !engine.isUp(n) ? .timeoutDown : engine.role(of: n) == .leader ? .timeoutLeader
            : engine.voters(at: n)?.contains(n) == false ? .timeoutNonMember : nil
        case .snapshot(let n): !engine.isUp(n) ? .snapshotDown : nil
        case .transfer(let n): transferIgnored(n)
        case .add(let n): membershipIgnored(n, add: true)
        case .remove(let n): membershipIgnored(n, add: false)
        default: nil
        }
    }

    /// Why `transfer: NODE` has nothing to do (raft-extensions.md), else nil.
    func transferIgnored(_ target: NodeID) -> IgnoredCommand? {
        guard let leader = upLeader else { return .noLeader }
        if target == leader { return .transferToLeader }
        if !engine.isUp(target) { return .transferToCrashed }
        return engine.voters(at: leader)?.contains(target) == false ? .transferToNonMember : nil
    }

    /// Why `add`/`remove` has nothing to do: no leader, a member added, a non-member removed.
    func membershipIgnored(_ node: NodeID, add: Bool) -> IgnoredCommand? {
        guard let leader = upLeader else { return .noLeader }
        let member = engine.voters(at: leader)?.contains(node) ?? true
        return member == add ? (add ? .addMember : .removeNonMember) : nil
    }

    /// Drops the oldest message on its way from A to B, if any.
    public mutating func drop(from a: NodeID, to b: NodeID) {
        if let m = network.dropOldest(from: a, to: b) { emit(.dropped(m, .byHand)) }
    }

    /// Changes rules and timings from now on (new draws use them).
    public mutating func configure(_ change: Reconfiguration<Engine.SettingsChange>) {
        throughput.advance(to: now, key: settings)  // the time so far counts for the old setting
        if let engineChange = change.engine {
            let at = now
            engine.configure(engineChange, now: at, rng: &rng, out: &outbox)  // Kafka's controller may elect
            settle(0)  // notes name their own nodes where one call acts at several
        }
        if let latency = change.latency { self.latency = latency }
        if let acks = change.acks { self.acks = acks }
        emit(.configured(change))
    }

    /// Proposes `count` writes straight to the leader's log, bypassing client messages
    /// (the benchmark's harness does this, as etcd's does with `Propose`).
    @discardableResult
    public mutating func proposeDirect(at leader: NodeID, count: Int, value: String) -> Bool {
        let first = values.count
        for _ in 0..<count { _ = registerValue(value) }
        let at = now
        let appended = engine.propose(range: first..<(first + count), at: leader, now: at, out: &outbox)
        if let last = appended {
            for (k, id) in (first..<(first + count)).enumerated() { writeIndex[id] = last - count + 1 + k }
        }
        settle(leader)
        return appended != nil
    }
}
