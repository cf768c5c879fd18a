@testable import RaftCore

// Helpers to drive ONE node with hand-made messages and read what it did.

/// A log of the given terms; entry k carries write k, so entries are told apart.
func makeLog(_ terms: [Int]) -> RaftLog {
    RaftLog(terms.enumerated().map { Entry(term: $0.element, write: $0.offset + 1) })
}

/// Entries of the given terms, as a leader would send them (values do not matter here).
func makeEntries(_ terms: [Int]) -> [Entry] {
    terms.map { Entry(term: $0, write: 100 + $0) }
}

func makeConfig(nodes: Int = 3, _ change: (inout EngineConfig) -> Void = { _ in }) -> EngineConfig {
    var config = EngineConfig(size: nodes)
    change(&config)
    return config
}

extension RaftLog {
    /// The terms of the log, index 1 first.
    var terms: [Int] { entries.map(\.term) }
}

/// One node under test, with its generator, its clock and the outbox of the last call.
struct Rig {
    var node: Node
    var rng: SplitMix64
    var out = RaftOutbox()
    var now: Int

    /// A node with the given durable state and commit index, its election timer started at `now`.
    init(id: NodeID = 0, nodes: Int = 3, term: Int = 0, votedFor: NodeID? = nil, log: [Int] = [],
         commit: Int = 0, seed: UInt64 = 1, now: Int = 0,
         config change: (inout EngineConfig) -> Void = { _ in }) {
        node = Node(id: id, config: makeConfig(nodes: nodes, change),
                    durable: DurableState(term: term, votedFor: votedFor, log: makeLog(log)), commit: commit)
        rng = SplitMix64(seed: seed)
        self.now = now
        node.start(now: now, rng: &rng)
    }

    var id: NodeID { node.id }
    var others: [NodeID] { (0..<node.config.size).filter { $0 != node.id } }

    /// The timeout the next timer reset will draw (without drawing it).
    func nextDraw() -> Int {
        var copy = rng
        return copy.draw(node.config.election)
    }

    /// Delivers `m` at time `at` (default: the current time); returns what the node did.
    @discardableResult
    mutating func receive(_ m: Message, at time: Int? = nil) -> RaftOutbox {
        if let time { now = time }
        out.clear()
        node.receive(m, now: now, rng: &rng, out: &out)
        return out
    }

    /// The node's timer is called at `at` (whatever is due then fires).
    @discardableResult
    mutating func fire(at time: Int) -> RaftOutbox {
        now = time
        out.clear()
        node.fireTimer(now: now, rng: &rng, out: &out)
        return out
    }

    /// Fires every timer due up to `time`, in order; returns everything they produced.
    @discardableResult
    mutating func advance(to time: Int) -> RaftOutbox {
        var all = RaftOutbox()
        while node.isUp, node.nextDeadline <= time {
            fire(at: node.nextDeadline)
            all.messages += out.messages
            all.notes += out.notes
        }
        now = time
        return all
    }

    /// A forced election timeout (the `timeout` step).
    @discardableResult
    mutating func timeout(at time: Int? = nil) -> RaftOutbox {
        if let time { now = time }
        out.clear()
        node.forceTimeout(now: now, rng: &rng, out: &out)
        return out
    }

    @discardableResult
    mutating func propose(_ write: Int) -> Int? {
        out.clear()
        return node.propose(write: write, now: now, out: &out)
    }

    @discardableResult
    mutating func propose(writes: Range<Int>) -> Int? {
        out.clear()
        return node.propose(writes: writes, now: now, out: &out)
    }

    /// Times the election out and feeds granted (pre-)votes from the other nodes, lowest id
    /// first, until the node leads. Returns the outbox of the call that made it leader.
    @discardableResult
    mutating func elect(at time: Int? = nil) -> RaftOutbox {
        timeout(at: time)
        while node.role != .leader {
            let pre = node.role == .preCandidate
            precondition(pre || node.role == .candidate, "elect: the node did not stand")
            guard let peer = others.first(where: { !node.volatile.votesGranted.contains($0) }) else {
                preconditionFailure("elect: every node voted and no leader")
            }
            receive(.voteReply(peer, to: id, term: pre ? node.term + 1 : node.term, granted: true, pre: pre))
        }
        return out
    }

    /// A leader of `term` (elected from a follower of term - 1) over `log`, whose followers
    /// have all answered the first AppendEntries with success, so none is probing any more.
    static func caughtUpLeader(nodes: Int = 3, term: Int = 1, log: [Int] = [],
                               config change: (inout EngineConfig) -> Void = { _ in }) -> Rig {
        var rig = Rig(nodes: nodes, term: term - 1, log: log, config: change)
        rig.elect()
        let last = rig.node.log.lastIndex
        for peer in rig.others {
            rig.receive(.appendReply(peer, to: rig.id, term: term, success: true, prev: last, match: last))
        }
        rig.out.clear()
        return rig
    }
}

// MARK: - Hand-made messages

extension Message {
    static func vote(_ from: NodeID, to: NodeID = 0, term: Int, lastIndex: Int = 0, lastTerm: Int = 0,
                     pre: Bool = false) -> Message {
        Message(from: from, to: to, term: term, body: .requestVote(lastIndex: lastIndex, lastTerm: lastTerm, pre: pre))
    }

    static func voteReply(_ from: NodeID, to: NodeID = 0, term: Int, granted: Bool = true, pre: Bool = false) -> Message {
        Message(from: from, to: to, term: term, body: .voteReply(granted: granted, pre: pre))
    }

    /// AppendEntries; `entries` are given by their terms.
    static func append(_ from: NodeID, to: NodeID = 0, term: Int, prev: Int = 0, prevTerm: Int = 0,
                       entries: [Int] = [], commit: Int = 0) -> Message {
        Message(from: from, to: to, term: term,
                body: .appendEntries(prevIndex: prev, prevTerm: prevTerm, entries: makeEntries(entries), commit: commit))
    }

    static func appendReply(_ from: NodeID, to: NodeID = 0, term: Int, success: Bool, prev: Int, match: Int = 0,
                            conflictIndex: Int? = nil, conflictTerm: Int = 0) -> Message {
        Message(from: from, to: to, term: term,
                body: .appendReply(success: success, prevIndex: prev, match: match,
                                   conflictIndex: conflictIndex, conflictTerm: conflictTerm))
    }
}

// MARK: - Reading messages

struct AppendArgs: Equatable {
    var prevIndex: Int
    var prevTerm: Int
    var entries: [Entry]
    var commit: Int
}

struct AppendReplyArgs: Equatable {
    var success: Bool
    var prevIndex: Int
    var match: Int
    var conflictIndex: Int?
    var conflictTerm: Int
}

extension Message {
    /// The arguments of an AppendEntries (empty or not), else nil.
    var append: AppendArgs? {
        guard case let .appendEntries(prevIndex, prevTerm, entries, commit) = body else { return nil }
        return AppendArgs(prevIndex: prevIndex, prevTerm: prevTerm, entries: entries, commit: commit)
    }

    var appendReply: AppendReplyArgs? {
        guard case let .appendReply(success, prevIndex, match, conflictIndex, conflictTerm) = body else { return nil }
        return AppendReplyArgs(success: success, prevIndex: prevIndex, match: match,
                               conflictIndex: conflictIndex, conflictTerm: conflictTerm)
    }

    /// (granted, pre) of a vote answer, else nil.
    var voteAnswer: (granted: Bool, pre: Bool)? {
        guard case let .voteReply(granted, pre) = body else { return nil }
        return (granted, pre)
    }

    /// (lastIndex, lastTerm, pre) of a vote request, else nil.
    var voteRequest: (lastIndex: Int, lastTerm: Int, pre: Bool)? {
        guard case let .requestVote(lastIndex, lastTerm, pre, _) = body else { return nil }
        return (lastIndex, lastTerm, pre)
    }
}

extension Outbox where Message == RaftCore.Message, Note == RaftCore.Note {
    /// Messages of these kinds, in sending order.
    func sent(_ kinds: Message.Kind...) -> [Message] {
        messages.filter { kinds.contains($0.kind) }
    }

    /// Messages to `peer`, in sending order.
    func sent(to peer: NodeID) -> [Message] {
        messages.filter { $0.to == peer }
    }

    /// AppendEntries, empty (heartbeat) or not, in sending order.
    var appends: [Message] { messages.filter { $0.append != nil } }

    /// The smallest index this call deleted from the log, if any (from its notes).
    var truncatedFrom: Int? {
        notes.compactMap { note -> Int? in
            if case let .truncates(from, _) = note { return from }
            return nil
        }.min()
    }

    /// The one answer this call sent (a test fails if there is not exactly one message).
    var onlyMessage: Message? { messages.count == 1 ? messages[0] : nil }
}
