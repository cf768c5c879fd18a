import RaftCore
import RaftSim
import Lessons

/// `change_without_commit` (thesis 4.1 and its errata): a leader appends two configuration
/// entries with the first uncommitted, so the configurations before and after differ by two
/// servers and can have disjoint majorities; a partition along them elects two leaders of one
/// term, one in each (`election_safety`).
extension FuzzSession {
    mutating func twoChangesThenSplit() {
        guard let old = leader, let world = current.raftWorld else { return runUntilLeader() }
        let node = world.engine.nodes[old]
        guard node.volatile.leading.changes.isEmpty, let plan = splitPlan(leader: old, before: node.configuration.voters)
        else { return randomMembershipChange() }
        act(.partition([plan.side.members]))
        for change in plan.changes { act(change.add ? .add(change.node) : .remove(change.node)) }
        let after = plan.after
        play(.run(timeUntil(limit: 2000) { w in
            plan.side.members.allSatisfy { w.raftWorld?.engine.voters(at: $0) == after }
        }))
        // The side with the new configuration elects in the next term: by a transfer, or the
        // leader alone again after a restart; the other side by a timeout, or by its timers.
        if let target = plan.side.members.first(where: { $0 != old }) {
            act(.transfer(target))
        } else {
            act(.crash(old))
            act(.restart(old))
        }
        let rest = plan.before.members.filter { !plan.side.contains($0) }
        if let first = rest.first { act(.timeout(chance(50) ? first : pick(rest))) }
        let term = current.term(of: old)
        play(.run(timeUntil(limit: 3000) { w in rest.contains { w.role(of: $0) == .leader && w.term(of: $0) > term } }))
    }

    /// Two changes and the side that gets them: the leader and a majority of the configuration
    /// after, leaving a majority of the configuration before outside; nil when none exists.
    mutating func splitPlan(leader: NodeID, before: NodeSet) -> SplitPlan? {
        var plans: [SplitPlan] = []
        let outside = nodes.filter { !before.contains($0) }
        let inside = before.members.filter { $0 != leader }
        var pairs: [[MembershipRequest]] = []
        for (k, a) in outside.enumerated() { for b in outside[(k + 1)...] { pairs.append([.init(node: a, add: true), .init(node: b, add: true)]) } }
        for (k, a) in inside.enumerated() { for b in inside[(k + 1)...] { pairs.append([.init(node: a, add: false), .init(node: b, add: false)]) } }
        for a in outside { for b in inside { pairs.append([.init(node: a, add: true), .init(node: b, add: false)]) } }
        for changes in pairs {
            if let plan = SplitPlan(leader: leader, before: before, changes: changes) { plans.append(plan) }
        }
        return plans.isEmpty ? nil : pick(plans)
    }
}

/// Two membership changes and a partition along the majorities they leave disjoint.
struct SplitPlan {
    let changes: [MembershipRequest]
    let before: NodeSet
    let after: NodeSet
    /// The leader, the added nodes and enough kept members for a majority of `after`.
    let side: NodeSet

    init?(leader: NodeID, before: NodeSet, changes: [MembershipRequest]) {
        var after = before
        for c in changes { if c.add { after.insert(c.node) } else { after.remove(c.node) } }
        var side = NodeSet([leader])
        for c in changes where c.add { side.insert(c.node) }
        let quorum = Configuration(voters: after).quorum
        for member in after.members where side.count < quorum && !side.contains(member) { side.insert(member) }
        let rest = before.members.filter { !side.contains($0) }
        guard side.count >= quorum, rest.count >= Configuration(voters: before).quorum else { return nil }
        self.changes = changes
        self.before = before
        self.after = after
        self.side = side
    }
}
