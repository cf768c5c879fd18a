/// The help overlay (`?`) and the options panel (`o`): every key of product.md's table and
/// every option row, in English and Korean.
extension UIWords {
    var helpTitle: String { pick("Keys", "키") }
    var optionsTitle: String { pick("Options", "옵션") }

    /// Every key and what it does (product.md, "Keys"), one row each.
    var keys: [KeyHint] {
        let rows: [(String, String, String)] = [
            ("1..9  Tab", "select a node (in a quiz, digits answer it)", "노드 선택 (퀴즈 중에는 숫자가 답)"),
            ("c  r", "crash / restart the selected node", "선택한 노드 다운 / 재시작"),
            ("p  h", "isolate the selected node (partitions combine) / heal all",
             "선택한 노드 고립 (파티션은 겹침) / 모두 복구"),
            ("s", "slow the selected node's links", "선택한 노드의 링크를 느리게"),
            ("t", "time out the selected node's election timer now", "선택한 노드의 선거 타이머를 지금 만료"),
            ("w  W", "write via the believed leader / to the selected node",
             "쓰기: 리더로 / 선택한 노드로 (리다이렉트)"),
            ("a", "cycle the acks mode 0 / 1 / all", "acks 모드 바꾸기 0 / 1 / all"),
            ("k", "consumer reads the selected node up to its high watermark",
             "컨슈머가 선택한 노드에서 하이 워터마크까지 읽기"),
            ("m  x", "highlight the next message in flight / drop it", "전송 중인 다음 메시지 강조 / 버리기"),
            ("o", "options: Pre-Vote, CheckQuorum, batch, timing, unsafe rules",
             "옵션: Pre-Vote, CheckQuorum, 배치, 위험 규칙, 시간"),
            ("Space  .", "pause / run; step one event while paused", "일시 정지 / 실행, 정지 중 한 이벤트씩"),
            ("+  -", "faster / slower", "빠르게 / 느리게"),
            ("[  ]", "back / forward through history; acting in the past forks it",
             "기록 뒤로 / 앞으로 (과거에서 조작하면 갈라짐)"),
            ("PgUp PgDn < >", "scroll the events pane / scroll the log table", "이벤트 스크롤 / 로그 표 스크롤"),
            ("Enter n  b  g", "next / previous / jump to a lesson step", "레슨 다음 / 이전 / 단계로 이동"),
            ("d", "space-time diagram on / off", "시공간 다이어그램 켜기 / 끄기"),
            ("e", "explain the highlighted message, else the latest event", "강조한 메시지(없으면 최근 이벤트) 설명"),
            ("i", "inspect the selected node: all its state, key/value state",
             "선택한 노드 살펴보기: 모든 상태, 키/값 상태"),
            ("?  Esc", "this help / close whatever overlay is open", "이 도움말 / 열린 창 닫기"),
            ("q", "quit from anywhere, restoring the terminal", "어디서든 종료 (터미널 복원)"),
        ]
        return rows.map { KeyHint(key: $0.0, word: pick($0.1, $0.2)) }
    }

    /// How to use the options panel, under its rows.
    var optionsHint: String {
        pick("↑↓ move · Enter/Space/→ next value · ← previous · Esc close",
             "↑↓ 이동 · Enter/Space/→ 다음 값 · ← 이전 값 · Esc 닫기")
    }

    /// What an options row changes.
    func option(_ row: OptionsPanel.Row) -> String {
        switch row {
        case .preVote: return pick("Pre-Vote (thesis 9.6)", "Pre-Vote (사전 투표)")
        case .checkQuorum: return pick("CheckQuorum", "CheckQuorum (쿼럼 확인)")
        case .noop: return pick("no-op when a term starts (8)", "임기 시작 시 빈 항목 (8)")
        case .pipeline: return pick("pipeline AppendEntries", "AppendEntries 파이프라인")
        case .batch: return pick("batch: entries per AppendEntries", "배치: AppendEntries당 항목 수")
        case .voteWithoutLogCheck: return pick("unsafe: vote without log check", "위험: 로그 검사 없이 투표")
        case .commitOldTerms: return pick("unsafe: commit old terms", "위험: 이전 임기 항목 커밋")
        case .writeWithoutQuorum: return pick("unsafe: write without quorum", "위험: 과반수 없이 쓰기")
        case .heartbeat: return pick("heartbeat interval", "하트비트 간격")
        case .election: return pick("election timeout", "선거 타임아웃")
        case .latency: return pick("network latency", "네트워크 지연")
        }
    }

    /// A switch's state as a word.
    func onOff(_ value: Bool) -> String { value ? on : off }
}
