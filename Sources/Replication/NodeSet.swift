/// A node's position in the cluster, 0-based. Names live in the world.
public typealias NodeID = Int

/// A small set of node ids (at most 16 nodes), used for votes, quorums and configurations.
public struct NodeSet: Sendable, Equatable, Hashable {
    public private(set) var bits: UInt16 = 0
    public init() {}
    /// The nodes `0..<count`.
    public init(first count: Int) { bits = count >= 16 ? .max : UInt16((1 << count) - 1) }
    public init(_ members: some Sequence<NodeID>) { for id in members { insert(id) } }
    public func contains(_ id: NodeID) -> Bool { bits & (1 << UInt16(id)) != 0 }
    public mutating func insert(_ id: NodeID) { bits |= 1 << UInt16(id) }
    public mutating func remove(_ id: NodeID) { bits &= ~(1 << UInt16(id)) }
    public mutating func removeAll() { bits = 0 }
    public var count: Int { bits.nonzeroBitCount }
    public var isEmpty: Bool { bits == 0 }
    public func intersection(_ other: NodeSet) -> NodeSet { NodeSet(bits: bits & other.bits) }
    /// The members in increasing order.
    public var members: [NodeID] {
        var out: [NodeID] = []
        forEach { out.append($0) }
        return out
    }
    /// Calls `body` with each member in increasing order, without allocating.
    @inlinable public func forEach(_ body: (NodeID) -> Void) {
        var rest = bits
        while rest != 0 {
            body(rest.trailingZeroBitCount)
            rest &= rest - 1
        }
    }
    public init(bits: UInt16) { self.bits = bits }
}

/// A one-way link between two nodes: the one type that names a link (network queues, cuts,
/// messages in flight, the picture's links).
public struct Link: Sendable, Hashable, CustomStringConvertible {
    public var from: NodeID
    public var to: NodeID
    public init(from: NodeID, to: NodeID) {
        self.from = from
        self.to = to
    }
    /// The same link the other way.
    public var reversed: Link { Link(from: to, to: from) }
    public var description: String { "\(from)→\(to)" }
}
