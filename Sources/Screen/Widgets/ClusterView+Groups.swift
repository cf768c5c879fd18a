import Picture

/// The groups a partition makes: nodes that can still talk (every partition in force puts
/// them together), named under the ring so a partition of 5 or 6 nodes reads at a glance.
extension ClusterView {
    /// The groups, each in node order and ordered by its first node; nil when no partition
    /// separates any two nodes.
    static func groups(_ picture: ClusterPicture) -> [[NodeID]]? {
        let n = picture.nodeCount
        var group = Array(0..<n)
        func root(_ a: Int) -> Int {
            var a = a
            while group[a] != a { a = group[a] }
            return a
        }
        var split = false
        for a in 0..<n {
            for b in (a + 1)..<n {
                if picture.link(a, b).partitioned { split = true } else { group[root(b)] = root(a) }
            }
        }
        guard split else { return nil }
        var members: [Int: [NodeID]] = [:]
        for id in 0..<n { members[root(id), default: []].append(id) }
        return members.values.sorted { $0[0] < $1[0] }
    }
}
