import KafkaCore
import Picture

/// The legend's (`l`) client, partition and diagram marks in Kafka's words, where Raft's would
/// be false (kafka-mode.md, "Writes", "The controller"; each with its source).
extension KafkaEngine {
    public static let clientMarks = [
        MarkPicture(Phrase(en: "client · acks=all", ko: "클라이언트 acks=all"), Phrase(
            en: "the producer and its acks mode (a): all, answered once every ISR member has the record (the HW passed it); 1, once the leader appended it; 0, never",
            ko: "프로듀서와 acks 모드 (a): all은 ISR의 모든 구성원이 레코드를 가지면(HW가 지나가면), 1은 리더가 추가하면 응답받고, 0은 응답을 기다리지 않습니다"),
            rules: [.kafkaAcks]),
        MarkPicture(Phrase(en: "waiting 2: a=1 → Mars", ko: "대기 2: a=1 → Mars"), Phrase(
            en: "writes the client sent and still waits to hear about, and the node each went to; a node that does not lead answers with the leader the controller names; after 500 ms without an answer the client tries again",
            ko: "클라이언트가 보내고 아직 응답을 기다리는 쓰기와 보낸 노드. 리더가 아닌 노드는 컨트롤러가 정한 리더를 알려 줍니다. 500ms 동안 응답이 없으면 다시 보냅니다"),
            rules: [.kafkaReplication]),
        MarkPicture(Phrase(en: "acknowledged 3", ko: "확인 응답 3"), Phrase(
            en: "writes the client was told are done (acked on narrow screens)",
            ko: "완료됐다고 클라이언트가 확인 응답을 받은 쓰기")),
        MarkPicture(Phrase(en: "lost 1", ko: "유실 1"), Phrase(
            en: "acknowledged writes that a leader of a later epoch does not hold: a promise broken (under acks=all, only with unclean leader election or without leader epochs)",
            ko: "확인 응답을 받았는데 나중 에포크의 리더에게 없는 쓰기: 깨진 약속입니다 (acks=all에서는 언클린 리더 선출이나 리더 에포크 없이만 생깁니다)"),
            rules: [.kafkaUnclean, .kip101]),
        MarkPicture(Phrase(en: "refused 1 · NOT_ENOUGH_REPLICAS", ko: "거절 1 · NOT_ENOUGH_REPLICAS"), Phrase(
            en: "acks=all writes the leader answered with an error while the ISR was below min.insync.replicas: NOT_ENOUGH_REPLICAS before appending (nothing written), NOT_ENOUGH_REPLICAS_AFTER_APPEND once committed (written, not acknowledged); the write ends there",
            ko: "ISR이 min.insync.replicas보다 작아 리더가 오류로 답한 acks=all 쓰기: 추가하기 전이면 NOT_ENOUGH_REPLICAS(아무것도 쓰지 않음), 커밋된 뒤면 NOT_ENOUGH_REPLICAS_AFTER_APPEND(썼지만 확인 응답 없음). 쓰기는 여기서 끝납니다"),
            rules: [.kafkaMinISR]),
    ]

    /// A partition cuts nodes apart, never the controller: it moves no leadership.
    public static let groupsMark: MarkPicture? = MarkPicture(
        Phrase(en: "can talk: Neptune, Saturn | Jupiter", ko: "통신 가능: Neptune, Saturn | Jupiter"), Phrase(
            en: "a partition's groups: only nodes of one group reach each other; the controller reaches every node, so a partition moves no leadership: a follower cut off from the leader stops fetching and leaves the ISR",
            ko: "파티션으로 나뉜 그룹: 같은 그룹의 노드끼리만 통신합니다. 컨트롤러는 모든 노드에 닿으므로 파티션으로 리더가 바뀌지 않습니다. 리더와 끊긴 팔로워는 레코드를 가져오지 못해 ISR에서 빠집니다"),
        rules: [.kafkaReplication, .kafkaLag])

    public static let diagramMarks = [
        MarkPicture(Phrase(en: "✕ ○", ko: "✕ ○"), Phrase(en: "a crash, a restart", ko: "다운, 재시작")),
        MarkPicture(Phrase("★"), Phrase(en: "the controller names a leader (no node stands for election)",
                                        ko: "컨트롤러가 리더를 정함 (노드가 선거에 나서지 않음)"), rules: [.kafkaReplication]),
        MarkPicture(Phrase("┊"), Phrase(en: "the node is down", ko: "노드가 다운된 동안")),
        MarkPicture(Phrase("▸"), Phrase(en: "a message arrives", ko: "메시지 도착")),
    ]
}
