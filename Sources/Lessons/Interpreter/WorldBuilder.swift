import RaftCore
import RaftSim

/// Builds the world a `cluster` (or `scene`) describes.
public enum WorldBuilder {
    public static func spec(_ cluster: ClusterSpec, monitor: Bool = true) -> WorldSpec {
        var spec = WorldSpec(names: cluster.nodes)
        spec.seed = cluster.seed
        spec.engine.heartbeat = cluster.timing.heartbeat
        spec.engine.election = cluster.timing.election
        spec.latency = cluster.timing.latency
        spec.engine.preVote = cluster.engine.prevote
        spec.engine.checkQuorum = cluster.engine.checkQuorum
        spec.engine.batch = cluster.engine.batch
        spec.engine.pipeline = cluster.engine.pipeline
        spec.engine.noop = cluster.engine.noop
        spec.engine.unsafe = cluster.unsafe
        spec.acks = cluster.acks
        spec.monitor = monitor
        for (name, state) in cluster.state {
            guard let id = cluster.nodes.firstIndex(of: name) else { continue }
            var initial = InitialState()
            initial.term = state.term
            initial.votedFor = state.votedFor.flatMap { cluster.nodes.firstIndex(of: $0) }
            initial.log = state.log.map { RaftSim.LogItem(term: $0.term, value: $0.value) }
            initial.commit = state.commit
            spec.state[id] = initial
        }
        spec.leader = cluster.leader.flatMap { cluster.nodes.firstIndex(of: $0) }
        return spec
    }

    public static func world(_ cluster: ClusterSpec, monitor: Bool = true) -> RaftWorld {
        RaftWorld(spec(cluster, monitor: monitor))
    }
}
