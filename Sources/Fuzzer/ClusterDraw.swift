import RaftCore
import Lessons

/// Random engine options and timings for one seed.
enum ClusterDraw {
    static func cluster(seed: UInt64, options: FuzzOptions, rng: inout SplitMix64, figure8: Bool) -> WorldSpec {
        let count = options.nodes ?? (figure8 ? rng.draw(3...7) : rng.draw(1...9))
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(count)))
        spec.seed = seed
        let heartbeat = rng.draw(20...80)
        let electionMin = rng.draw((2 * heartbeat + 20)...(2 * heartbeat + 250))
        let latencyMin = rng.draw(1...25)
        spec.engine.heartbeat = heartbeat
        spec.engine.election = electionMin...(electionMin + rng.draw(50...300))
        spec.latency = latencyMin...(latencyMin + rng.draw(0...30))
        spec.engine.preVote = rng.draw(0...1) == 1
        spec.engine.checkQuorum = rng.draw(0...1) == 1
        spec.engine.batch = [1, 2, 4, 16, 64][rng.draw(0...4)]
        spec.engine.pipeline = rng.draw(0...1) == 1
        spec.engine.noop = figure8 ? false : rng.draw(0...1) == 1
        spec.acks = Acks.allCases[rng.draw(0...2)]
        if options.extensions {
            spec.engine.snapshotEvery = snapshotEvery(&rng)
            if !figure8 { spec.voters = voters(count: count, &rng) }
        }
        if let rule = options.unsafe { spec.engine.unsafe = rule }
        return spec
    }

    /// `engine.snapshot_every`: never in two seeds of five, else every 2 to 20 entries (paper 7).
    static func snapshotEvery(_ rng: inout SplitMix64) -> Int {
        rng.draw(0...4) < 2 ? 0 : rng.draw(2...20)
    }

    /// `cluster.voters`: in one seed of four (with two nodes or more) a strict subset, at least
    /// one node, so that the others can be added (thesis 4.1); else nil, every node.
    static func voters(count: Int, _ rng: inout SplitMix64) -> NodeSet? {
        guard count > 1, rng.draw(0...3) == 0 else { return nil }
        var ids = Array(0..<count)
        for i in stride(from: ids.count - 1, to: 0, by: -1) { ids.swapAt(i, rng.draw(0...i)) }
        return NodeSet(ids.prefix(rng.draw(1...(count - 1))))
    }
}
