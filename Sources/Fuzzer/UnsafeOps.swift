import RaftCore
import RaftSim
import Lessons

/// Schedules that aim at the unsafe rules past the basic algorithm (raft-extensions.md), as
/// `Figure8Ops` aims at `commit_old_terms`: half the actions are the rule's own move, the
/// others the general schedule's.
extension FuzzSession {
    mutating func targetedAction(_ rule: UnsafeRules) {
        guard chance(50) else { return randomAction() }
        if rule.contains(.snapshotUncommitted) { snapshotThenLose() }
        else if rule.contains(.leaseIgnoresClock) { staleLeaseRead() }
        else if rule.contains(.changeWithoutCommit) { twoChangesThenSplit() }
        play(.run(rng.draw(0...200)))
    }

    /// `snapshot_uncommitted`: the leader, cut off with at most one follower, takes writes and
    /// a snapshot of them; the others elect a leader that commits other entries there (paper 7).
    mutating func snapshotThenLose() {
        guard let old = leader else { return runUntilLeader() }
        let others = up.filter { $0 != old }
        var group = [old]
        if !others.isEmpty, chance(50) { group.append(pick(others)) }
        act(.partition([group]))
        act(.write(value: nextValue(), to: old, acks: .one, count: rng.draw(1...3)))
        play(.run(current.latency.upperBound * 2 + 1))
        for node in group { act(.snapshot(node)) }
        let term = current.term(of: old)
        play(.run(timeUntil(limit: 3000) { w in w.leadersUp.contains { w.term(of: $0) > term } }))
        if let new = current.leadersUp.first(where: { current.term(of: $0) > term }) {
            act(.write(value: nextValue(), to: new, acks: .all, count: rng.draw(1...3)))
            play(.run(current.latency.upperBound * 4 + 1))
        }
        if chance(50) { act(.heal) }
    }

    /// `lease_ignores_clock`: the leader is cut off, the others elect a leader that commits an
    /// acknowledged write, and a lease read goes to the old leader (thesis 6.4.1).
    mutating func staleLeaseRead() {
        guard let old = leader else { return runUntilLeader() }
        act(.partition([[old]]))
        let term = current.term(of: old)
        play(.run(timeUntil(limit: 3000) { w in w.leadersUp.contains { w.term(of: $0) > term } }))
        guard let new = current.leadersUp.first(where: { current.term(of: $0) > term }) else { return }
        let acked = current.clients.ackedAllThrough
        act(.write(value: nextValue(), to: new, acks: .all, count: 1))
        play(.run(timeUntil(limit: 2000) { $0.clients.ackedAllThrough > acked }))
        act(.read(at: old, mode: .lease))
        play(.run(current.latency.upperBound * 2 + 1))
        if chance(50) { act(.heal) }
    }

    /// A `run` until `condition` holds (at most `limit` ms), found on a copy of the world.
    func timeUntil(limit: Int, _ condition: (ClusterWorld) -> Bool) -> Int {
        var copy = current
        let start = copy.now
        _ = copy.wait(limit: limit, until: condition)
        return copy.now - start
    }
}
