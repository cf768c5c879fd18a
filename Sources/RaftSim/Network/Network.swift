import DequeModule
import Replication

/// A message on its way, with the time it arrives and its place in the event order.
public struct Envelope<Message: EngineMessage>: Sendable, Equatable {
    public var deliverAt: Int
    public var seq: Int
    public var sentAt: Int
    public var message: Message
}

/// The links between nodes: per-link FIFO queues like TCP, partitions, one-way cuts and
/// slow links (scenario format, "Rules of the run").
public struct Network<Message: EngineMessage>: Sendable, Equatable {
    public let size: Int
    /// `links[link(from, to)]`, oldest message first.
    public internal(set) var links: [Deque<Envelope<Message>>]
    /// Last delivery time per link: a later message never arrives earlier (FIFO).
    var lastDelivery: [Int]
    /// One group number per node for each partition in force.
    public internal(set) var partitions: [[Int]] = []
    public internal(set) var cuts: [Bool]
    public internal(set) var slow: [ClosedRange<Int>?]
    /// Messages on their way between nodes, kept as they are queued and taken.
    public private(set) var inFlight = 0

    /// The one place a link's number is derived from its two ends.
    @inline(__always) public func link(_ from: NodeID, _ to: NodeID) -> Int { from * size + to }

    public init(size: Int) {
        self.size = size
        links = Array(repeating: Deque(), count: size * size)
        lastDelivery = Array(repeating: 0, count: size * size)
        cuts = Array(repeating: false, count: size * size)
        slow = Array(repeating: nil, count: size)
    }

    /// Two nodes can talk only if every partition in force puts them in one group, and
    /// no cut runs from `a` to `b`.
    public func canDeliver(from a: NodeID, to b: NodeID) -> Bool {
        if cuts[link(a, b)] { return false }
        for groups in partitions where groups[a] != groups[b] { return false }
        return true
    }

    /// Whether a partition (not a cut) separates the two nodes.
    public func partitioned(_ a: NodeID, _ b: NodeID) -> Bool {
        partitions.contains { $0[a] != $0[b] }
    }

    /// The latency range of a message from `a` to `b`: a slow end slows it.
    public func latency(from a: NodeID, to b: NodeID, normal: ClosedRange<Int>) -> ClosedRange<Int> {
        switch (slow[a], slow[b]) {
        case (nil, nil): return normal
        case let (s?, nil), let (nil, s?): return s
        case let (s?, t?): return max(s.lowerBound, t.lowerBound)...max(s.upperBound, t.upperBound)
        }
    }

    mutating func enqueue(_ message: Message, at now: Int, latency: Int, seq: Int) {
        let l = link(message.from, message.to)
        let at = max(now + latency, lastDelivery[l])
        lastDelivery[l] = at
        links[l].append(Envelope(deliverAt: at, seq: seq, sentAt: now, message: message))
        inFlight += 1
    }

    /// Partition the nodes: listed groups, plus one group of every node not listed.
    mutating func partition(_ groups: [[NodeID]]) {
        var assignment = Array(repeating: groups.count, count: size)
        for (g, members) in groups.enumerated() { for n in members { assignment[n] = g } }
        partitions.append(assignment)
    }

    mutating func cut(from a: NodeID, to b: NodeID) { cuts[link(a, b)] = true }
    mutating func setSlow(_ node: NodeID, _ range: ClosedRange<Int>) { slow[node] = range }

    mutating func heal() {
        partitions = []
        cuts = Array(repeating: false, count: size * size)
        slow = Array(repeating: nil, count: size)
    }

    /// Drops every message on its way to `node` (it crashed); returns them.
    mutating func dropAll(to node: NodeID) -> [Message] {
        var dropped: [Message] = []
        for from in 0..<size where from != node {
            let l = link(from, node)
            dropped.append(contentsOf: links[l].map(\.message))
            inFlight -= links[l].count
            links[l].removeAll()
        }
        return dropped
    }

    /// Removes the oldest message on its way from `a` to `b`.
    mutating func dropOldest(from a: NodeID, to b: NodeID) -> Message? {
        take(link(a, b))?.message
    }

    /// Takes the oldest message off a link.
    mutating func take(_ link: Int) -> Envelope<Message>? {
        guard let envelope = links[link].popFirst() else { return nil }
        inFlight -= 1
        return envelope
    }

    /// Every message in flight, oldest first per link.
    public var envelopes: [Envelope<Message>] { links.flatMap { $0 } }
}
