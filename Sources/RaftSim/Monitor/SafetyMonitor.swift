import RaftCore

/// Checks Raft's safety properties (Figure 3) after every event, incrementally: each check
/// costs O(1) per entry appended or committed, so long runs stay linear. Each property is
/// reported once, with the event that broke it.
public struct SafetyMonitor: Sendable {
    /// Per node, the prefix hash of its log at each index (index k at [k - 1]).
    var hashes: [[UInt64]]
    /// The prefix hash first seen for (index, term): the first term at an index is kept in an
    /// array, any other term in a dictionary.
    var firstSeen: [(term: Int, hash: UInt64)] = []
    var otherSeen: [IndexTerm: UInt64] = [:]
    /// The first entry committed at each index, and the prefix hash of that committed chain.
    public private(set) var committed: [Entry] = []
    var committedHash: [UInt64] = []
    /// The term in which each index was first committed: the term of the node whose commit
    /// index first covered it, and the running maximum of those terms (nondecreasing).
    var commitTerm: [Int] = []
    var commitTermMax: [Int] = []
    /// term -> the node that led it (Election Safety).
    var leaders: [Int: NodeID] = [:]
    public private(set) var violations: [SafetyViolation] = []
    /// Violations found during the current observation.
    private var fresh: [SafetyViolation] = []
    private var time = 0
    private var observed: NodeID = 0

    struct IndexTerm: Hashable, Sendable { var index: Int; var term: Int }

    init(size: Int) {
        hashes = Array(repeating: [], count: size)
    }

    /// The properties broken so far.
    public var broken: Set<SafetyProperty> { Set(violations.map(\.property)) }

    mutating func observeInitial(_ nodes: [Node], _ id: NodeID, time: Int) {
        var empty = Before(nodes, id)
        empty.lastIndex = 0
        empty.commit = 0
        _ = observe(nodes, id, before: empty, truncatedFrom: nil, time: time)
    }

    mutating func observe(_ nodes: [Node], _ id: NodeID, before: Before, truncatedFrom: Int?, time: Int) -> [SafetyViolation] {
        observe(nodes, id, node: nodes[id], before: before, truncatedFrom: truncatedFrom, time: time)
    }

    private mutating func observe(_ nodes: [Node], _ id: NodeID, node: Node, before: Before,
                                  truncatedFrom: Int?, time: Int) -> [SafetyViolation] {
        self.time = time
        observed = id
        fresh.removeAll(keepingCapacity: true)
        let log = node.log
        var keep = min(before.lastIndex, log.lastIndex, hashes[id].count)
        if let cut = truncatedFrom {
            keep = min(keep, cut - 1)
            // Leader Append-Only: a leader never deletes or overwrites entries of its log.
            if before.role == .leader && node.role == .leader && before.term == node.term {
                report(.leaderAppendOnly, term: node.term, index: cut)
            }
        }
        if hashes[id].count > keep { hashes[id].removeSubrange(keep...) }
        if log.lastIndex > keep {
            for index in (keep + 1)...log.lastIndex {
                let previous = index == 1 ? 0 : hashes[id][index - 2]
                let h = PrefixHash.extend(previous, with: log[index])
                hashes[id].append(h)
                // Log Matching: equal (index, term) means equal logs up to that index.
                if !remember(index: index, term: log[index].term, hash: h) {
                    report(.logMatching, term: log[index].term, index: index)
                }
            }
        }
        if node.role == .leader && (before.role != .leader || before.term != node.term) {
            checkNewLeader(nodes, id)
        }
        if node.commitIndex > before.commit {
            checkCommits(nodes, id, from: before.commit + 1)
        }
        return fresh
    }

    private mutating func report(_ p: SafetyProperty, other: NodeID? = nil, term: Int, index: Int) {
        guard !violations.contains(where: { $0.property == p }) else { return }
        let v = SafetyViolation(property: p, time: time, node: observed, other: other, term: term, index: index)
        violations.append(v)
        fresh.append(v)
    }

    /// Returns false when (index, term) was seen before with another prefix.
    private mutating func remember(index: Int, term: Int, hash: UInt64) -> Bool {
        if index > firstSeen.count {
            firstSeen.append((term, hash))
            return true
        }
        let first = firstSeen[index - 1]
        if first.term == term { return first.hash == hash }
        let key = IndexTerm(index: index, term: term)
        if let seen = otherSeen[key] { return seen == hash }
        otherSeen[key] = hash
        return true
    }

    private mutating func checkNewLeader(_ nodes: [Node], _ id: NodeID) {
        let node = nodes[id]
        // Election Safety: at most one leader per term.
        if let other = leaders[node.term], other != id {
            report(.electionSafety, other: other, term: node.term, index: node.log.lastIndex)
        } else {
            leaders[node.term] = id
        }
        // Leader Completeness (5.4): entries committed in earlier terms are in the new leader's log.
        let c = committedBefore(term: node.term)
        guard c > 0 else { return }
        let h = hashes[id]
        if h.count < c || h[c - 1] != committedHash[c - 1] {
            report(.leaderCompleteness, term: node.term, index: firstMissingCommitted(in: node.log, upTo: c))
        }
    }

    /// The longest committed prefix whose entries were all committed in terms below `term`.
    private func committedBefore(term: Int) -> Int {
        var low = 0, high = commitTermMax.count  // binary search on the running maximum
        while low < high {
            let mid = (low + high) / 2
            if commitTermMax[mid] < term { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func firstMissingCommitted(in log: RaftLog, upTo c: Int) -> Int {
        for index in 1...c where index > log.lastIndex || log[index] != committed[index - 1] { return index }
        return c
    }

    private mutating func checkCommits(_ nodes: [Node], _ id: NodeID, from first: Int) {
        let log = nodes[id].log
        let term = nodes[id].term
        for index in first...nodes[id].commitIndex where index <= log.lastIndex {
            let entry = log[index]
            if index <= committed.count {
                // State Machine Safety: no two nodes apply different entries at one index.
                if committed[index - 1] != entry { report(.stateMachineSafety, term: entry.term, index: index) }
                continue
            }
            committed.append(entry)
            committedHash.append(PrefixHash.extend(index == 1 ? 0 : committedHash[index - 2], with: entry))
            commitTerm.append(term)
            commitTermMax.append(max(term, commitTermMax.last ?? 0))
            // Leader Completeness, for leaders already elected in terms after this commit's.
            for (other, leader) in nodes.enumerated() where leader.isUp && leader.role == .leader
                && leader.term > term && other != id {
                if index > leader.log.lastIndex || leader.log[index] != entry {
                    report(.leaderCompleteness, other: other, term: leader.term, index: index)
                }
            }
        }
    }
}
