import RaftCore

/// What a change of Raft's settings sets, in words ("Pre-Vote on", "batch: 4 entries per
/// AppendEntries"): the events pane's line for a `configure`, `a` or the options panel.
extension RaftEngine {
    public static func describe(_ change: EngineConfig.Change, _ d: Describer) -> [String] {
        func onOff(_ on: Bool) -> String { (on ? RaftEngine.on : RaftEngine.off)[d.lang] }
        var parts: [Phrase] = []
        if let v = change.heartbeat { parts.append(Phrase(en: "heartbeat every \(v) ms", ko: "하트비트 간격 \(v) ms")) }
        if let v = change.election {
            let span = Describer.span(v.lowerBound, v.upperBound)
            parts.append(Phrase(en: "election timeout \(span) ms", ko: "선거 타임아웃 \(span) ms"))
        }
        if let v = change.batch { parts.append(Phrase(en: "batch: \(v) entries per AppendEntries", ko: "배치: AppendEntries당 항목 \(v)개")) }
        if let v = change.pipeline { parts.append(Phrase(en: "pipelining \(onOff(v))", ko: "파이프라이닝 \(onOff(v))")) }
        if let v = change.noop { parts.append(Phrase(en: "no-op when a term starts \(onOff(v))", ko: "임기 시작 시 빈 항목 \(onOff(v))")) }
        if let v = change.preVote { parts.append(Phrase(en: "Pre-Vote \(onOff(v))", ko: "사전 투표(Pre-Vote) \(onOff(v))")) }
        if let v = change.checkQuorum { parts.append(Phrase(en: "CheckQuorum \(onOff(v))", ko: "CheckQuorum(쿼럼 확인) \(onOff(v))")) }
        if let v = change.unsafe {
            let rules = RaftRules.words(of: v).map { $0[d.lang] }.joined(separator: ", ")
            parts.append(v.isEmpty ? Phrase(en: "no rule broken on purpose", ko: "일부러 깬 규칙 없음")
                                   : Phrase(en: "broken on purpose: \(rules)", ko: "일부러 깬 규칙: \(rules)"))
        }
        return parts.map { $0[d.lang] }
    }
}
