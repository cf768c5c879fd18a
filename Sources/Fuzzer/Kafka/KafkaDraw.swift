import KafkaCore
import Lessons
import RaftSim

/// Random Kafka settings and timings for one seed (issue 12: "draws the settings per seed").
enum KafkaDraw {
    static func cluster(seed: UInt64, options: FuzzOptions, rng: inout SplitMix64, kip101: Bool) -> KafkaWorldSpec {
        let count = options.nodes ?? (kip101 ? rng.draw(2...3) : rng.draw(1...5))
        var spec = KafkaWorldSpec(names: Array(WorldSpec.planets.prefix(count)))
        spec.seed = seed
        let latencyMin = rng.draw(1...25)
        spec.latency = latencyMin...(latencyMin + rng.draw(0...30))
        spec.acks = Acks.allCases[rng.draw(0...2)]
        var s = spec.settings
        s.minInsyncReplicas = rng.draw(1...count)
        s.replicaLagTimeMax = [100, 200, 400, 1000][rng.draw(0...3)]
        s.fetchWait = [20, 50, 100, 300][rng.draw(0...3)]
        // A request times out only after a held Fetch would have been answered (Kafka: the
        // request timeout exceeds `replica.fetch.wait.max.ms`); else an idle follower re-sends
        // forever and never hears the HW.
        s.fetchTimeout = s.fetchWait + 2 * spec.latency.upperBound + [50, 300, 700][rng.draw(0...2)]
        s.sessionTimeout = [100, 300, 600, 1200][rng.draw(0...3)]
        s.strictMinIsr = rng.draw(0...3) == 0
        s.batch = [1, 4, 64][rng.draw(0...2)]
        s.uncleanLeaderElection = options.uncleanElection
        s.leaderEpochs = options.leaderEpochs
        spec.settings = s
        return spec
    }
}
