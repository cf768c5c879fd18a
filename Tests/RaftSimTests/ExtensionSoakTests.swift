import Testing
import RaftCore
@testable import RaftSim

/// Random faults and every step past the basic algorithm (snapshots, `snapshot_every`, reads,
/// transfers, membership changes) over Raft worlds with safe settings: the six properties hold
/// (raft-extensions.md, "Monitor"). Seeded: the same schedules every run. Lease reads are left
/// out where voters crash: a restarted voter forgets the lease it granted (LeaseCaveatTests).
struct ExtensionSoakTests {
    static let seeds: ClosedRange<UInt64> = 1...60

    @Test func safeSettingsKeepEveryProperty() {
        var broken: [String] = []
        for seed in Self.seeds {
            let w = Self.soaked(seed: seed)
            if !w.violations.isEmpty { broken.append("seed \(seed): \(w.violations.map(\.property.rawValue))") }
        }
        #expect(broken.isEmpty, "\(broken)")
    }

    /// Without crashes, lease reads join in, with CheckQuorum and Pre-Vote on: never stale.
    @Test func leaseReadsWithoutCrashesAreNeverStale() {
        var broken: [String] = []
        for seed in Self.seeds {
            let w = Self.soaked(seed: seed, crashes: false)
            if !w.violations.isEmpty { broken.append("seed \(seed): \(w.violations.map(\.property.rawValue))") }
        }
        #expect(broken.isEmpty, "\(broken)")
    }

    /// The schedules did something: reads answered, snapshots taken, configurations changed.
    @Test func theSoakExercisesTheExtensions() {
        let worlds = Self.seeds.prefix(30).map { Self.soaked(seed: $0) }
        #expect(worlds.map(\.clients.readsOK).reduce(0, +) > 50)
        #expect(worlds.contains { w in (0..<w.size).contains { w.engine.snapshotIndex(of: $0) > 0 } })
        #expect(worlds.contains { w in (0..<w.size).contains { w.engine.voters(at: $0)?.count != 3 } })
        #expect(worlds.map(\.clients.acked).reduce(0, +) > 100)
    }

    /// 60 random actions, 0-200 ms apart, over 5 nodes whose first voters are 0, 1 and 2; then
    /// everything healed and restarted for 3 s.
    static func soaked(seed: UInt64, crashes: Bool = true) -> RaftWorld {
        var rng = SplitMix64(seed: seed)
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(5)))
        spec.seed = seed
        spec.voters = NodeSet([0, 1, 2])
        spec.engine.snapshotEvery = Int(seed % 4) * 3
        spec.engine.preVote = !crashes || seed % 2 == 0
        spec.engine.checkQuorum = !crashes || seed % 3 == 0
        spec.engine.pipeline = seed % 5 != 0
        var w = RaftWorld(spec)
        let nodes = Array(0..<5)
        let modes: [ReadMode] = crashes ? [.readIndex, .local] : [.readIndex, .local, .lease]
        for k in 0..<60 {
            let node = nodes[rng.draw(0...4)]
            switch rng.draw(0...99) {
            case 0..<8: if crashes { w.apply(.crash(node)) }
            case 8..<18: w.apply(.restart(node))
            case 18..<24: w.apply(.partition([[node]]))
            case 24..<32: w.apply(.heal)
            case 32..<36: w.apply(.slow(node, latency: 50...150))
            case 36..<44: w.apply(.snapshot(node))
            case 44..<56: w.apply(.read(at: rng.draw(0...1) == 0 ? nil : node, mode: modes[rng.draw(0...(modes.count - 1))]))
            case 56..<61: w.apply(.transfer(node))
            case 61..<66: w.apply(.add(node))
            case 66..<70: w.apply(.remove(node))
            case 70..<73: w.apply(.timeout(node))
            default: w.apply(.write(value: "w\(k)", to: nil, acks: .all, count: 1))
            }
            w.run(for: rng.draw(0...200))
        }
        w.apply(.heal)
        for node in nodes { w.apply(.restart(node)) }
        w.run(for: 3000)
        return w
    }
}
