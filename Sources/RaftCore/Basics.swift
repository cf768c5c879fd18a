/// A node's position in the cluster, 0-based. Names live in the world.
public typealias NodeID = Int

/// The role a live node plays (Raft 5.1; pre-candidate from the thesis, 9.6).
public enum Role: String, Sendable, Equatable, CaseIterable {
    case follower, preCandidate = "precandidate", candidate, leader
}

/// A small set of node ids (at most 16 nodes), used for votes and quorum checks.
public struct NodeSet: Sendable, Equatable, Hashable {
    public private(set) var bits: UInt16 = 0
    public init() {}
    public func contains(_ id: NodeID) -> Bool { bits & (1 << UInt16(id)) != 0 }
    public mutating func insert(_ id: NodeID) { bits |= 1 << UInt16(id) }
    public mutating func removeAll() { bits = 0 }
    public var count: Int { bits.nonzeroBitCount }
    public var members: [NodeID] { (0..<16).filter { contains($0) } }
}

/// Deliberately broken rules, for "what if" lessons (scenario format, `unsafe`).
public struct UnsafeRules: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Votes granted without the up-to-date-log check (breaks 5.4.1).
    public static let voteWithoutLogCheck = UnsafeRules(rawValue: 1)
    /// Entries of earlier terms committed by counting replicas (breaks 5.4.2, Figure 8).
    public static let commitOldTerms = UnsafeRules(rawValue: 2)
    /// A leader commits and acknowledges a write once it is in its own log.
    public static let writeWithoutQuorum = UnsafeRules(rawValue: 4)
}

/// SplitMix64: the one seeded generator handed to every random choice.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    public private(set) var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A whole number drawn uniformly from `range`.
    public mutating func draw(_ range: ClosedRange<Int>) -> Int {
        if range.lowerBound == range.upperBound { return range.lowerBound }
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }
}
