import Testing
import RaftCore
@testable import RaftSim

/// Worlds and event filters for the tests of raft-extensions.md at the world's level.
enum ExtensionWorlds {
    /// `nodes` planets, every node in term 1 and node 0 just made leader (`cluster.leader`),
    /// latency 10...20; `change` edits the spec first.
    static func world(nodes: Int = 3, seed: UInt64 = 1, leader: NodeID? = 0,
                      _ change: (inout WorldSpec) -> Void = { _ in }) -> RaftWorld {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(nodes)))
        spec.seed = seed
        for id in 0..<nodes { spec.state[id] = InitialState(term: 1) }
        spec.leader = leader
        change(&spec)
        return RaftWorld(spec)
    }

    /// `world`, run until node 0 has committed its no-op (term 1), with its events taken.
    static func settled(_ change: (inout WorldSpec) -> Void = { _ in }) -> RaftWorld {
        var world = world(change)
        world.run(for: 100)
        #expect(world.engine.commitIndex(of: 0) == 1)
        _ = world.takeEvents()
        return world
    }
}

extension RaftWorld {
    /// The notes node `node` made among `events`.
    static func notes(_ events: [SimEvent<RaftEngine>], of node: NodeID) -> [Note] {
        events.compactMap { if case let .note(n, note) = $0.kind, n == node { note } else { nil } }
    }

    /// The messages delivered among `events`, in order.
    static func delivered(_ events: [SimEvent<RaftEngine>]) -> [Message] {
        events.compactMap { if case let .delivered(m, _) = $0.kind { m } else { nil } }
    }

    /// The read events among `events`, in order.
    static func reads(_ events: [SimEvent<RaftEngine>]) -> [ReadEvent] {
        events.compactMap { if case let .read(r) = $0.kind { r } else { nil } }
    }

    /// The write events among `events`, in order.
    static func writes(_ events: [SimEvent<RaftEngine>]) -> [WriteEvent] {
        events.compactMap { if case let .write(w) = $0.kind { w } else { nil } }
    }

    /// The properties the monitor reported broken, in order.
    var brokenProperties: [SafetyProperty] { violations.map(\.property) }
}
