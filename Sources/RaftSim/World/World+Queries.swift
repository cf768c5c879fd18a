import Replication

/// What conditions and screens read from the world (scenario format, CONDITION).
extension World {
    /// The role word of the format: a crashed node's role is `crashed` (nil here).
    public func role(of id: NodeID) -> Role? { engine.role(of: id) }

    /// `leader: NAME`: up, leader, and no other up node leads an equal or higher term.
    public func isUndisputedLeader(_ id: NodeID) -> Bool {
        guard engine.role(of: id) == .leader else { return false }
        let term = engine.term(of: id)
        return !(0..<size).contains { $0 != id && engine.role(of: $0) == .leader && engine.term(of: $0) >= term }
    }

    /// The undisputed leader, if there is one.
    public var undisputedLeader: NodeID? { (0..<size).first(where: isUndisputedLeader) }

    /// Whether some up node is leader.
    public var anyLeaderUp: Bool { (0..<size).contains { engine.role(of: $0) == .leader } }

    /// The up leaders, in node order.
    public var leadersUp: [NodeID] { (0..<size).filter { engine.role(of: $0) == .leader } }

    /// The up leader of the highest term, if any (the leader `transfer`, `add` and `remove` ask).
    public var upLeader: NodeID? { leadersUp.max(by: { engine.term(of: $0) < engine.term(of: $1) }) }

    /// "The current leader": the up leader of the highest term; when none is up, the most recent.
    public var currentLeader: NodeID? { upLeader ?? lastLeader?.node }

    /// `committed: VALUE`: an entry carrying VALUE is at or below the commit index of an up node.
    public func isCommitted(value: String) -> Bool {
        (0..<size).contains { node in
            guard engine.isUp(node) else { return false }
            let through = min(engine.commitIndex(of: node), engine.lastIndex(of: node))
            guard through > 0 else { return false }
            return (1...through).contains { index in
                let write = engine.write(at: index, in: node) ?? 0
                return write != 0 && values[write] == value
            }
        }
    }

    /// The terms of a node's log after its snapshot, first index first (scenario format, `log`;
    /// raft-extensions.md: the entries after the snapshot only).
    public func logTerms(of node: NodeID) -> [Int] {
        let first = engine.snapshotIndex(of: node) + 1, last = engine.lastIndex(of: node)
        return last < first ? [] : (first...last).map { engine.entryTerm(at: $0, in: node) ?? 0 }
    }

    /// Messages on their way between nodes (client messages not counted).
    public var inFlight: Int { network.inFlight }

    /// The safety properties reported broken so far.
    public var violations: [SafetyViolation] { monitor?.violations ?? [] }

    /// The properties the monitor checks.
    public var properties: [SafetyProperty] { Engine.Checks.properties }
}
