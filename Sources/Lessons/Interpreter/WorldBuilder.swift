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
        spec.engine.unsafe = unsafeRules(cluster.unsafe)
        spec.acks = acks(cluster.acks)
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

    public static func unsafeRules(_ rules: [UnsafeRule]) -> UnsafeRules {
        var set: UnsafeRules = []
        for rule in rules {
            switch rule {
            case .voteWithoutLogCheck: set.insert(.voteWithoutLogCheck)
            case .commitOldTerms: set.insert(.commitOldTerms)
            case .writeWithoutQuorum: set.insert(.writeWithoutQuorum)
            case .voteTwice: set.insert(.voteTwice)
            case .appendWithoutLogCheck: set.insert(.appendWithoutLogCheck)
            case .leaderOverwrites: set.insert(.leaderOverwrites)
            }
        }
        return set
    }

    public static func acks(_ mode: AcksMode) -> Acks {
        switch mode {
        case .zero: .zero
        case .one: .one
        case .all: .all
        }
    }
}
