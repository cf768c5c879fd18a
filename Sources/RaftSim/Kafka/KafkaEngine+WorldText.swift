import KafkaCore

/// The world's own events in Kafka's words (kafka-mode.md, "Crash and restart", "Consumers",
/// "Words"): leader epochs, offsets from 0, the HW exclusive.
extension KafkaEngine {
    public static func crashed(_ n: NodeID, _ d: Describer) -> String {
        d.pick("\(d.name(n)) crashes: it keeps its log and its HW checkpoint, and loses its role, what it knew of its "
                + "followers, the Fetches it held and the writes waiting on it",
               "\(d.name(n, .subject)) 다운됩니다: 로그와 HW 체크포인트는 남고, 역할, 팔로워에 대해 알던 것, 붙잡아 둔 Fetch 요청, "
                + "기다리던 쓰기는 잃습니다")
    }

    public static func restarted(_ n: NodeID, _ d: Describer) -> String {
        d.pick("\(d.name(n)) restarts from its log and HW checkpoint: it follows the leader the controller names",
               "\(d.name(n, .subject)) 로그와 HW 체크포인트로 재시작해, 컨트롤러가 정한 리더를 따릅니다")
    }

    /// A node hands out only records below its own HW [Design: "Only committed messages are
    /// ever given out to the consumer"]; `index` 1-based is the HW as an offset.
    public static func consumed(from n: NodeID, count: Int, through index: Int, _ d: Describer) -> String {
        d.pick("consumer reads \(count) \(count == 1 ? "record" : "records") from \(d.name(n)), below offset \(index) (its HW)",
               "컨슈머가 \(d.name(n))에서 레코드 \(count)개를 읽습니다: 오프셋 \(index)(HW) 아래까지")
    }

    public static func period(_ n: Int, _ d: Describer) -> String { d.pick("epoch \(n)", "에포크 \(n)") }
    /// Offset o is Raft's index o + 1 (kafka-mode.md, "Words").
    public static func place(_ index: Int, _ d: Describer) -> String { d.pick("offset \(index - 1)", "오프셋 \(index - 1)") }
}
