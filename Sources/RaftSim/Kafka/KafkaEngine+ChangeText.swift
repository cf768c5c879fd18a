import KafkaCore

/// What a change of Kafka's settings sets, in words with the setting's Kafka name where it has
/// one (kafka-mode.md, "Settings"): the events pane's line for a `configure` or the options panel.
extension KafkaEngine {
    public static func describe(_ change: KafkaSettings.Change, _ d: Describer) -> [String] {
        func onOff(_ on: Bool) -> String { d.pick(on ? "on" : "off", on ? "켜짐" : "꺼짐") }
        var parts: [String] = []
        if let v = change.minInsyncReplicas {
            parts.append(d.pick("min.insync.replicas \(v)", "min.insync.replicas(최소 동기화 복제본 수) \(v)"))
        }
        if let v = change.replicaLagTimeMax {
            parts.append(d.pick("replica.lag.time.max.ms \(v) ms", "replica.lag.time.max.ms(ISR에서 빠지기까지 허용하는 지연) \(v) ms"))
        }
        if let v = change.fetchWait { parts.append(d.pick("a Fetch waits at most \(v) ms", "Fetch 요청 대기 최대 \(v) ms")) }
        if let v = change.fetchTimeout { parts.append(d.pick("an unanswered request is sent again after \(v) ms", "응답 없는 요청 재전송 \(v) ms 후")) }
        if let v = change.sessionTimeout { parts.append(d.pick("the controller notices a crash after \(v) ms", "컨트롤러가 다운을 알아채기까지 \(v) ms")) }
        if let v = change.uncleanLeaderElection { parts.append(d.pick("unclean leader election \(onOff(v))", "언클린 리더 선출 \(onOff(v))")) }
        if let v = change.strictMinIsr {
            parts.append(d.pick("the HW waits for min.insync.replicas \(onOff(v))", "HW가 min.insync.replicas를 기다림 \(onOff(v))"))
        }
        if let v = change.batch { parts.append(d.pick("batch: \(v) records per Fetch answer", "배치: Fetch 응답당 레코드 \(v)개")) }
        return parts
    }
}

extension KafkaSettings {
    /// The unsafe choices in force, in words (kafka-mode.md: unclean election and no leader
    /// epochs can lose committed records): a scene's banner names them.
    public var unsafeWords: [Phrase] {
        var words: [Phrase] = []
        if uncleanLeaderElection { words.append(Phrase(en: "unclean leader election", ko: "언클린 리더 선출")) }
        if !leaderEpochs {
            words.append(Phrase(en: "no leader epochs (truncation to the HW, before KIP-101)",
                                ko: "리더 에포크 없음 (KIP-101 이전처럼 HW까지 잘라냄)"))
        }
        return words
    }
}
