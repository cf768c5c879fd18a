import RaftCore

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

    /// Field names of a message, as Figure 2 calls them.
    var kind: String { pick("kind", "종류") }
    var from: String { pick("from", "보낸 노드") }
    var to: String { pick("to", "받는 노드") }
    var sentAt: String { pick("sent at", "보낸 시각") }
    var arrivesAt: String { pick("arrives at", "도착 예정") }
    var entriesWord: String { pick("entries", "항목") }
    var granted: String { pick("granted", "찬성") }
    var preVote: String { pick("pre-vote", "사전 투표") }
    var success: String { pick("success", "성공") }
    var yes: String { pick("yes", "예") }
    var no: String { pick("no", "아니오") }

    /// The rule a message obeys (Figure 2 and the sections of the Raft paper).
    func rule(_ body: Message.Body) -> String {
        switch body {
        case .requestVote(_, _, true):
            return pick("Pre-vote (thesis 9.6): the node asks whether it could win the next term without raising its own term. "
                        + "A voter says yes only if the candidate's log is at least as up to date as its own (5.4.1) "
                        + "and it has not heard from a leader within the minimum election timeout.",
                        "사전 투표(논문 9.6): 자기 임기를 올리지 않고 다음 임기에 이길 수 있는지 먼저 물어봅니다. "
                        + "투표자는 후보의 로그가 자기 로그보다 뒤처지지 않고(5.4.1) 최근 최소 선거 타임아웃 동안 리더의 연락을 받지 못했을 때만 찬성합니다.")
        case .requestVote:
            return pick("RequestVote (Figure 2, 5.2): a candidate asks for a vote in its term, naming its last log entry. "
                        + "A voter grants at most one vote per term, and only to a candidate whose log is at least "
                        + "as up to date as its own: a higher last term, or the same last term and at least as long (5.4.1).",
                        "RequestVote(그림 2, 5.2): 후보가 자기 임기의 표를 요청하며 마지막 로그 항목을 알립니다. "
                        + "투표자는 임기마다 한 번만 투표하고, 후보의 로그가 자기 것보다 뒤처지지 않을 때만 찬성합니다. "
                        + "마지막 임기가 더 높거나, 같으면 로그가 같거나 더 길어야 합니다(5.4.1).")
        case .voteReply:
            return pick("Vote reply (5.2): the candidate counts the votes granted, its own included; "
                        + "a majority, floor(N/2)+1, makes it leader of the term.",
                        "투표 응답(5.2): 후보는 자기 표를 포함해 찬성표를 셉니다. 과반수, 즉 floor(N/2)+1표를 얻으면 그 임기의 리더가 됩니다.")
        case .appendEntries(_, _, let entries, _) where entries.isEmpty:
            return pick("Heartbeat (5.2): an AppendEntries without entries. It keeps the follower from starting an election "
                        + "(its election timer is reset) and carries the leader's commit index, the high watermark (5.3).",
                        "하트비트(5.2): 항목이 없는 AppendEntries입니다. 팔로워의 선거 타이머를 초기화해 선거를 막고, "
                        + "리더의 커밋 인덱스(하이 워터마크)를 전달합니다(5.3).")
        case .appendEntries:
            return pick("AppendEntries (Figure 2, 5.3): the follower accepts only if its log holds an entry at prevLogIndex "
                        + "with prevLogTerm (log matching). It then deletes conflicting entries, appends the new ones, "
                        + "and sets its commit index to min(leaderCommit, index of its last new entry).",
                        "AppendEntries(그림 2, 5.3): 팔로워는 prevLogIndex 위치에 prevLogTerm 임기의 항목이 있을 때만 받아들입니다(로그 일치). "
                        + "그다음 충돌하는 항목을 지우고 새 항목을 덧붙인 뒤, 커밋 인덱스를 min(leaderCommit, 마지막 새 항목의 인덱스)로 정합니다.")
        case .appendReply(true, _, _, _, _):
            return pick("AppendEntries reply (5.3): on success the leader sets this follower's match index and next index. "
                        + "An index stored on a majority is committed, if its entry is of the leader's own term (5.4.2).",
                        "AppendEntries 응답(5.3): 성공하면 리더는 이 팔로워의 일치 인덱스와 다음 인덱스를 올립니다. "
                        + "과반수에 저장된 인덱스는, 그 항목이 리더 자신의 임기 것이면 커밋됩니다(5.4.2).")
        case .appendReply:
            return pick("AppendEntries reply (5.3): refused. The leader lowers its next index for this follower, "
                        + "using the conflict hint, and sends earlier entries until the logs match.",
                        "AppendEntries 응답(5.3): 거절입니다. 리더는 충돌 힌트를 이용해 이 팔로워의 다음 인덱스를 낮추고, "
                        + "로그가 일치할 때까지 더 앞의 항목부터 보냅니다.")
        }
    }

    /// What a rule tag of an event line means ("5.4.1", "Pre-Vote", "unsafe: ..."); nil if unknown.
    func tag(_ tag: String) -> String? {
        if tag.hasPrefix("unsafe") {
            return pick("\(tag): a deliberately broken rule (options, o) decided this; the safety monitor reports the damage.",
                        "\(tag): 일부러 깨뜨린 규칙(옵션 o)이 이 결정을 내렸습니다. 안전성 모니터가 그 피해를 보고합니다.")
        }
        guard let text = Self.tags[tag] else { return nil }
        return "\(tag): " + pick(text.en, text.ko)
    }

    static let tags: [String: (en: String, ko: String)] = [
        "5.1": ("terms. A node that sees a higher term adopts it and becomes a follower; messages of older terms are refused.",
                "임기. 더 높은 임기를 본 노드는 그 임기를 받아들이고 팔로워가 됩니다. 낮은 임기의 메시지는 거절됩니다."),
        "5.2": ("leader election. A timed-out node becomes candidate, votes for itself and asks the others; "
                + "one vote per node per term; a majority, floor(N/2)+1, wins; heartbeats keep followers from timing out.",
                "리더 선출. 타이머가 끝난 노드는 후보가 되어 자신에게 투표하고 다른 노드에 표를 요청합니다. "
                + "노드마다 임기당 한 표, 과반수 floor(N/2)+1표를 얻으면 리더가 되고, 하트비트가 팔로워의 타이머 만료를 막습니다."),
        "5.3": ("log replication. The leader sends entries with the index and term of the entry before them; "
                + "a follower accepts only if its log matches there. An entry stored on a majority is committed.",
                "로그 복제. 리더는 새 항목과 함께 바로 앞 항목의 인덱스와 임기를 보내고, 팔로워는 그 위치의 로그가 일치할 때만 받아들입니다. "
                + "과반수에 저장된 항목은 커밋됩니다."),
        "5.4": ("safety. A leader holds every entry committed before its term.",
                "안전성. 리더는 자기 임기 전에 커밋된 모든 항목을 갖고 있습니다."),
        "5.4.1": ("election restriction. A node votes only for a candidate whose log is at least as up to date "
                  + "as its own: a higher last term, or the same last term and at least as long.",
                  "선출 제한. 노드는 자기 로그보다 뒤처지지 않은 후보에게만 투표합니다. "
                  + "마지막 임기가 더 높거나, 같으면 로그가 같거나 더 길어야 합니다."),
        "5.4.2": ("a leader commits only entries of its own term by counting replicas; "
                  + "earlier entries are committed together with them (Figure 8).",
                  "리더는 자기 임기의 항목만 복제 수를 세어 커밋하고, 이전 임기의 항목은 그와 함께 커밋됩니다(그림 8)."),
        "5.4.3": ("state machine safety. No two nodes apply different entries at the same index.",
                  "상태 머신 안전성. 같은 인덱스에 서로 다른 항목을 적용하는 두 노드는 없습니다."),
        "Figure 2": ("the rules every server follows: RPC fields, persistent and volatile state.",
                     "모든 서버가 따르는 규칙: RPC 필드, 영속 상태와 휘발성 상태."),
        "Figure 8": ("why an old-term entry stored on a majority can still be overwritten.",
                     "과반수에 저장된 이전 임기 항목도 덮어쓰일 수 있는 이유."),
        "8": ("no-op. A new leader appends an empty entry of its own term, so it can commit what it inherited.",
              "빈 항목(no-op). 새 리더는 자기 임기의 빈 항목을 추가해 물려받은 항목까지 커밋할 수 있게 합니다."),
        "Pre-Vote": ("Raft thesis 9.6. Before raising its term a node asks whether it could win; nodes that heard "
                     + "from a leader recently say no, so a node cut off from the cluster cannot disrupt it.",
                     "Raft 논문 9.6. 임기를 올리기 전에 이길 수 있는지 먼저 묻습니다. 최근 리더의 연락을 받은 노드는 거절하므로, "
                     + "고립되었던 노드가 클러스터를 흔들 수 없습니다."),
        "CheckQuorum": ("a leader that has not heard from a majority within an election timeout steps down.",
                        "선거 타임아웃 동안 과반수의 연락을 받지 못한 리더는 스스로 물러납니다."),
    ]
}
