import Picture

/// The legend (`l`) of a real etcd cluster (issue 14): its cards, then what the screen shows
/// of a real cluster and what it cannot measure; no messages, diagram or consumer.
extension LegendWords {
    func realSections() -> [Section] {
        [Section(title: pick("Cards", "카드"), entries: realCards),
         Section(title: pick("A real etcd cluster", "실제 etcd 클러스터"), entries: realCluster)]
    }

    /// The sandbox's cards without what a real cluster's cards never show (configuration,
    /// last terms, timers, tallies, next/match), and its own keys on the selected member.
    var realCards: [Entry] {
        let unseen = [Self.outsideMark, Self.logMark, Self.timerMark, Self.heartbeatMark, Self.votesMark, Self.progressMark]
            .map { $0[lang] }
        return cards.filter { !unseen.contains($0.mark) }.map { card in
            guard card.mark == Self.selectedMark[lang] else { return card }
            return entry(Self.selectedMark, Phrase(en: "the selected member (1-9, Tab): c r z p W R T i act on it",
                                                   ko: "선택한 멤버 (1-9, Tab): c r z p W R T i가 이 멤버에 작용합니다"))
        }
    }

    var realCluster: [Entry] {
        [entry(Phrase(en: "▪  ▪  ▪┃", ko: "▪  ▪  ▪┃"), Phrase(
            en: "a member's log up to its committed index (raftIndex in its status); etcd does not report entry terms or uncommitted entries, so none are drawn",
            ko: "멤버의 커밋 인덱스(상태의 raftIndex)까지의 로그. etcd는 항목의 임기나 커밋 안 된 항목을 알려 주지 않으므로 그리지 않습니다")),
         entry(Phrase(en: "· · · bright link", ko: "· · · 밝은 링크"), Phrase(
            en: "bytes crossed this link lately: raftlab's relay between the members counts them (etcd's messages themselves are not seen)",
            ko: "최근 이 링크로 바이트가 오갔습니다: 멤버 사이의 raftlab 릴레이가 셉니다 (etcd의 메시지 자체는 보이지 않습니다)")),
         entry(Phrase(en: "╳ cut link", ko: "╳ 끊긴 링크"), Phrase(
            en: "p isolated a member: its relay closes every peer connection to or from it",
            ko: "p로 멤버를 고립시켰습니다: 릴레이가 그 멤버와 오가는 피어 연결을 모두 닫습니다")),
         entry(Phrase(en: "timer not measured", ko: "타이머 측정 안 함"), Phrase(
            en: "etcd does not report its timers; each follower's election timeout is drawn between the header's two values",
            ko: "etcd는 타이머를 알려 주지 않습니다. 팔로워마다 선거 타임아웃을 헤더의 두 값 사이에서 정합니다")),
         entry(Phrase(en: "paused", ko: "일시 정지"), Phrase(
            en: "z sent SIGSTOP: the process is alive but runs no code, so it answers nothing until z again",
            ko: "z가 SIGSTOP을 보냈습니다: 프로세스는 살아 있지만 실행되지 않아, z를 다시 누를 때까지 아무것도 답하지 않습니다")),
         entry(Phrase(en: "no answer", ko: "응답 없음"), Phrase(
            en: "the member's status did not come back within a second; the card shows its last answer",
            ko: "멤버의 상태 응답이 1초 안에 오지 않았습니다. 카드는 마지막 응답을 보여 줍니다")),
         entry(Phrase(en: "read linearizable", ko: "읽기 linearizable"), Phrase(
            en: "R asks the leader for its commit index first (ReadIndex), so it never returns old data; serializable (v) answers from the member's own state",
            ko: "R이 먼저 리더에게 커밋 인덱스를 묻습니다(ReadIndex). 옛 데이터를 돌려주지 않습니다. serializable(v)은 멤버 자신의 상태로 답합니다"))]
    }
}
