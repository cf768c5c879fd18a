/// Checks Raft's safety properties (Figure 3) from the nodes' notes, incrementally: it keeps
/// each log's running prefix hash as the notes report entries stored and removed, so every
/// check costs O(1) per entry stored or committed and long runs stay linear. Logs that agree
/// share the hashes first seen (`SharedChain`), so a healthy cluster costs one array. The
/// engine is read only for the content of entries a note names.
public struct RaftSafety: SafetyChecks {
    public static let properties: [SafetyProperty] = [
        .electionSafety, .leaderAppendOnly, .logMatching, .leaderCompleteness, .stateMachineSafety,
        .linearizableReads,
    ]

    /// One node as its notes describe it.
    struct Mirror: Sendable {
        /// The prefix hash of the log through each index.
        var chain = SharedChain()
        var role: Role? = .follower
        var term = 0
        var commit = 0
    }

    var nodes: [Mirror]
    /// The prefix hash first seen for (index, term): the first term at an index is kept in an
    /// array, any other term in a dictionary (Log Matching).
    var firstSeen: [FirstSeen] = []
    var otherSeen: [IndexTerm: UInt64] = [:]
    /// The committed chain: per index, the prefix hash of the entries first committed through it.
    var committed = SharedChain()
    /// The running maximum of the terms the committed entries were first committed in (the
    /// term of the node whose commit index first covered them), nondecreasing: each run starts
    /// at the index where the maximum rises.
    var termRuns: [(from: Int, termMax: Int)] = []
    /// term -> the node that led it (Election Safety).
    var leaders: [Int: NodeID] = [:]
    /// Snapshots past the committed chain, checked as it reaches them: a snapshot stands for
    /// the committed entries it covers (raft-extensions.md, "Monitor").
    var snapshotClaims: [SnapshotClaim] = []

    struct SnapshotClaim: Sendable { var node: NodeID; var index: Int; var hash: UInt64; var term: Int }

    struct IndexTerm: Hashable, Sendable { var index: Int; var term: Int }

    public init(_ engine: RaftEngine) {
        nodes = Array(repeating: Mirror(), count: engine.size)
        for node in engine.nodes {
            var initial = [Note.state(role: .follower, term: node.term)]
            if node.log.lastIndex > 0 { initial.append(.stores(at: 1, count: node.log.lastIndex)) }
            if node.commitIndex > 0 { initial.append(.learnsCommit(index: node.commitIndex, from: node.id)) }
            observe(node.id, initial, in: engine) { _ in }
        }
    }

    public mutating func observe(_ node: NodeID, _ notes: [Note], in engine: RaftEngine, found: (Finding) -> Void) {
        var k = notes.startIndex
        while k < notes.endIndex {
            let note = notes[k]
            k += 1
            switch note {
            case let .state(role, term): changeState(node, role, term, engine, found)
            case let .appends(index, _, _):
                // A leader's appends come in a run of consecutive indexes: stored together.
                var end = k
                while end < notes.endIndex, case .appends = notes[end] { end += 1 }
                truncate(node, from: index)
                store(node, notes[(k - 1)..<end].lazy.map(Self.appended), found)
                k = end
            case let .stores(index, count):
                truncate(node, from: index)
                store(node, engine.nodes[node].durable.log.slice(from: index, through: index + count - 1), found)
            case let .truncates(from, _):
                // Leader Append-Only: a leader never deletes entries of its own log.
                if nodes[node].role == .leader {
                    found(Finding(.leaderAppendOnly, node: node, term: nodes[node].term, index: from))
                }
                truncate(node, from: from)
            case let .overwrites(from, _):
                found(Finding(.leaderAppendOnly, node: node, term: nodes[node].term, index: from))
                truncate(node, from: from)
            case let .commits(index, _, _, _), let .learnsCommit(index, _), let .restoresSnapshot(index):
                commit(node, through: index, engine, found)
            case let .takesSnapshot(index, term, _):
                claim(SnapshotClaim(node: node, index: index, hash: nodes[node].chain.hash(at: index, firstSeen), term: term),
                      found)
            case let .installsSnapshot(_, index, _, kept):
                if kept == nil {  // the whole log was replaced by the snapshot's state
                    truncate(node, from: 1)
                    store(node, engine.nodes[node].durable.log.slice(from: 1, through: index), found)
                }
                commit(node, through: index, engine, found)
            default: break
            }
        }
    }

    // MARK: - Roles and terms

    mutating func changeState(_ node: NodeID, _ role: Role?, _ term: Int, _ engine: RaftEngine,
                              _ found: (Finding) -> Void) {
        let was = (nodes[node].role, nodes[node].term)
        nodes[node].role = role
        nodes[node].term = term
        if role == nil { nodes[node].commit = 0 }  // a crash loses the commit index
        if role == .leader && (was.0 != .leader || was.1 != term) { checkNewLeader(node, term, engine, found) }
    }

    mutating func checkNewLeader(_ node: NodeID, _ term: Int, _ engine: RaftEngine, _ found: (Finding) -> Void) {
        // Election Safety: at most one leader per term.
        if let other = leaders[term], other != node {
            found(Finding(.electionSafety, node: node, other: other, term: term, index: nodes[node].chain.count))
        } else {
            leaders[term] = node
        }
        // Leader Completeness (5.4): entries committed in earlier terms are in the new leader's log.
        let c = committedBefore(term: term)
        guard c > 0, !agrees(node, through: c) else { return }
        found(Finding(.leaderCompleteness, node: node, term: term, index: firstDisagreement(node, from: 1, through: c)))
    }

    /// The longest committed prefix whose entries were all committed in terms below `term`.
    func committedBefore(term: Int) -> Int {
        var low = 0, high = termRuns.count  // binary search on the running maximum
        while low < high {
            let mid = (low + high) / 2
            if termRuns[mid].termMax < term { low = mid + 1 } else { high = mid }
        }
        return low < termRuns.count ? termRuns[low].from - 1 : committed.count
    }

    /// Whether the node's log holds the committed entries through `index` (equal prefix
    /// hashes mean equal prefixes).
    func agrees(_ node: NodeID, through index: Int) -> Bool {
        let chain = nodes[node].chain
        guard chain.count >= index else { return false }
        if index <= chain.shared && index <= committed.shared { return true }
        return chain.hash(at: index, firstSeen) == committed.hash(at: index, firstSeen)
    }

    /// The first index from `from` on where the node's log leaves the committed chain.
    func firstDisagreement(_ node: NodeID, from: Int, through last: Int) -> Int {
        (from...last).first { !agrees(node, through: $0) } ?? last
    }

    // MARK: - Logs

    mutating func truncate(_ node: NodeID, from index: Int) {
        nodes[node].chain.truncate(keeping: max(0, index - 1))
    }

    /// The entry of a leader's `appends` note.
    static func appended(_ note: Note) -> Entry {
        guard case let .appends(_, term, write) = note else { preconditionFailure("not an append") }
        return Entry(term: term, write: write)
    }

    /// Entries at the end of the node's log (its chain is taken out while it grows, so it is
    /// never copied).
    mutating func store<Entries: Sequence<Entry>>(_ node: NodeID, _ entries: Entries, _ found: (Finding) -> Void) {
        var chain = nodes[node].chain
        nodes[node].chain = SharedChain()
        var previous = chain.hash(at: chain.count, firstSeen)
        for entry in entries {
            previous = PrefixHash.extend(previous, with: entry)
            let index = chain.count + 1
            // Log Matching: equal (index, term) means equal logs up to that index.
            let (matches, isFirst) = remember(index: index, term: entry.term, hash: previous)
            if !matches { found(Finding(.logMatching, node: node, term: entry.term, index: index)) }
            chain.append(previous, isFirstSeen: isFirst)
        }
        nodes[node].chain = chain
    }

    /// Whether (index, term) was never seen with another prefix, and whether `hash` is the
    /// one first seen at `index`.
    mutating func remember(index: Int, term: Int, hash: UInt64) -> (matches: Bool, isFirst: Bool) {
        if index > firstSeen.count {
            firstSeen.append(FirstSeen(term: term, hash: hash))
            return (true, true)
        }
        let first = firstSeen[index - 1]
        if first.term == term { return (first.hash == hash, first.hash == hash) }
        let key = IndexTerm(index: index, term: term)
        if let seen = otherSeen[key] { return (seen == hash, false) }
        otherSeen[key] = hash
        return (true, false)
    }

    // MARK: - Snapshots

    /// State Machine Safety for a snapshot: what it covers agrees with the committed chain,
    /// now or once the chain reaches it.
    mutating func claim(_ claim: SnapshotClaim, _ found: (Finding) -> Void) {
        if claim.index <= committed.count { check(claim, found) } else { snapshotClaims.append(claim) }
    }

    func check(_ claim: SnapshotClaim, _ found: (Finding) -> Void) {
        guard claim.hash != committed.hash(at: claim.index, firstSeen) else { return }
        found(Finding(.stateMachineSafety, node: claim.node, term: claim.term, index: claim.index))
    }

    mutating func checkSnapshotClaims(_ found: (Finding) -> Void) {
        guard !snapshotClaims.isEmpty else { return }
        let reached = committed.count
        for claim in snapshotClaims where claim.index <= reached { check(claim, found) }
        snapshotClaims.removeAll { $0.index <= reached }
    }

    // MARK: - Commits

    mutating func commit(_ node: NodeID, through index: Int, _ engine: RaftEngine, _ found: (Finding) -> Void) {
        let from = nodes[node].commit + 1
        nodes[node].commit = max(nodes[node].commit, index)
        let upTo = min(index, nodes[node].chain.count)
        guard upTo >= from else { return }
        let log = engine.nodes[node].durable.log
        // State Machine Safety: what the node commits agrees with what was committed before.
        let known = min(upTo, committed.count)
        if known >= from, !agrees(node, through: known) {
            let k = firstDisagreement(node, from: from, through: known)
            found(Finding(.stateMachineSafety, node: node, term: log[k].term, index: k))
        }
        extendCommitted(node, upTo: upTo, log, engine, found)
    }

    /// Indexes committed for the first time join the committed chain, in the node's term.
    mutating func extendCommitted(_ node: NodeID, upTo: Int, _ log: RaftLog, _ engine: RaftEngine,
                                  _ found: (Finding) -> Void) {
        let first = committed.count + 1
        guard upTo >= first else { return }
        let term = nodes[node].term
        if term > termRuns.last?.termMax ?? 0 { termRuns.append((from: first, termMax: term)) }
        // A node that agrees with the chain so far extends it with its own prefix hashes.
        let agreeing = first == 1 || agrees(node, through: first - 1)
        let chain = nodes[node].chain
        if agreeing && upTo <= chain.shared && committed.own.isEmpty {
            committed.shared = upTo  // both are the hashes first seen
        } else {
            for index in first...upTo {
                let hash = agreeing ? chain.hash(at: index, firstSeen)
                    : PrefixHash.extend(committed.hash(at: index - 1, firstSeen), with: log[index])
                committed.append(hash, isFirstSeen: hash == firstSeen[index - 1].hash)
            }
        }
        checkSnapshotClaims(found)
        // Leader Completeness, for leaders already elected in terms after this commit's.
        for other in nodes.indices where other != node && nodes[other].role == .leader && nodes[other].term > term {
            let theirs = engine.nodes[other].durable.log
            for index in first...upTo where index > theirs.lastIndex || theirs[index] != log[index] {
                found(Finding(.leaderCompleteness, node: node, other: other, term: nodes[other].term, index: index))
                break
            }
        }
    }
}
