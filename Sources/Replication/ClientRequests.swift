/// How a node answers a client read (raft-extensions.md, "Reads").
public enum ReadMode: String, Sendable, Equatable, CaseIterable {
    case readIndex = "read_index", lease, local
}

/// What a node does with a client read when it arrives.
public enum ReadOutcome: Sendable, Equatable {
    /// Answered now, with the highest index it had applied.
    case answered(index: Int)
    /// Not the leader: the client should go to the leader it knows of.
    case redirect(leader: NodeID?)
    /// A leader holds it until its read index is confirmed (answered later by a `Change`).
    case waiting
    /// Refused now: a lease needs both CheckQuorum and Pre-Vote.
    case refused
    /// No answer at all (an expired lease, a transfer under way, no commit of its term yet).
    case silent
}

/// `add: NODE` or `remove: NODE` (thesis 4.1, one server at a time).
public struct MembershipRequest: Sendable, Equatable {
    public var node: NodeID
    public var add: Bool
    public init(node: NodeID, add: Bool) {
        self.node = node
        self.add = add
    }
}
