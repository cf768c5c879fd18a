import RaftCore
import RaftRuntime
import RaftSim

/// Shortcuts for the many tests written against a Raft world before worlds had two engines:
/// a Raft world where a `ClusterWorld` is taken, and a `ClusterWorld`'s Raft parts read directly.
/// Each traps on a Kafka world, which these tests never build.
extension ClusterWorld {
    public var nodes: [Node] { raftWorld!.nodes }
    public var network: Network<RaftCore.Message> { raftWorld!.network }
    public var events: [SimEvent<RaftEngine>] { raftWorld!.events }
    public var engine: RaftEngine { raftWorld!.engine }
    public var config: EngineConfig { raftWorld!.config }
    public func matchIndex(of peer: NodeID) -> Int { raftWorld!.matchIndex(of: peer) }
}

extension ClusterEvent {
    /// The Raft event's kind.
    public var kind: SimEvent<RaftEngine>.Kind { raftEvent!.kind }
    public var raftEvent: SimEvent<RaftEngine>? { if case .raft(let e) = self { e } else { nil } }
}

extension RuntimeCore {
    public init(world: RaftWorld, speed: Double = 0.02) { self.init(world: .raft(world), speed: speed) }
}

extension Runtime {
    public convenience init(world: RaftWorld, speed: Double = 0.02, tick: Int = 20, onChange: @escaping @Sendable () -> Void = {}) {
        self.init(world: .raft(world), speed: speed, tick: tick, onChange: onChange)
    }
}
