import KafkaCore
import RaftSim
import Testing

/// Random faults over the Kafka world with safe settings (unclean election off, leader
/// epochs on): the monitor's four properties hold and no acks=all write acknowledged is lost
/// (kafka-mode.md, "The safety monitor in kafka mode"). Seeded: the same seeds every run.
struct KafkaWorldSoakTests {
    static let seeds: ClosedRange<UInt64> = 1...200

    @Test func safeSettingsKeepEveryPropertyAndEveryAcknowledgedWrite() {
        var broken: [String] = []
        for seed in Self.seeds {
            let w = Self.soaked(seed: seed)
            if !w.violations.isEmpty || w.clients.lost > 0 {
                broken.append("seed \(seed): \(w.violations.map(\.property.rawValue)) lost \(w.clients.lost)")
            }
        }
        #expect(broken.isEmpty, "\(broken)")
    }

    /// Unclean leader election lets a replica outside the ISR lead: the same schedules find
    /// `committed_kept` broken and acknowledged writes lost [Design "Unclean leader election"].
    @Test func uncleanElectionIsFoundAndNamed() {
        let found = Self.seeds.prefix(60).map { Self.soaked(seed: $0, unclean: true) }
            .filter { $0.violations.contains { $0.property == .committedKept } && $0.clients.lost > 0 }
        #expect(!found.isEmpty)
    }

    /// The schedule drew writes at every node under acks=all, so a soak that acknowledged
    /// nothing would test nothing.
    @Test func theSoakAcknowledgesWrites() {
        let acked = Self.seeds.prefix(20).map { Self.soaked(seed: $0).clients.acked }
        #expect(acked.reduce(0, +) > 100, "\(acked)")
    }

    /// 40 random actions, 0-300 ms apart, then everything healed and restarted for 3 s.
    static func soaked(seed: UInt64, unclean: Bool = false) -> KafkaWorld {
        var rng = SplitMix64(seed: seed)
        var spec = KafkaWorldSpec(names: Array(WorldSpec.planets.prefix(3 + Int(seed % 3))))
        spec.seed = seed
        spec.settings.minInsyncReplicas = 1 + Int(seed % 2)
        spec.settings.uncleanLeaderElection = unclean
        var w = KafkaWorld(spec)
        let nodes = Array(0..<spec.names.count)
        for k in 0..<40 {
            let node = nodes[rng.draw(0...(nodes.count - 1))]
            switch rng.draw(0...99) {
            case 0..<12: w.apply(.crash(node))
            case 12..<26: w.apply(.restart(node))
            case 26..<34: w.apply(.partition([[node]]))
            case 34..<42: w.apply(.heal)
            case 42..<48: w.apply(.slow(node, latency: 50...250))
            case 48..<54: w.apply(.consume(from: node))
            default: w.apply(.write(value: "w\(k)", to: nil, acks: .all, count: 1))
            }
            w.run(for: rng.draw(0...300))
        }
        w.apply(.heal)
        for node in nodes { w.apply(.restart(node)) }
        w.run(for: 3000)
        return w
    }
}
