import KafkaCore
import Picture

/// A Kafka message in words for the explain overlay (`e`): its fields and the rules it obeys,
/// whose meanings are `KafkaRules`' (kafka-mode.md, "Fetching", "Becoming follower").
extension KafkaEngine {
    public static func explain(_ m: Message, sentAt: Int, deliverAt: Int, _ world: KafkaWorld) -> MessageExplain {
        let en = Describer(names: world.names, values: world.values, lang: .en)
        let ko = Describer(names: world.names, values: world.values, lang: .ko)
        return MessageExplain(line: Phrase(en: en.kafkaMessage(m), ko: ko.kafkaMessage(m)),
                              fields: fields(m, sentAt: sentAt, deliverAt: deliverAt, world), rule: rule(m.body))
    }

    typealias Field = MessageExplain.Field

    /// The message's fields, with where it is on its way.
    static func fields(_ m: Message, sentAt: Int, deliverAt: Int, _ world: KafkaWorld) -> [Field] {
        let time = { (ms: Int) in Phrase(en: TimeText.seconds(ms, .en), ko: TimeText.seconds(ms, .ko)) }
        return [Field(Phrase(en: "kind", ko: "종류"), kind(m.kind)),
                Field(Phrase(en: "from", ko: "보낸 노드"), Phrase(world.names[m.from])),
                Field(Phrase(en: "to", ko: "받는 노드"), Phrase(world.names[m.to])),
                Field(Phrase(en: "direction", ko: "방향"), direction(m.isRequest)),
                Field(Phrase(en: "leader epoch", ko: "리더 에포크"), Phrase("\(m.epoch)")),
                Field(Phrase(en: "request number", ko: "요청 번호"), Phrase("\(m.request)")),
                Field(Phrase(en: "sent at", ko: "보낸 시각"), time(sentAt)),
                Field(Phrase(en: "arrives at", ko: "도착 예정"), time(deliverAt))] + bodyFields(m.body)
    }

    /// Every request goes follower→leader and every answer back: replication is a pull.
    static func direction(_ request: Bool) -> Phrase {
        request ? Phrase(en: "follower → leader (a pull: the follower asks)", ko: "팔로워 → 리더 (팔로워가 가져가려고 요청)")
                : Phrase(en: "leader → follower (the answer)", ko: "리더 → 팔로워 (응답)")
    }

    static func bodyFields(_ body: Message.Body) -> [Field] {
        let offset = Phrase(en: "offset", ko: "오프셋")
        switch body {
        case let .fetch(o):
            return [Field(offset, Phrase("\(o)"))]
        case let .fetchResponse(o, records, hw):
            let epochs = records.map { "\($0.epoch)" }.joined(separator: " ")
            return [Field(offset, Phrase("\(o)")),
                    Field(Phrase(en: "records (their epochs)", ko: "레코드 (각 에포크)"),
                          records.isEmpty ? Phrase(en: "none", ko: "없음") : Phrase(epochs)),
                    Field(Phrase("HW"), Phrase("\(hw)"))]
        case let .offsetOutOfRange(leo):
            return [Field(Phrase(en: "error", ko: "오류"), Phrase("OFFSET_OUT_OF_RANGE")), Field(Phrase("LEO"), Phrase("\(leo)"))]
        case let .offsetsForLeaderEpoch(lastEpoch, _, leo):
            return [Field(Phrase(en: "last record's epoch", ko: "마지막 레코드의 에포크"), Phrase("\(lastEpoch)")),
                    Field(Phrase("LEO"), Phrase("\(leo)"))]
        case let .epochEndOffset(o):
            return [Field(Phrase(en: "truncate to offset", ko: "잘라낼 오프셋"), Phrase("\(o)"))]
        }
    }

    /// A message's kind by its name in Kafka's protocol; an answer named as one.
    static func kind(_ kind: Message.Kind) -> Phrase {
        switch kind {
        case .fetch: Phrase(en: "Fetch", ko: "Fetch 요청")
        case .fetchResponse: Phrase(en: "Fetch reply", ko: "Fetch 응답")
        case .offsetOutOfRange: Phrase(en: "Fetch reply: OFFSET_OUT_OF_RANGE", ko: "Fetch 응답: OFFSET_OUT_OF_RANGE")
        case .offsetsForLeaderEpoch: Phrase("OffsetsForLeaderEpoch")
        case .epochEndOffset: Phrase(en: "OffsetsForLeaderEpoch reply", ko: "OffsetsForLeaderEpoch 응답")
        }
    }

    /// The rules a message obeys: what it does in one sentence, then each cited rule's tag and
    /// meaning (`KafkaRules`).
    static func rule(_ body: Message.Body) -> Phrase {
        let (lead, rules) = ruleParts(body)
        let cited = { (lang: Lang) in
            rules.compactMap { r in KafkaRules.meaning(of: r).map { "[\(KafkaRules.shownTag(of: r)[lang])] \($0[lang])" } }
        }
        return Phrase(en: ([lead.en] + cited(.en)).joined(separator: " "), ko: ([lead.ko] + cited(.ko)).joined(separator: " "))
    }

    static func ruleParts(_ body: Message.Body) -> (Phrase, [Citation]) {
        switch body {
        case .fetch:
            return (Phrase(en: "A Fetch is a pull: the follower asks for records from its LEO, and that offset is also its acknowledgement to the leader.",
                           ko: "Fetch 요청은 가져가기입니다. 팔로워가 자기 LEO부터 레코드를 달라고 하고, 그 오프셋이 곧 리더에게 보내는 확인입니다."),
                    [.kafkaReplication, .isFollowerInSync])
        case .fetchResponse:
            return (Phrase(en: "The answer carries records from the asked offset and the leader's HW; the follower appends them and raises its HW to min(that HW, its LEO).",
                           ko: "응답에는 요청한 오프셋부터의 레코드와 리더의 HW가 담깁니다. 팔로워는 레코드를 덧붙이고 HW를 그 HW와 자기 LEO 중 작은 값까지 올립니다."),
                    [.kip101, .kafkaFetchWait])
        case .offsetOutOfRange:
            return (Phrase(en: "The Fetch asked past the leader's LEO: the follower truncates to it and fetches again.",
                           ko: "Fetch 요청이 리더의 LEO를 넘었습니다. 팔로워는 그 LEO까지 잘라내고 다시 요청합니다."),
                    [.kafkaProtocol])
        case .offsetsForLeaderEpoch:
            return (Phrase(en: "A new follower asks where its log parts from the leader's before it fetches.",
                           ko: "새 팔로워는 Fetch 요청 전에 자기 로그가 리더의 로그와 어디서 갈라지는지 묻습니다."),
                    [.kip101, .kip279])
        case .epochEndOffset:
            return (Phrase(en: "The leader names the first offset where the two logs differ in epoch; the follower truncates there.",
                           ko: "리더는 두 로그의 에포크가 처음 다른 오프셋을 알려 주고, 팔로워는 거기서 잘라냅니다."),
                    [.kip101, .kip279])
        }
    }
}
