import Picture
import RaftCore

/// The throughput meter of a Raft world: the world's figures grouped by what decides
/// throughput here, the batch size and pipelining (Raft 10.2.1 of the thesis: batching and
/// pipelining). Shown once a setting other than the default (batch 64, pipelining on) has
/// been measured, so the sandbox's screen stays as it was until they are changed.
extension RaftEngine {
    public static func throughput(_ world: World<RaftEngine>) -> [ThroughputPicture] {
        let now = world.settings
        var groups: [(batch: Int, pipeline: Bool, f: ThroughputMeter<EngineConfig>.Figures)] = []
        for f in world.throughput.figures(now: world.now, key: now) where f.writes > 0 || f.busy > 0 {
            if let k = groups.firstIndex(where: { $0.batch == f.key.batch && $0.pipeline == f.key.pipeline }) {
                groups[k].f.writes += f.writes
                groups[k].f.busy += f.busy
                groups[k].f.roundTrips += f.roundTrips
                groups[k].f.roundTripTotal += f.roundTripTotal
            } else {
                groups.append((f.key.batch, f.key.pipeline, f))
            }
        }
        let defaults = EngineConfig(size: 1)
        guard groups.contains(where: { $0.batch != defaults.batch || $0.pipeline != defaults.pipeline }) else { return [] }
        return groups.map { g in
            ThroughputPicture(setting: setting(batch: g.batch, pipeline: g.pipeline),
                              current: g.batch == now.batch && g.pipeline == now.pipeline, writes: g.f.writes,
                              busy: g.f.busy, perSecondTenths: g.f.perSecondTenths, roundTrip: g.f.roundTrip,
                              perRoundTripTenths: g.f.perRoundTripTenths)
        }
    }

    /// "batch 4 · pipelining off".
    static func setting(batch: Int, pipeline: Bool) -> Phrase {
        Phrase(en: "batch \(batch) · pipelining \(pipeline ? "on" : "off")",
               ko: "배치 \(batch) · 파이프라이닝 \(pipeline ? "켜짐" : "꺼짐")")
    }
}
