import KafkaCore
import Picture

/// The throughput meter of a Kafka world: the world's figures grouped by the batch, the most
/// records one Fetch answer carries (kafka-mode.md, "Settings": `kafka.batch`). Shown once a
/// batch other than the default (64) has been measured, as Raft's meter is.
extension KafkaEngine {
    public static func throughput(_ world: KafkaWorld) -> [ThroughputPicture] {
        var groups: [(batch: Int, f: ThroughputMeter<KafkaSettings>.Figures)] = []
        for f in world.throughput.figures(now: world.now, key: world.settings) where f.writes > 0 || f.busy > 0 {
            if let k = groups.firstIndex(where: { $0.batch == f.key.batch }) {
                groups[k].f.writes += f.writes
                groups[k].f.busy += f.busy
                groups[k].f.roundTrips += f.roundTrips
                groups[k].f.roundTripTotal += f.roundTripTotal
            } else {
                groups.append((f.key.batch, f))
            }
        }
        guard groups.contains(where: { $0.batch != KafkaSettings(size: 1).batch }) else { return [] }
        return groups.map { g in
            ThroughputPicture(setting: Phrase(en: "batch \(g.batch) records per Fetch answer", ko: "배치: Fetch 응답당 레코드 \(g.batch)개"),
                              current: g.batch == world.settings.batch, writes: g.f.writes, busy: g.f.busy,
                              perSecondTenths: g.f.perSecondTenths, roundTrip: g.f.roundTrip,
                              perRoundTripTenths: g.f.perRoundTripTenths)
        }
    }
}
