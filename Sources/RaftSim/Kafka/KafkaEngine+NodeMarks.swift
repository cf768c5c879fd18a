import KafkaCore
import Picture

/// What a Kafka card, the controller's line and the log rows show, for the legend (`l`), each
/// with its source (kafka-mode.md, "Words", "The controller", "ISR and high watermark").
extension KafkaEngine {
    public static let nodeMarks = [
        MarkPicture(Phrase(en: "★ leader", ko: "★ 리더"), Phrase(
            en: "the replica the controller named: it appends writes with its epoch and answers Fetches; it never truncates",
            ko: "컨트롤러가 정한 복제본: 쓰기를 자기 에포크로 추가하고 Fetch 요청에 응답합니다. 자기 로그를 잘라내지 않습니다"),
            rules: [.kafkaReplication]),
        MarkPicture(Phrase(en: "○ follower", ko: "○ 팔로워"), Phrase(
            en: "fetches records from the leader, as a consumer would; no timer makes it stand: the controller picks leaders",
            ko: "컨슈머처럼 리더에게서 레코드를 가져옵니다. 타이머로 선거에 나서지 않고, 리더는 컨트롤러가 고릅니다"),
            rules: [.kafkaReplication]),
        MarkPicture(Phrase(en: "✕ crashed", ko: "✕ 다운"), Phrase(
            en: "down: its log and HW checkpoint are kept; the controller notices after the session timeout and takes it out of the ISR",
            ko: "다운된 노드: 로그와 HW 체크포인트는 남습니다. 컨트롤러는 세션 타임아웃 뒤에 알아채고 ISR에서 뺍니다"),
            rules: [.kafkaReplication]),
        MarkPicture(Phrase(en: "epoch 2 · e2", ko: "에포크 2 · 에포크2"), Phrase(
            en: "the leader epoch the replica knows: one more at each election; every record carries the epoch of the leader that appended it",
            ko: "복제본이 아는 리더 에포크: 선출마다 하나씩 커지고, 레코드마다 그것을 추가한 리더의 에포크가 붙습니다"),
            rules: [.kip101]),
        MarkPicture(Phrase("LEO 5"), Phrase(
            en: "log end offset: how many records the log holds, the offset the next one goes to",
            ko: "로그 끝 오프셋(LEO): 로그의 레코드 수, 곧 다음 레코드가 들어갈 오프셋입니다"),
            rules: [.kafkaReplication]),
        MarkPicture(Phrase("HW 4"), Phrase(
            en: "high watermark: offsets below 4 are committed (every ISR member has them) and consumers may read them; the leader sets it to the least LEO in the ISR, followers learn it a fetch later",
            ko: "하이 워터마크: 4 앞의 오프셋은 커밋됐고(ISR의 모든 구성원이 가짐) 컨슈머가 읽을 수 있습니다. 리더가 ISR에서 가장 작은 LEO로 정하고, 팔로워는 Fetch 요청 한 번 뒤에 압니다"),
            rules: [.kafkaReplication, .maybeIncrementLeaderHW]),
        MarkPicture(Phrase(en: "in ISR · ISR ✓ ✗", ko: "ISR 안 · ISR ✓ ✗"), Phrase(
            en: "whether the controller's ISR holds the replica: acks=all waits for every member; a follower not caught up for replica.lag.time.max.ms leaves it",
            ko: "컨트롤러의 ISR에 이 복제본이 있는지: acks=all은 모든 구성원을 기다리고, replica.lag.time.max.ms(복제 지연 허용 시간) 동안 따라잡지 못한 팔로워는 빠집니다"),
            rules: [.kafkaLag, .isFollowerInSync]),
        MarkPicture(Phrase(en: "followers' LEO 3–5", ko: "팔로워 LEO 3–5"), Phrase(
            en: "the leader's record of its followers' LEOs, learned from their Fetch offsets (? unknown until the first Fetch)",
            ko: "리더가 기록한 팔로워들의 LEO. Fetch 요청의 오프셋으로 압니다 (?: 첫 Fetch 요청 전에는 모름)"),
            rules: [.kafkaReplication]),
        MarkPicture(Phrase(en: "controller · ISR", ko: "컨트롤러 · ISR"), Phrase(
            en: "the controller, not a node: it holds the ISR and the epoch, names the leader from the ISR, and notices crashes (in KRaft it is itself a Raft quorum, KIP-595)",
            ko: "컨트롤러는 노드가 아닙니다. ISR과 에포크를 갖고, ISR에서 리더를 정하고, 다운을 알아챕니다 (KRaft에서는 컨트롤러 자체가 Raft 쿼럼입니다, KIP-595)"),
            rules: [.kafkaReplication, .kafkaUnclean]),
        MarkPicture(Phrase("1  1  2"), Phrase(
            en: "the log table: one column per offset (from 0), each record shown by its epoch; ┃ is the HW: records left of it committed (bold), right of it not yet (dim)",
            ko: "로그 표: 오프셋마다 한 칸(0부터), 각 레코드는 에포크로 표시합니다. ┃는 HW입니다. 왼쪽은 커밋됨(굵게), 오른쪽은 아직 아님(흐리게)"),
            rules: [.kip101, .kafkaReplication]),
    ]
}
