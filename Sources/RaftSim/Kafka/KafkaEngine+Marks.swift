import KafkaCore
import Picture

/// How Kafka's messages look on the map (kafka-mode.md, "Fetching": pull, not push). Only
/// followers ask, so every request runs follower→leader and every answer leader→follower; the
/// screen adds an arrow pointing where each one goes. Labels are short: letters and numbers.
extension KafkaEngine {
    public static func look(_ m: Message) -> MessageLook {
        switch m.body {
        case let .fetch(offset): return MessageLook(label: Phrase("F\(offset)"), tone: .vote)
        case let .fetchResponse(_, records, hw):
            // An answer without records brings only the HW (KIP-101 "Motivation": one fetch later).
            return MessageLook(label: Phrase(records.isEmpty ? "HW\(hw)" : "R\(records.count)"), tone: records.isEmpty ? .good : .append)
        case .offsetOutOfRange: return MessageLook(label: Phrase("R✗"), tone: .bad)
        case let .offsetsForLeaderEpoch(lastEpoch, _, _): return MessageLook(label: Phrase("E\(lastEpoch)?"), tone: .vote)
        case let .epochEndOffset(offset): return MessageLook(label: Phrase("T\(offset)"), tone: .bad)
        }
    }

    public static let legend = [
        Phrase(en: "F5 Fetch from offset 5 (a pull)", ko: "F5 오프셋 5부터 Fetch 요청"),
        Phrase(en: "R3 3 records + HW", ko: "R3 레코드 3개와 HW"), Phrase(en: "HW4 no records, HW 4", ko: "HW4 레코드 없이 HW 4"),
        Phrase(en: "E2? T5 truncation (KIP-101)", ko: "E2? T5 잘라내기 (KIP-101)"),
    ]

    /// The message labels for the legend (`l`), with what each carries and its source.
    public static let marks = [
        MarkPicture(Phrase("F5"), Phrase(
            en: "Fetch, a follower's request: records from offset 5, its LEO, which is also its acknowledgement; it goes follower→leader (a pull: the leader never pushes)",
            ko: "Fetch 요청: 팔로워가 오프셋 5(자기 LEO)부터 레코드를 달라고 합니다. 이 오프셋이 곧 확인입니다. 팔로워에서 리더로 갑니다 (리더는 밀어 보내지 않고, 팔로워가 가져갑니다)"),
            rules: [.kafkaReplication]),
        MarkPicture(Phrase("R3"), Phrase(
            en: "the leader's answer to a Fetch: 3 records and its HW when sent; the follower appends them and learns the HW one fetch after the leader",
            ko: "Fetch 요청에 대한 리더의 응답: 레코드 3개와 보낼 때의 HW. 팔로워는 레코드를 덧붙이고, 리더보다 Fetch 요청 한 번 늦게 HW를 압니다"),
            rules: [.kafkaReplication, .kip101]),
        MarkPicture(Phrase("HW4"), Phrase(
            en: "an answer without records: the leader had nothing new (it held the Fetch up to replica.fetch.wait.max.ms); it still carries the HW, here 4",
            ko: "레코드 없는 응답: 리더에게 새 레코드가 없었습니다 (Fetch 요청을 replica.fetch.wait.max.ms(최대 대기 시간)까지 붙잡아 두었습니다). 그래도 HW(여기서는 4)를 전합니다"),
            rules: [.kafkaFetchWait]),
        MarkPicture(Phrase("R✗"), Phrase(
            en: "OFFSET_OUT_OF_RANGE: the Fetch asked past the leader's LEO; the follower truncates to that LEO and fetches again",
            ko: "OFFSET_OUT_OF_RANGE(범위를 벗어난 오프셋): Fetch 요청이 리더의 LEO를 넘었습니다. 팔로워는 그 LEO까지 잘라내고 다시 요청합니다"),
            rules: [.kafkaProtocol]),
        MarkPicture(Phrase("E2?"), Phrase(
            en: "OffsetsForLeaderEpoch: a new follower asks where its log, whose last record has epoch 2, parts from the leader's",
            ko: "OffsetsForLeaderEpoch: 새 팔로워가 마지막 레코드의 에포크가 2인 자기 로그가 리더의 로그와 어디서 갈라지는지 묻습니다"),
            rules: [.kip101, .kip279]),
        MarkPicture(Phrase("T5"), Phrase(
            en: "the answer to OffsetsForLeaderEpoch: truncate to offset 5, the first offset where the two logs differ in epoch",
            ko: "OffsetsForLeaderEpoch에 대한 응답: 두 로그의 에포크가 처음 다른 오프셋 5까지 남기고 잘라내라는 뜻입니다"),
            rules: [.kip101, .kip279]),
    ]
}
