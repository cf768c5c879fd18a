import KafkaCore

/// Messages between Kafka replicas (kafka-mode.md, "Fetching"), one line each: kind,
/// sender→receiver, the leader epoch the sender knows, then the fields that matter. Only
/// followers ask; the leader replies.
extension Describer {
    /// "Fetch Saturn→Neptune epoch 2, offset 5"; "Fetch reply Neptune→Saturn epoch 2, records 5–6, HW 5".
    public func kafkaMessage(_ m: KafkaCore.Message) -> String {
        let route = "\(name(m.from))→\(name(m.to))"
        switch lang {
        case .en: return englishKafkaMessage(m, route)
        case .ko: return koreanKafkaMessage(m, route)
        }
    }

    private func englishKafkaMessage(_ m: KafkaCore.Message, _ route: String) -> String {
        let head = "\(route) epoch \(m.epoch)"
        switch m.body {
        case let .fetch(offset):
            return "Fetch \(head), offset \(offset)"
        case let .fetchResponse(offset, records, hw):
            let sent = records.isEmpty ? "no records from offset \(offset)" : Self.records(offset, count: records.count)
            return "Fetch reply \(head), \(sent), HW \(hw)"
        case let .offsetOutOfRange(leo):
            return "OFFSET_OUT_OF_RANGE \(head), LEO \(leo)"
        case let .offsetsForLeaderEpoch(lastEpoch, _, leo):
            return "OffsetsForLeaderEpoch \(head), last record's epoch \(lastEpoch), LEO \(leo)"
        case let .epochEndOffset(offset):
            return "OffsetsForLeaderEpoch reply \(head), truncate to offset \(offset)"
        }
    }

    private func koreanKafkaMessage(_ m: KafkaCore.Message, _ route: String) -> String {
        let head = "\(route) 에포크 \(m.epoch)"
        switch m.body {
        case let .fetch(offset):
            return "Fetch 요청 \(head), 오프셋 \(offset)"
        case let .fetchResponse(offset, records, hw):
            let sent = records.isEmpty ? "오프셋 \(offset)부터 레코드 없음"
                                       : "레코드 \(records.count)개(오프셋 \(Self.offsets(offset, count: records.count)))"
            return "Fetch 응답 \(head), \(sent), HW \(hw)"
        case let .offsetOutOfRange(leo):
            return "OFFSET_OUT_OF_RANGE \(head), LEO \(leo)"
        case let .offsetsForLeaderEpoch(lastEpoch, _, leo):
            return "OffsetsForLeaderEpoch \(head), 마지막 레코드의 에포크 \(lastEpoch), LEO \(leo)"
        case let .epochEndOffset(offset):
            return "OffsetsForLeaderEpoch 응답 \(head), 오프셋 \(offset)까지 남기고 잘라냄"
        }
    }
}
