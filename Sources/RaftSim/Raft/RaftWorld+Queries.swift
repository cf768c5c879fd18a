import RaftCore

/// What only a Raft world can tell: its nodes' Raft state, for Raft's own conditions and for
/// the Raft part of the cluster picture.
extension World where Engine == RaftEngine {
    /// The Raft nodes, read-only.
    public var nodes: [Node] { engine.nodes }
    public var config: EngineConfig { engine.settings }

    /// The current leader's match index for `peer` (its own last index for itself).
    public func matchIndex(of peer: NodeID) -> Int {
        guard let leader = currentLeader else { return 0 }
        let node = engine.nodes[leader]
        if peer == leader { return node.isUp ? node.log.lastIndex : 0 }
        guard node.isUp, node.role == .leader, peer < node.volatile.peers.count else { return 0 }
        return node.volatile.peers[peer].matchIndex
    }

    /// The value an entry carries, if any.
    public func value(of entry: Entry) -> String? { entry.write <= 0 ? nil : values[entry.write] }

    /// The key/value state a node's applied entries built (writes are `key=value`).
    public func appliedState(of id: NodeID) -> [(key: String, value: String)] {
        var state: [String: String] = [:]
        var order: [String] = []
        let node = engine.nodes[id]
        for entry in node.log.entries.prefix(node.volatile.appliedIndex) where entry.write > 0 {
            let text = values[entry.write]
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let key = parts[0]
            if state[key] == nil { order.append(key) }
            state[key] = parts.count > 1 ? parts[1] : ""
        }
        return order.map { ($0, state[$0]!) }
    }
}
