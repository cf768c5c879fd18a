import RaftCore
import Lessons

/// Random engine options and timings for one seed.
enum ClusterDraw {
    static func cluster(seed: UInt64, options: FuzzOptions, rng: inout SplitMix64, figure8: Bool) -> ClusterSpec {
        let count = options.nodes ?? (figure8 ? rng.draw(3...7) : rng.draw(1...9))
        var spec = ClusterSpec(nodes: Array(ClusterSpec.planets.prefix(count)), seed: seed)
        let heartbeat = rng.draw(20...80)
        let electionMin = rng.draw((2 * heartbeat + 20)...(2 * heartbeat + 250))
        let latencyMin = rng.draw(1...25)
        spec.timing = TimingSpec(heartbeat: heartbeat,
                                 election: electionMin...(electionMin + rng.draw(50...300)),
                                 latency: latencyMin...(latencyMin + rng.draw(0...30)))
        spec.engine = EngineSpec(prevote: rng.draw(0...1) == 1, checkQuorum: rng.draw(0...1) == 1,
                                 batch: [1, 2, 4, 16, 64][rng.draw(0...4)], pipeline: rng.draw(0...1) == 1,
                                 noop: figure8 ? false : rng.draw(0...1) == 1)
        spec.acks = Acks.allCases[rng.draw(0...2)]
        if let rule = options.unsafe { spec.unsafe = [rule] }
        return spec
    }
}
