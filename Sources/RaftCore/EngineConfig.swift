/// The rules and timings every node of one cluster follows (scenario format, `cluster`).
public struct EngineConfig: Sendable, Equatable {
    public var nodeCount: Int
    public var heartbeat: Int = 50
    public var election: ClosedRange<Int> = 150...300
    public var batch: Int = 64
    public var pipeline: Bool = true
    public var noop: Bool = true
    public var preVote: Bool = false
    public var checkQuorum: Bool = false
    public var unsafe: UnsafeRules = []

    public init(nodeCount: Int) { self.nodeCount = nodeCount }

    /// floor(N/2)+1: two majorities always share a node (Raft 5.2).
    public var majority: Int { nodeCount / 2 + 1 }
}
