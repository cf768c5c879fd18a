import RaftCore

/// What conditions and screens read from the world (scenario format, CONDITION).
extension World {
    /// The role word of the format: a crashed node's role is `crashed` (nil here).
    public func role(of id: NodeID) -> Role? { nodes[id].isUp ? nodes[id].role : nil }

    /// `leader: NAME`: up, leader, and no other up node leads an equal or higher term.
    public func isUndisputedLeader(_ id: NodeID) -> Bool {
        let node = nodes[id]
        guard node.isUp, node.role == .leader else { return false }
        return !nodes.contains { $0.id != id && $0.isUp && $0.role == .leader && $0.term >= node.term }
    }

    /// The undisputed leader, if there is one.
    public var undisputedLeader: NodeID? { nodes.indices.first(where: isUndisputedLeader) }

    /// Whether some up node is leader.
    public var anyLeaderUp: Bool { nodes.contains { $0.isUp && $0.role == .leader } }

    /// "The current leader": the up leader of the highest term; when none is up, the most recent.
    public var currentLeader: NodeID? {
        let up = nodes.filter { $0.isUp && $0.role == .leader }
        if let best = up.max(by: { $0.term < $1.term }) { return best.id }
        return lastLeader?.node
    }

    /// The current leader's match index for `peer` (its own last index for itself).
    public func matchIndex(of peer: NodeID) -> Int {
        guard let leader = currentLeader else { return 0 }
        let node = nodes[leader]
        if peer == leader { return node.isUp ? node.log.lastIndex : 0 }
        guard node.isUp, node.role == .leader, peer < node.volatile.peers.count else { return 0 }
        return node.volatile.peers[peer].matchIndex
    }

    /// `committed: VALUE`: an entry carrying VALUE is at or below the commit index of an up node.
    public func isCommitted(value: String) -> Bool {
        nodes.contains { node in
            guard node.isUp, node.commitIndex > 0 else { return false }
            return node.log.entries.prefix(node.commitIndex).contains { $0.write != 0 && values[$0.write] == value }
        }
    }

    /// Messages on their way between nodes (client messages not counted).
    public var inFlight: Int { network.inFlight }

    /// The safety properties reported broken so far.
    public var violations: [SafetyViolation] { monitor?.violations ?? [] }

    /// The key/value state a node's applied entries built (writes are `key=value`).
    public func appliedState(of id: NodeID) -> [(key: String, value: String)] {
        var state: [String: String] = [:]
        var order: [String] = []
        let node = nodes[id]
        for entry in node.log.entries.prefix(node.volatile.appliedIndex) where entry.write != 0 {
            let text = values[entry.write]
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let key = parts[0]
            if state[key] == nil { order.append(key) }
            state[key] = parts.count > 1 ? parts[1] : ""
        }
        return order.map { ($0, state[$0]!) }
    }
}
