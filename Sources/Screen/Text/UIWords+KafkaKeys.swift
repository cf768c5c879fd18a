import Picture

/// The keys' words in kafka mode where Raft's would be false: `t` fires no election timer (the
/// controller picks leaders, Kafka docs "Replication"), the options and inspect say Kafka's.
extension UIWords {
    /// Every key and what it does, for a Kafka partition when `kafka`.
    func keys(kafka: Bool) -> [KeyHint] {
        guard kafka else { return keys }
        return KeyTable.help.map { row in
            let text = row.groups.first?.first.flatMap { Self.kafkaHelp[$0] } ?? row.text
            return KeyHint(key: KeyTable.shown(row), word: text[lang])
        }
    }

    /// Kafka's words for the help rows that differ, by the row's first key.
    static let kafkaHelp: [KeyCommand: Phrase] = [
        .slow: Phrase(en: "slow the selected node's links / no election timer: the controller picks leaders",
                      ko: "선택한 노드의 링크를 느리게 / 선거 타이머 없음: 컨트롤러가 리더를 고름"),
        .options: Phrase(en: "options: acks, min.insync.replicas, unclean election, ISR lag, batch, timing",
                         ko: "옵션: acks, min.insync.replicas, 언클린 리더 선출, ISR 지연, 배치, 시간"),
        .inspect: Phrase(en: "inspect the selected node: epoch, log, HW, ISR place, followers' LEOs",
                         ko: "선택한 노드 살펴보기: 에포크, 로그, HW, ISR 자리, 팔로워 LEO"),
    ]
}
