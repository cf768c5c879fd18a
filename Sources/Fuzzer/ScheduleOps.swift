import RaftCore
import RaftSim
import Lessons

/// The random actions of a schedule: faults, heals and writes (issue 2, "Fuzzing").
extension FuzzSession {
    /// One random action of the general schedule, then a random pause.
    mutating func randomAction() {
        if extensions, chance(25) { return extensionAction() }
        switch rng.draw(0...99) {
        case 0..<12: act(.crash(target()))
        case 12..<24: if let node = crashed.isEmpty ? nil : pick(crashed) { act(.restart(node)) }
        case 24..<30: act(.partition(randomGroups()))
        case 30..<36: act(.partition([[target()]]))
        case 36..<41: if let (a, b) = randomPair() { act(.cut(from: a, to: b)) }
        case 41..<45: act(.slow(pick(nodes), latency: randomLatency()))
        case 45..<53: act(.heal)
        case 53..<59: act(.timeout(pick(nodes)))
        case 59..<80: randomWrite()
        case 80..<85: if let (a, b) = randomPair() { act(.drop(from: a, to: b)) }
        case 85..<88: act(.consume(from: pick(nodes)))
        case 88..<90: act(.configure(randomConfigure()))
        default: runUntilLeader()
        }
        play(.run(rng.draw(0...300)))
    }

    mutating func randomWrite() {
        let acks = chance(30) ? nil : Acks.allCases[rng.draw(0...2)]
        let to = chance(25) ? pick(nodes) : nil
        let count = chance(20) ? rng.draw(2...4) : 1
        act(.write(value: nextValue(), to: to, acks: acks, count: count))
    }

    /// Two different nodes, if the cluster has two.
    mutating func randomPair() -> (NodeID, NodeID)? {
        guard nodes.count > 1 else { return nil }
        let a = rng.draw(0...(nodes.count - 1))
        let b = (a + rng.draw(1...(nodes.count - 1))) % nodes.count
        return (a, b)
    }

    mutating func randomGroups() -> [[NodeID]] {
        var shuffled = nodes
        for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, rng.draw(0...i)) }
        let first = rng.draw(1...max(1, shuffled.count / 2))
        return [Array(shuffled.prefix(first))]
    }

    mutating func randomLatency() -> ClosedRange<Int> {
        let low = rng.draw(20...200)
        return low...(low + rng.draw(0...200))
    }

    mutating func randomConfigure() -> Reconfiguration<ClusterChange> {
        var c = EngineConfig.Change()
        switch rng.draw(0...3) {
        case 0: c.preVote = chance(50)
        case 1: c.checkQuorum = chance(50)
        case 2: c.batch = pick([1, 4, 64])
        default: c.pipeline = chance(50)
        }
        return Reconfiguration(engine: .raft(c))
    }
}
