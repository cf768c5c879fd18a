import KafkaCore
import Lessons
import RaftSim

/// The fuzzer in kafka mode (issue 12, item 6): settings drawn per seed, a random schedule of
/// faults and writes checked by the monitor's four properties on every event, then the heal
/// phase. Some seeds aim at KIP-101's two scenarios instead (short follower bounces, leaders
/// crashing after them, both replicas down and restarted in the other order).
enum KafkaFuzz {
    static func run(seed: UInt64, options: FuzzOptions, rng: inout SplitMix64) -> FuzzOutcome {
        let kip101 = rng.draw(0...1) == 0
        let spec = KafkaDraw.cluster(seed: seed, options: options, rng: &rng, kip101: kip101)
        var session = FuzzSession(cluster: .kafka(spec), rng: rng)
        for _ in 0..<session.rng.draw(options.actions) {
            if kip101 { session.kip101Action() } else { session.kafkaAction() }
        }
        return session.outcome(seed: seed)
    }
}

extension FuzzSession {
    /// The Kafka settings of the seed.
    var kafkaSettings: KafkaSettings { current.kafkaWorld!.settings }

    /// One random action of the general Kafka schedule, then a random pause (no `timeout`:
    /// the controller, not a timer, picks leaders).
    mutating func kafkaAction() {
        switch rng.draw(0...99) {
        case 0..<12: act(.crash(target()))
        case 12..<26: if let node = crashed.isEmpty ? nil : pick(crashed) { act(.restart(node)) }
        case 26..<31: act(.partition(randomGroups()))
        case 31..<36: act(.partition([[target()]]))
        case 36..<40: if let (a, b) = randomPair() { act(.cut(from: a, to: b)) }
        case 40..<46: act(.slow(pick(nodes), latency: randomLatency()))
        case 46..<54: act(.heal)
        case 54..<78: randomWrite()
        case 78..<83: if let (a, b) = randomPair() { act(.drop(from: a, to: b)) }
        case 83..<88: act(.consume(from: pick(nodes)))
        case 88..<92: act(.configure(randomKafkaConfigure()))
        default: runUntilLeader()
        }
        play(.run(rng.draw(0...300)))
    }

    /// A change of one Kafka setting `configure` takes (kafka-mode.md, "Settings").
    mutating func randomKafkaConfigure() -> Reconfiguration<ClusterChange> {
        var c = KafkaSettings.Change()
        switch rng.draw(0...4) {
        case 0: c.minInsyncReplicas = rng.draw(1...nodes.count)
        case 1: c.replicaLagTimeMax = pick([100, 200, 400, 1000])
        case 2: c.batch = pick([1, 4, 64])
        case 3: c.strictMinIsr = chance(50)
        default: c.sessionTimeout = pick([100, 300, 600])
        }
        return Reconfiguration(engine: .kafka(c))
    }
}
