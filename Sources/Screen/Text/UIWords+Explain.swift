import Picture

/// The explain overlay (`e`): message fields and the rules of the Raft paper behind them.
extension UIWords {
    var explainTitle: String { pick("Explain", "설명") }
    var highlighted: String { pick("Highlighted message in flight", "강조한 전송 중 메시지") }
    var latestEvent: String { pick("Latest event", "최근 이벤트") }
    var ruleWord: String { pick("Rule", "규칙") }
    var nothingToExplain: String {
        pick("Nothing has happened yet. Press m to highlight a message in flight, then e.",
             "아직 아무 일도 없습니다. m으로 전송 중인 메시지를 강조한 뒤 e를 누르세요.")
    }
    var explainHint: String {
        pick("m highlights a message in flight; e then explains it.", "m으로 전송 중인 메시지를 강조하면 e가 그 메시지를 설명합니다.")
    }
    /// A real etcd cluster: its messages are not seen, so nothing can be highlighted (issue 14).
    var explainHintReal: String {
        pick("etcd's messages are not seen, only its members' status and log lines: e explains the latest event.",
             "etcd의 메시지는 보이지 않고 멤버의 상태와 로그 줄만 보입니다: e는 최근 이벤트를 설명합니다.")
    }
}
