import RaftCore
import RaftSim
import Lessons

/// The heal phase's end: a cluster that converged (issue 2, "Fuzzing"; kafka-mode.md for Kafka).
extension FuzzSession {
    /// How long until the cluster converges, found on a copy of the world (at most `limit` ms).
    func timeUntilConverged(limit: Int) -> Int {
        var copy = current
        _ = copy.wait(limit: limit) { Self.missedConvergence($0).isEmpty }
        return copy.now - current.now
    }

    func missedConvergence() -> [Condition] { Self.missedConvergence(current) }

    /// What convergence still misses in a world of either engine.
    static func missedConvergence(_ world: ClusterWorld) -> [Condition] {
        switch world {
        case .raft(let raft): missedConvergence(raft)
        case .kafka(let kafka): missedKafkaConvergence(kafka)
        }
    }

    /// Runs until the cluster converges. A leader whose only uncommitted entries are of
    /// earlier terms (no-op off) commits them once a write of its own term arrives (5.4.2),
    /// so a client writes again, as a real one would. A `run` also plays the events of the
    /// instant it ends at, so one of them (a queued configuration entry appended) may undo the
    /// convergence found on the copy: then it runs again. Returns what is still missed.
    mutating func converge(attempts: Int = 3, within: Int = 5000) -> [Condition] {
        for attempt in 1...attempts {
            play(.run(timeUntilConverged(limit: within)))
            let missed = missedConvergence()
            guard !missed.isEmpty, attempt < attempts else { return missed }
            if current.raftWorld.map(waitsForOwnTermWrite) == true {
                act(.write(value: "again-\(attempt)", to: nil, acks: .all, count: 1))
            }
        }
        return missedConvergence()
    }

    /// The leader holds uncommitted entries, none of its own term.
    func waitsForOwnTermWrite(_ world: RaftWorld) -> Bool {
        guard let leader = world.undisputedLeader else { return false }
        let e = world.engine
        let last = e.lastIndex(of: leader)
        return last > e.commitIndex(of: leader) && (e.entryTerm(at: last, in: leader) ?? 0) < e.term(of: leader)
    }

    /// Expectations of convergence that do not hold in `world` (empty when it converged): one
    /// leader, every entry of its log committed on every member of its configuration (nodes
    /// outside it are sent nothing, raft-extensions.md), every client write answered, every
    /// read over, and every write acknowledged under acks=all committed. Nothing changes after that.
    static func missedConvergence(_ world: RaftWorld) -> [Condition] {
        guard let leader = world.undisputedLeader else { return [Condition(leader: .any)] }
        let e = world.engine
        let members = (e.voters(at: leader) ?? NodeSet(first: world.size)).members
        let commit = e.commitIndex(of: leader), last = e.lastIndex(of: leader)
        var out: [Condition] = []
        // Entries of the leader's own term commit by themselves; wait for them too.
        let ownTermPending = last > commit && e.entryTerm(at: last, in: leader) == e.term(of: leader)
        if ownTermPending || members.contains(where: { e.commitIndex(of: $0) != commit }) {
            let target = ownTermPending ? last : commit
            out.append(Condition(leader: .node(leader), commit: members.map { PerNode($0, NumberMatch(.eq, target)) }))
        }
        return out + missedWrites(.raft(world), out.isEmpty)
    }

    /// Every write acknowledged under acks=all committed, every write not acks=0 answered, and
    /// every read answered or refused (a read tries each node once, then gives up).
    static func missedWrites(_ world: ClusterWorld, _ restHolds: Bool) -> [Condition] {
        var out: [Condition] = []
        for case let write? in world.clients.writes where write.acks != .zero {
            let value = world.values[write.id]
            let due = write.acks == .all && write.acked || !write.answered
            if due && !world.isCommitted(value: value) { out.append(Condition(committed: value)) }
        }
        let clients = world.clients
        let waiting = clients.writes.contains(where: { $0.map { $0.acks != .zero && !$0.answered } ?? false })
            || clients.reads.contains(where: { !$0.done })
        if restHolds && out.isEmpty && waiting {
            out.append(Condition(inFlight: NumberMatch(.eq, 0), acked: NumberMatch(.eq, -1)))  // never holds
        }
        return out
    }

}
