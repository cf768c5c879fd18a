@testable import RaftCore

// Helpers for the steps and messages past the basic algorithm (raft-extensions.md).

extension Rig {
    /// The `snapshot` step on this node.
    @discardableResult
    mutating func snapshot() -> RaftOutbox {
        out.clear()
        node.takeSnapshot(out: &out)
        return out
    }

    /// A client read of `mode` arrives (at `time`, default now).
    mutating func read(_ id: Int, _ mode: ReadMode, at time: Int? = nil) -> ReadOutcome {
        if let time { now = time }
        out.clear()
        return node.read(id, mode: mode, now: now, out: &out)
    }

    /// The `transfer` step, asked of this node.
    @discardableResult
    mutating func transfer(to target: NodeID, at time: Int? = nil) -> RaftOutbox {
        if let time { now = time }
        out.clear()
        node.transferLeadership(to: target, now: now, rng: &rng, out: &out)
        return out
    }

    /// The `add` / `remove` step, asked of this node.
    @discardableResult
    mutating func change(_ peer: NodeID, add: Bool, at time: Int? = nil) -> RaftOutbox {
        if let time { now = time }
        out.clear()
        node.requestChange(MembershipRequest(node: peer, add: add), now: now, out: &out)
        return out
    }

    /// Crash, then restart at `time`: what the restart produced.
    @discardableResult
    mutating func crashAndRestart(at time: Int) -> RaftOutbox {
        out.clear()
        node.crash(out: &out)
        now = time
        out.clear()
        node.restart(now: now, rng: &rng, out: &out)
        return out
    }

    /// Success answers from `peers` to the leader's AppendEntries through its last index, sent at `sentAt`.
    mutating func ackAll(_ peers: [NodeID], sentAt: Int? = nil, at time: Int? = nil) {
        let last = node.log.lastIndex
        for peer in peers {
            receive(.ack(peer, to: id, term: node.term, match: last, sentAt: sentAt ?? now), at: time)
        }
    }
}

extension Message {
    /// InstallSnapshot whose state is entries of the given terms (entry k carries write k, as `makeLog`).
    static func snapshot(_ from: NodeID, to: NodeID = 0, term: Int, lastTerm: Int? = nil, state: [Int]) -> Message {
        let entries = makeLog(state).entries
        return Message(from: from, to: to, term: term,
                       body: .installSnapshot(lastIndex: entries.count, lastTerm: lastTerm ?? entries.last?.term ?? 0,
                                              state: entries))
    }

    static func snapshotReply(_ from: NodeID, to: NodeID = 0, term: Int, lastIndex: Int) -> Message {
        Message(from: from, to: to, term: term, body: .installSnapshotReply(lastIndex: lastIndex))
    }

    static func timeoutNow(_ from: NodeID, to: NodeID = 0, term: Int) -> Message {
        Message(from: from, to: to, term: term, body: .timeoutNow)
    }

    /// A successful AppendEntries answer through `match`, echoing the request's send time.
    static func ack(_ from: NodeID, to: NodeID = 0, term: Int, prev: Int? = nil, match: Int, sentAt: Int) -> Message {
        Message(from: from, to: to, term: term,
                body: .appendReply(success: true, prevIndex: prev ?? match, match: match, conflictIndex: nil, conflictTerm: 0),
                sentAt: sentAt)
    }

    /// A vote request carrying TimeoutNow's flag (thesis 3.10).
    static func transferVote(_ from: NodeID, to: NodeID = 0, term: Int, lastIndex: Int = 0, lastTerm: Int = 0) -> Message {
        Message(from: from, to: to, term: term,
                body: .requestVote(lastIndex: lastIndex, lastTerm: lastTerm, pre: false, transfer: true))
    }

    /// (lastIndex, lastTerm, state) of an InstallSnapshot, else nil.
    var installed: (lastIndex: Int, lastTerm: Int, state: [Entry])? {
        guard case let .installSnapshot(lastIndex, lastTerm, state) = body else { return nil }
        return (lastIndex, lastTerm, state)
    }

    /// Whether a vote request carries TimeoutNow's flag; nil for any other message.
    var transferFlag: Bool? {
        guard case let .requestVote(_, _, _, transfer) = body else { return nil }
        return transfer
    }
}

extension Outbox where Message == RaftCore.Message, Note == RaftCore.Note {
    /// The reads this call answered, as (read, index).
    var answeredReads: [[Int]] {
        changes.compactMap { change -> [Int]? in
            if case let .answersRead(read, index) = change { return [read, index] }
            return nil
        }
    }

    /// Whether any note satisfies `test`.
    func noted(_ test: (RaftCore.Note) -> Bool) -> Bool { notes.contains(where: test) }
}
