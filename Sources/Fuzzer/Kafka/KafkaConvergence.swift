import KafkaCore
import Lessons
import RaftSim

/// A converged Kafka partition (kafka-mode.md): one leader, every replica back in the ISR with
/// the leader's LEO, every HW at that LEO, and the writes due committed.
extension FuzzSession {
    static func missedKafkaConvergence(_ world: KafkaWorld) -> [Condition] {
        guard let leader = world.undisputedLeader else { return [Condition(leader: .any)] }
        let e = world.engine
        let leo = e.nodes[leader].leo
        let all = Array(world.names.indices)
        var out: [Condition] = []
        if all.contains(where: { e.nodes[$0].leo != leo || e.nodes[$0].hw != leo }) {
            let at = all.map { PerNode($0, NumberMatch(.eq, leo)) }
            out.append(Condition(leader: .node(leader), hw: at, leo: at))
        }
        if e.isr.members != all { out.append(Condition(isr: all)) }
        return (out + missedWrites(.kafka(world), out.isEmpty)).map { c in
            var c = c
            c.mode = .kafka  // worded as Kafka's where a failure file shows it
            return c
        }
    }
}
