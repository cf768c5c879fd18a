import Picture

/// `--mode both`: the words of the two sides side by side (issue 12, item 4).
extension UIWords {
    /// The header's title.
    var bothTitle: String { pick("Raft and Kafka", "Raft와 Kafka") }

    /// Each side's title line: its name, then what decides on that side.
    var raftSide: String { "Raft" }
    var kafkaSide: String { "Kafka" }
    var raftDecides: String { pick("a majority decides", "과반수가 결정") }
    var kafkaDecides: String { pick("the controller and the ISR decide", "컨트롤러와 ISR이 결정") }

    /// A side's clock when it is not the header's (after `[` or `]` found marks apart).
    func sideAt(_ seconds: String) -> String { pick("at \(seconds)", "\(seconds) 시점") }

    /// `o` in both mode: refused, in words.
    /// A key of Raft's snapshots, reads, transfers or membership pressed where Kafka runs.
    func raftOnlyKey(_ key: String) -> String {
        pick("\(key) is Raft's (snapshots, reads, leadership transfer, membership): Kafka mode has none of it",
             "\(key) 키는 Raft의 기능입니다(스냅샷, 읽기, 리더십 이전, 멤버십 변경). Kafka 모드에는 없습니다")
    }

    var bothNoOptions: String {
        pick("o: Raft and Kafka have different options; open them in --mode raft or kafka",
             "o: Raft와 Kafka는 옵션이 달라 나란히 보기에서는 열지 않습니다")
    }

    /// A lesson key in both mode: refused, in words.
    var bothNoLessons: String {
        pick("No lessons in --mode both (a sandbox view): lessons run alone, raftlab lesson",
             "나란히 보기는 샌드박스라 수업이 없습니다")
    }

    /// What the help says first in both mode.
    var bothHelp: String {
        pick("Raft and Kafka side by side: every key acts on both at once (c crashes the selected node on each side). "
             + "On the Kafka side t fires no timer (the controller picks leaders) and says so among the events. "
             + "Not here: o (the options differ) and lessons. The marks of both sides follow the keys.",
             "Raft와 Kafka 나란히: 모든 키가 양쪽에 한꺼번에 작동합니다 (c는 양쪽에서 선택한 노드를 다운시킵니다). "
             + "Kafka 쪽에서 t는 만료시킬 타이머가 없어 (컨트롤러가 리더를 고름) 이벤트 창에 그렇게 적습니다. "
             + "여기서 안 되는 것: o (옵션이 서로 다름)와 수업. 양쪽의 표시 설명은 키 아래에 있습니다.")
    }
}
