import KafkaCore
import Picture

/// What inspect (`i`) lists of a Kafka replica beyond the shared fields: its LEO and HW, its
/// ISR place, a leader's epoch start and followers' LEOs, a follower's outstanding request.
extension KafkaEngine {
    static func facts(_ replica: Replica, _ world: KafkaWorld) -> [Fact] {
        var out = [Fact(Phrase(en: "leader epoch", ko: "리더 에포크"), "\(replica.epoch)"),
                   Fact(Phrase("LEO"), "\(replica.leo)"),
                   Fact(Phrase(en: "HW (exclusive)", ko: "HW (이 오프셋 앞까지 커밋)"), "\(replica.hw)"),
                   Fact(Phrase("ISR"), world.engine.isr.contains(replica.id) ? "✓" : "✗")]
        guard replica.isUp else { return out }
        if let leading = replica.leading {
            // Partition `makeLeader`: the epoch start offset is the leader's LEO when elected.
            out.append(Fact(Phrase(en: "epoch start offset", ko: "에포크 시작 오프셋"), "\(leading.epochStart)"))
            for peer in world.engine.nodes.indices where peer != replica.id {
                let leo = leading.followers[peer].leo.map(String.init) ?? "?"
                out.append(Fact(Phrase(en: "LEO of \(world.names[peer])", ko: "\(world.names[peer])의 LEO"), leo))
            }
        }
        if let request = replica.outstanding {
            let kind = request.kind == .fetch ? "Fetch" : "OffsetsForLeaderEpoch"
            out.append(Fact(Phrase(en: "waiting for the answer to", ko: "응답을 기다리는 요청"), kind))
        }
        return out
    }
}
