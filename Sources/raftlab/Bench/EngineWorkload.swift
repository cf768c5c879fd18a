import RaftCore
import RaftSim

/// The workload also run with etcd-io/raft 3.4 in ../shared/bench/etcd-baseline: 3 nodes,
/// zero latency, no disk; propose K writes of 16 bytes to the leader, deliver every pending
/// message, repeat until N are proposed, then run until every node has applied them all.
struct EngineWorkload {
    let writes: Int
    let perRound: Int
    let monitor: Bool

    struct Counts {
        var events = 0
        var messages = 0
        var applied = 0
    }

    func run() -> Counts {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(3)))
        spec.latency = 0...0
        spec.monitor = monitor
        var initial = InitialState()
        initial.term = 1
        spec.state[0] = initial
        spec.leader = 0
        var world = RaftWorld(spec)
        world.recording = false
        let value = "0123456789abcdef"  // 16 bytes
        var proposed = 0
        while proposed < writes {
            let k = min(perRound, writes - proposed)
            world.proposeDirect(at: 0, count: k, value: value)
            proposed += k
            world.deliverAll()
        }
        let target = world.nodes[0].log.lastIndex
        while world.nodes.contains(where: { $0.volatile.appliedIndex < target }) {
            world.run(for: world.config.heartbeat)
        }
        precondition(world.violations.isEmpty, "the benchmark run broke safety")
        return Counts(events: world.eventCount, messages: world.messagesSent, applied: target)
    }
}
