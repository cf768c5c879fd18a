/// Checks Raft's safety properties (Figure 3) from the nodes' notes alone, incrementally:
/// it mirrors each log as its notes report it, with a running prefix hash, so every check
/// costs O(1) per entry stored or committed and long runs stay linear.
public struct RaftSafety: SafetyChecks {
    public static let properties: [SafetyProperty] = [
        .electionSafety, .leaderAppendOnly, .logMatching, .leaderCompleteness, .stateMachineSafety,
    ]

    /// One node as its notes describe it.
    struct Mirror: Sendable {
        var entries: [Entry] = []
        /// The prefix hash of the log through each index (index k at [k - 1]).
        var hashes: [UInt64] = []
        var role: Role? = .follower
        var term = 0
        var commit = 0
    }

    var nodes: [Mirror]
    /// The prefix hash first seen for (index, term): the first term at an index is kept in an
    /// array, any other term in a dictionary (Log Matching).
    var firstSeen: [(term: Int, hash: UInt64)] = []
    var otherSeen: [IndexTerm: UInt64] = [:]
    /// The first entry committed at each index, and the prefix hash of that committed chain.
    var committed: [Entry] = []
    var committedHash: [UInt64] = []
    /// The running maximum of the terms each index was first committed in (the term of the
    /// node whose commit index first covered it): nondecreasing, so it can be searched.
    var commitTermMax: [Int] = []
    /// term -> the node that led it (Election Safety).
    var leaders: [Int: NodeID] = [:]

    struct IndexTerm: Hashable, Sendable { var index: Int; var term: Int }

    public init(_ engine: RaftEngine) {
        nodes = Array(repeating: Mirror(), count: engine.size)
        for node in engine.nodes {
            var initial = [Note.state(role: .follower, term: node.term)]
            if node.log.lastIndex > 0 { initial.append(.stores(at: 1, entries: node.log.entries[...])) }
            if node.commitIndex > 0 { initial.append(.learnsCommit(index: node.commitIndex, from: node.id)) }
            observe(node.id, initial) { _ in }
        }
    }

    public mutating func observe(_ node: NodeID, _ notes: [Note], found: (Finding) -> Void) {
        for note in notes {
            switch note {
            case let .state(role, term): changeState(node, role, term, found)
            case let .appends(index, term, write):
                truncate(node, from: index)
                storeOne(node, Entry(term: term, write: write), found)
            case let .stores(index, entries): store(node, at: index, entries, found)
            case let .truncates(from, _):
                // Leader Append-Only: a leader never deletes entries of its own log.
                if nodes[node].role == .leader {
                    found(Finding(.leaderAppendOnly, node: node, term: nodes[node].term, index: from))
                }
                truncate(node, from: from)
            case let .overwrites(from, _):
                found(Finding(.leaderAppendOnly, node: node, term: nodes[node].term, index: from))
                truncate(node, from: from)
            case let .commits(index, _, _, _), let .learnsCommit(index, _):
                commit(node, through: index, found)
            default: break
            }
        }
    }

    // MARK: - Roles and terms

    mutating func changeState(_ node: NodeID, _ role: Role?, _ term: Int, _ found: (Finding) -> Void) {
        let was = (nodes[node].role, nodes[node].term)
        nodes[node].role = role
        nodes[node].term = term
        if role == nil { nodes[node].commit = 0 }  // a crash loses the commit index
        if role == .leader && (was.0 != .leader || was.1 != term) { checkNewLeader(node, term, found) }
    }

    mutating func checkNewLeader(_ node: NodeID, _ term: Int, _ found: (Finding) -> Void) {
        let mirror = nodes[node]
        // Election Safety: at most one leader per term.
        if let other = leaders[term], other != node {
            found(Finding(.electionSafety, node: node, other: other, term: term, index: mirror.entries.count))
        } else {
            leaders[term] = node
        }
        // Leader Completeness (5.4): entries committed in earlier terms are in the new leader's log.
        let c = committedBefore(term: term)
        guard c > 0 else { return }
        if mirror.hashes.count < c || mirror.hashes[c - 1] != committedHash[c - 1] {
            found(Finding(.leaderCompleteness, node: node, term: term, index: firstMissingCommitted(in: mirror, upTo: c)))
        }
    }

    /// The longest committed prefix whose entries were all committed in terms below `term`.
    func committedBefore(term: Int) -> Int {
        var low = 0, high = commitTermMax.count  // binary search on the running maximum
        while low < high {
            let mid = (low + high) / 2
            if commitTermMax[mid] < term { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func firstMissingCommitted(in mirror: Mirror, upTo c: Int) -> Int {
        for index in 1...c where index > mirror.entries.count || mirror.entries[index - 1] != committed[index - 1] {
            return index
        }
        return c
    }

    // MARK: - Logs

    mutating func truncate(_ node: NodeID, from index: Int) {
        let keep = max(0, index - 1)
        if nodes[node].entries.count > keep {
            nodes[node].entries.removeSubrange(keep...)
            nodes[node].hashes.removeSubrange(keep...)
        }
    }

    mutating func store(_ node: NodeID, at index: Int, _ entries: ArraySlice<Entry>, _ found: (Finding) -> Void) {
        truncate(node, from: index)
        for entry in entries { storeOne(node, entry, found) }
    }

    /// One entry at the end of the node's log.
    mutating func storeOne(_ node: NodeID, _ entry: Entry, _ found: (Finding) -> Void) {
        let h = PrefixHash.extend(nodes[node].hashes.last ?? 0, with: entry)
        nodes[node].entries.append(entry)
        nodes[node].hashes.append(h)
        let index = nodes[node].entries.count
        // Log Matching: equal (index, term) means equal logs up to that index.
        if !remember(index: index, term: entry.term, hash: h) {
            found(Finding(.logMatching, node: node, term: entry.term, index: index))
        }
    }

    /// Returns false when (index, term) was seen before with another prefix.
    mutating func remember(index: Int, term: Int, hash: UInt64) -> Bool {
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

    // MARK: - Commits

    mutating func commit(_ node: NodeID, through index: Int, _ found: (Finding) -> Void) {
        let from = nodes[node].commit + 1
        nodes[node].commit = max(nodes[node].commit, index)
        let upTo = min(index, nodes[node].entries.count)
        guard upTo >= from else { return }
        checkAgreement(node, from: from, upTo: upTo, found)
        extendCommitted(node, upTo: upTo, found)
    }

    /// State Machine Safety: what the node commits agrees with what was committed before. Equal
    /// prefix hashes mean equal prefixes, so one comparison covers the whole range.
    func checkAgreement(_ node: NodeID, from: Int, upTo: Int, _ found: (Finding) -> Void) {
        let last = min(upTo, committed.count)
        guard last >= from, nodes[node].hashes[last - 1] != committedHash[last - 1] else { return }
        let entries = nodes[node].entries
        for k in from...last where entries[k - 1] != committed[k - 1] {
            return found(Finding(.stateMachineSafety, node: node, term: entries[k - 1].term, index: k))
        }
    }

    /// Indexes committed for the first time join the committed chain, in the node's term.
    mutating func extendCommitted(_ node: NodeID, upTo: Int, _ found: (Finding) -> Void) {
        let first = committed.count + 1
        guard upTo >= first else { return }
        let term = nodes[node].term
        let entries = nodes[node].entries
        for index in first...upTo {
            let entry = entries[index - 1]
            committed.append(entry)
            committedHash.append(PrefixHash.extend(committedHash.last ?? 0, with: entry))
            commitTermMax.append(max(term, commitTermMax.last ?? 0))
        }
        // Leader Completeness, for leaders already elected in terms after this commit's.
        for other in nodes.indices where other != node {
            let mirror = nodes[other]
            guard mirror.role == .leader, mirror.term > term else { continue }
            for index in first...upTo where index > mirror.entries.count || mirror.entries[index - 1] != committed[index - 1] {
                found(Finding(.leaderCompleteness, node: node, other: other, term: mirror.term, index: index))
                break
            }
        }
    }
}
