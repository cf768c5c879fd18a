/// Who votes: membership as data. The quorum rule lives here and nowhere else, so it follows
/// a change of who votes (Raft 5.2; thesis 4, one server at a time).
public struct Configuration: Sendable, Equatable, Hashable {
    public var voters: NodeSet

    public init(voters: NodeSet) { self.voters = voters }
    /// Every node of a cluster of `size` votes.
    public init(size: Int) { voters = NodeSet(first: size) }

    public func contains(_ id: NodeID) -> Bool { voters.contains(id) }

    /// floor(N/2)+1 of the N voters: any two quorums share a voter (Raft 5.2).
    public var quorum: Int { voters.count / 2 + 1 }

    /// Whether `nodes` hold a quorum of the voters (nodes outside the configuration do not count).
    public func isQuorum(_ nodes: NodeSet) -> Bool { nodes.intersection(voters).count >= quorum }

    /// The largest value that a quorum of voters has reached (each voter's given by `value`),
    /// and how many voters reached it: the commit rule of Raft 5.3 over match indexes.
    @inlinable public func quorumValue(_ value: (NodeID) -> Int) -> (value: Int, count: Int) {
        var best = 0, bestCount = 0
        let need = quorum
        voters.forEach { candidate in
            let v = value(candidate)
            guard v > best else { return }
            var count = 0
            voters.forEach { if value($0) >= v { count += 1 } }
            if count >= need {
                best = v
                bestCount = count
            }
        }
        return (best, bestCount)
    }
}
