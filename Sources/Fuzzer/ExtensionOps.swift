import RaftCore
import RaftSim
import Lessons

/// The random actions past the basic algorithm (raft-extensions.md): snapshots, client reads
/// in the three modes, leadership transfers and membership changes one server at a time.
extension FuzzSession {
    /// One random action of these, then a random pause.
    mutating func extensionAction() {
        switch rng.draw(0...99) {
        case 0..<20: act(.snapshot(target(leaderPercent: 30)))
        case 20..<55: randomRead()
        case 55..<70: randomTransfer()
        default: randomMembershipChange()
        }
        play(.run(rng.draw(0...300)))
    }

    /// A read in any mode, to a random node or to the node the client believes leads (paper 8).
    mutating func randomRead() {
        let at = chance(40) ? nil : target()
        act(.read(at: at, mode: pick(ReadMode.allCases)))
    }

    /// A transfer to a member of the leader's configuration, up or not (thesis 3.10).
    mutating func randomTransfer() {
        guard let leader = upLeader, let members = voters(at: leader)?.members.filter({ $0 != leader }),
              !members.isEmpty else { return runUntilLeader() }
        act(.transfer(pick(members)))
    }

    /// `add` of a node outside the leader's configuration, or `remove` of a member, judged on
    /// the configuration its queued changes lead to (thesis 4.1 to 4.3): every configuration
    /// keeps a voter, and a leader removes itself only from three voters or more with nothing
    /// queued, so that the voters left form a majority of the configuration before (in a
    /// configuration of two, the other one alone is not: see `mayRemoveItself`).
    mutating func randomMembershipChange() {
        guard let leader = upLeader, let world = current.raftWorld else { return runUntilLeader() }
        let node = world.engine.nodes[leader]
        var projected = node.configuration.voters
        for change in node.volatile.leading.changes {
            if change.add { projected.insert(change.node) } else { projected.remove(change.node) }
        }
        let outside = nodes.filter { !projected.contains($0) }
        if !outside.isEmpty, projected.count <= 1 || chance(50) { return act(.add(pick(outside))) }
        let removable = projected.members.filter { $0 != leader || mayRemoveItself(node) }
        if projected.count > 1, !removable.isEmpty { act(.remove(pick(removable))) }
    }

    /// A leader removing itself keeps leading until the new configuration commits (thesis
    /// 4.2.2); if it loses the lead first, only it holds the entry, and it never stands
    /// (raft-extensions.md: a node outside its own configuration never starts an election)
    /// while refusing the others, whose logs are shorter. With two voters the other cannot
    /// win alone, so the cluster would wait forever; with three or more it can.
    func mayRemoveItself(_ leader: Node) -> Bool {
        leader.volatile.leading.changes.isEmpty && leader.configuration.voters.count >= 3
    }

    /// The up leader of the highest term, which `transfer`, `add` and `remove` ask.
    var upLeader: NodeID? { current.raftWorld?.upLeader }

    /// The configuration `node` follows: the latest in its log (thesis 4.1).
    func voters(at node: NodeID) -> NodeSet? { current.raftWorld?.engine.voters(at: node) }
}
