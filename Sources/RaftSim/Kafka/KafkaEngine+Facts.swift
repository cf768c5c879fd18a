import KafkaCore
import Picture

/// What inspect (`i`) lists of a Kafka replica beyond its Kafka part (`KafkaNodePicture`: epoch,
/// LEO, HW, ISR place, followers' LEOs): a leader's epoch start, a follower's outstanding request.
extension KafkaEngine {
    static func facts(_ replica: Replica, _ world: KafkaWorld) -> [Fact] {
        var out: [Fact] = []
        guard replica.isUp else { return out }
        if let leading = replica.leading {
            // Partition `makeLeader`: the epoch start offset is the leader's LEO when elected.
            out.append(Fact(Phrase(en: "epoch start offset", ko: "에포크 시작 오프셋"), "\(leading.epochStart)"))
        }
        if let request = replica.outstanding {
            let kind = request.kind == .fetch ? "Fetch" : "OffsetsForLeaderEpoch"
            out.append(Fact(Phrase(en: "waiting for the answer to", ko: "응답을 기다리는 요청"), kind))
        }
        return out
    }
}
