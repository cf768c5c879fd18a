import KafkaCore
import Lessons
import RaftSim

/// Schedules that aim at KIP-101's two scenarios: without leader epochs a follower truncates
/// to its own HW, which lags the leader's by a fetch, so a short bounce loses records a later
/// leader should have had (scenario 1: `committed_kept`), and replicas restarted in the other
/// order diverge below their HW (scenario 2: `replica_agreement`).
extension FuzzSession {
    mutating func kip101Action() {
        switch rng.draw(0...99) {
        case 0..<30: bounceFollowerThenCrashLeader()
        case 30..<50: crashBothRestartFollowerFirst()
        case 50..<70: randomWrite()
        case 70..<85: if let node = crashed.first { act(.restart(node)) }
        case 85..<92: runUntilLeader()
        default: act(.heal)
        }
        play(.run(rng.draw(0...120)))
    }

    /// Scenario 1: a write replicates, the follower bounces before it learns the HW (it comes
    /// back unnoticed and truncates), then the leader goes down long enough to be noticed.
    mutating func bounceFollowerThenCrashLeader() {
        guard let leader, let follower = others(of: leader) else { return runUntilLeader() }
        act(.write(value: nextValue(), to: leader, acks: pick([.one, .all]), count: 1))
        play(.run(rng.draw(current.latency.upperBound...(current.latency.upperBound * 4))))
        act(.crash(follower))
        act(.restart(follower))
        play(.run(rng.draw(0...(current.latency.upperBound * 2))))
        act(.crash(leader))
        play(.run(kafkaSettings.sessionTimeout + rng.draw(1...100)))
        act(.restart(leader))
    }

    /// Scenario 2: the leader goes down, then its follower; both are noticed; the follower
    /// comes back first, leads and takes a write; then the old leader comes back.
    mutating func crashBothRestartFollowerFirst() {
        guard let leader, let follower = others(of: leader) else { return runUntilLeader() }
        act(.crash(leader))
        act(.crash(follower))
        play(.run(kafkaSettings.sessionTimeout + rng.draw(1...100)))
        act(.restart(follower))
        act(.write(value: nextValue(), to: follower, acks: .one, count: 1))
        play(.run(rng.draw((current.latency.upperBound * 2)...(current.latency.upperBound * 6))))
        act(.restart(leader))
    }

    /// An up node other than `node`, if any.
    mutating func others(of node: NodeID) -> NodeID? {
        let rest = up.filter { $0 != node }
        return rest.isEmpty ? nil : pick(rest)
    }
}
