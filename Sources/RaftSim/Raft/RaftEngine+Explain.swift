import Picture
import RaftCore

/// A Raft message in words for the explain overlay (`e`): Figure 2's fields and the rule of
/// the Raft paper it obeys.
extension RaftEngine {
    public static func explain(_ m: Message, sentAt: Int, deliverAt: Int, _ world: World<RaftEngine>) -> MessageExplain {
        let en = Describer(names: world.names, values: world.values, lang: .en)
        let ko = Describer(names: world.names, values: world.values, lang: .ko)
        return MessageExplain(line: Phrase(en: en.message(m), ko: ko.message(m)),
                              fields: fields(m, sentAt: sentAt, deliverAt: deliverAt, en, ko), rule: rule(m.body))
    }

    typealias Field = MessageExplain.Field

    /// Figure 2's fields of the message, with where it is on its way.
    static func fields(_ m: Message, sentAt: Int, deliverAt: Int, _ en: Describer, _ ko: Describer) -> [Field] {
        let time = { (ms: Int) in Phrase(String(Describer.time(ms).drop { $0 == " " })) }
        var rows: [Field] = [
            Field(Phrase(en: "kind", ko: "종류"), kind(m.kind)),
            Field(Phrase(en: "from", ko: "보낸 노드"), Phrase(en.name(m.from))),
            Field(Phrase(en: "to", ko: "받는 노드"), Phrase(en.name(m.to))),
            Field(Phrase(en: "term", ko: "임기"), Phrase("\(m.term)")),
            Field(Phrase(en: "sent at", ko: "보낸 시각"), time(sentAt)),
            Field(Phrase(en: "arrives at", ko: "도착 예정"), time(deliverAt)),
        ]
        let preVote = Phrase(en: "pre-vote", ko: "사전 투표")
        switch m.body {
        case let .requestVote(lastIndex, lastTerm, pre, transfer):
            rows += [Field(figure2("lastLogIndex", "마지막 로그 인덱스"), Phrase("\(lastIndex)")),
                     Field(figure2("lastLogTerm", "마지막 로그 임기"), Phrase("\(lastTerm)")),
                     Field(preVote, yesNo(pre))]
            if transfer { rows.append(Field(Phrase(en: "leadership transfer", ko: "리더십 이전"), yesNo(true))) }
        case let .voteReply(granted, pre):
            rows += [Field(Phrase(en: "granted", ko: "찬성"), yesNo(granted)), Field(preVote, yesNo(pre))]
        case let .appendEntries(prevIndex, prevTerm, entries, commit):
            let list = { (d: Describer) in entries.enumerated().map { d.entry($1, index: prevIndex + 1 + $0) }.joined(separator: ", ") }
            rows += [Field(figure2("prevLogIndex", "이전 로그 인덱스"), Phrase("\(prevIndex)")),
                     Field(figure2("prevLogTerm", "이전 로그 임기"), Phrase("\(prevTerm)")),
                     Field(Phrase(en: "entries", ko: "항목"), entries.isEmpty ? Phrase(en: "none", ko: "없음")
                           : Phrase(en: list(en), ko: list(ko))),
                     Field(figure2("leaderCommit", "리더 커밋 인덱스"), Phrase("\(commit)"))]
        case let .appendReply(success, prevIndex, match, conflictIndex, conflictTerm):
            rows += [Field(Phrase(en: "success", ko: "성공"), yesNo(success)),
                     Field(figure2("prevLogIndex", "이전 로그 인덱스"), Phrase("\(prevIndex)")),
                     Field(figure2("matchIndex", "일치 인덱스"), Phrase("\(match)"))]
            if let conflictIndex {
                rows += [Field(figure2("conflictIndex", "충돌 인덱스"), Phrase("\(conflictIndex)")),
                         Field(figure2("conflictTerm", "충돌 임기"), Phrase("\(conflictTerm)"))]
            }
        case let .installSnapshot(lastIndex, lastTerm, state):
            rows += [Field(figure2("lastIncludedIndex", "마지막 포함 인덱스"), Phrase("\(lastIndex)")),
                     Field(figure2("lastIncludedTerm", "마지막 포함 임기"), Phrase("\(lastTerm)")),
                     Field(Phrase(en: "state", ko: "상태"), Phrase(en: "\(state.count) applied entries",
                                                                  ko: "적용된 항목 \(state.count)개"))]
        case let .installSnapshotReply(lastIndex):
            rows.append(Field(figure2("lastIncludedIndex", "마지막 포함 인덱스"), Phrase("\(lastIndex)")))
        case .timeoutNow:
            break
        }
        return rows
    }

    /// A field of Figure 2 by its name in the paper; in Korean a phrase first, the name beside it.
    static func figure2(_ name: String, _ korean: String) -> Phrase { Phrase(en: name, ko: "\(korean) (\(name))") }

    /// A message's kind in words: "AppendEntries", "heartbeat" / "하트비트".
    static func kind(_ kind: Message.Kind) -> Phrase {
        switch kind {
        case .requestVote: Phrase("RequestVote")
        case .voteReply: Phrase(en: "vote reply", ko: "투표 응답")
        case .preVote: Phrase(en: "pre-vote request", ko: "사전 투표 요청")
        case .preVoteReply: Phrase(en: "pre-vote reply", ko: "사전 투표 응답")
        case .appendEntries: Phrase("AppendEntries")
        case .heartbeat: Phrase(en: "heartbeat (AppendEntries without entries)", ko: "하트비트 (항목 없는 AppendEntries)")
        case .appendReply: Phrase(en: "AppendEntries reply", ko: "AppendEntries 응답")
        case .installSnapshot: Phrase("InstallSnapshot")
        case .installSnapshotReply: Phrase(en: "InstallSnapshot reply", ko: "InstallSnapshot 응답")
        case .timeoutNow: Phrase("TimeoutNow")
        }
    }

    static func yesNo(_ value: Bool) -> Phrase { value ? Phrase(en: "yes", ko: "예") : Phrase(en: "no", ko: "아니오") }

    /// The rule a message obeys (Figure 2 and the sections of the Raft paper).
    static func rule(_ body: Message.Body) -> Phrase {
        switch body {
        case .requestVote(_, _, true, _):
            return Phrase(en: "Pre-vote (thesis 9.6): the node asks whether it could win the next term without raising its own term. "
                        + "A voter says yes only if the candidate's log is at least as up to date as its own (5.4.1) "
                        + "and it has not heard from a leader within the minimum election timeout.",
                        ko: "사전 투표(논문 9.6): 자기 임기를 올리지 않고 다음 임기에 이길 수 있는지 먼저 물어봅니다. "
                        + "투표자는 후보의 로그가 자기 로그보다 뒤처지지 않고(5.4.1) 최근 최소 선거 타임아웃 동안 리더의 연락을 받지 못했을 때만 찬성합니다.")
        case .requestVote:
            return Phrase(en: "RequestVote (Figure 2, 5.2): a candidate asks for a vote in its term, naming its last log entry. "
                        + "A voter grants at most one vote per term, and only to a candidate whose log is at least "
                        + "as up to date as its own: a higher last term, or the same last term and at least as long (5.4.1).",
                        ko: "RequestVote(그림 2, 5.2): 후보가 자기 임기의 표를 요청하며 마지막 로그 항목을 알립니다. "
                        + "투표자는 임기마다 한 번만 투표하고, 후보의 로그가 자기 것보다 뒤처지지 않을 때만 찬성합니다. "
                        + "마지막 임기가 더 높거나, 같으면 로그가 같거나 더 길어야 합니다(5.4.1).")
        case .voteReply:
            return Phrase(en: "Vote reply (5.2): the candidate counts the votes granted, its own included; "
                        + "a majority, floor(N/2)+1, makes it leader of the term.",
                        ko: "투표 응답(5.2): 후보는 자기 표를 포함해 찬성표를 셉니다. 과반수, 즉 전체 노드의 절반보다 많은 표를 얻으면 그 임기의 리더가 됩니다.")
        case .appendEntries(_, _, let entries, _) where entries.isEmpty:
            return Phrase(en: "Heartbeat (5.2): an AppendEntries without entries. It keeps the follower from starting an election "
                        + "(its election timer is reset) and carries the leader's commit index, the high watermark (5.3).",
                        ko: "하트비트(5.2): 항목이 없는 AppendEntries입니다. 팔로워의 선거 타이머를 초기화해 선거를 막고, "
                        + "리더의 커밋 인덱스(하이 워터마크)를 전달합니다(5.3).")
        case .appendEntries:
            return Phrase(en: "AppendEntries (Figure 2, 5.3): the follower accepts only if its log holds an entry at prevLogIndex "
                        + "with prevLogTerm (log matching). It then deletes conflicting entries, appends the new ones, "
                        + "and sets its commit index to min(leaderCommit, index of its last new entry).",
                        ko: "AppendEntries(그림 2, 5.3): 팔로워는 prevLogIndex 위치에 prevLogTerm 임기의 항목이 있을 때만 받아들입니다(로그 일치). "
                        + "그다음 충돌하는 항목을 지우고 새 항목을 덧붙인 뒤, 커밋 인덱스를 leaderCommit과 마지막 새 항목의 인덱스 중 작은 값으로 정합니다.")
        case .appendReply(true, _, _, _, _):
            return Phrase(en: "AppendEntries reply (5.3): on success the leader sets this follower's match index and next index. "
                        + "An index stored on a majority is committed, if its entry is of the leader's own term (5.4.2).",
                        ko: "AppendEntries 응답(5.3): 성공하면 리더는 이 팔로워의 일치 인덱스와 다음 인덱스를 올립니다. "
                        + "과반수에 저장된 인덱스는, 그 항목이 리더 자신의 임기 것이면 커밋됩니다(5.4.2).")
        case .appendReply:
            return Phrase(en: "AppendEntries reply (5.3): refused. The leader lowers its next index for this follower, "
                        + "using the conflict hint, and sends earlier entries until the logs match.",
                        ko: "AppendEntries 응답(5.3): 거절입니다. 리더는 충돌 힌트를 이용해 이 팔로워의 다음 인덱스를 낮추고, "
                        + "로그가 일치할 때까지 더 앞의 항목부터 보냅니다.")
        case .installSnapshot:
            return Phrase(en: "InstallSnapshot (Figure 13, 7): the leader discarded the entries this follower needs, so it "
                        + "sends its snapshot instead: the state through the last included index and that entry's term. "
                        + "A follower whose log holds that entry keeps what follows it; any other replaces its whole log.",
                        ko: "InstallSnapshot(그림 13, 7): 리더가 이 팔로워에게 필요한 항목을 이미 버렸으므로 대신 스냅샷을 보냅니다. "
                        + "마지막 포함 인덱스까지의 상태와 그 항목의 임기입니다. 로그에 그 항목이 있는 팔로워는 뒤의 항목을 남기고, "
                        + "그렇지 않으면 로그 전체를 바꿉니다.")
        case .installSnapshotReply:
            return Phrase(en: "InstallSnapshot reply (Figure 13): the leader sets this follower's match index to the last "
                        + "included index and its next index one past it.",
                        ko: "InstallSnapshot 응답(그림 13): 리더는 이 팔로워의 일치 인덱스를 마지막 포함 인덱스로, "
                        + "다음 인덱스를 그다음으로 정합니다.")
        case .timeoutNow:
            return Phrase(en: "TimeoutNow (thesis 3.10): the leader, handing over its role, tells this node to start an "
                        + "election at once; its vote requests carry a flag so voters grant them although they still hear from the leader.",
                        ko: "TimeoutNow(학위 논문 3.10): 자리를 넘기는 리더가 이 노드에게 곧바로 선거를 시작하라고 알립니다. "
                        + "이 노드의 투표 요청에는 표시가 붙어, 투표자들은 아직 리더의 연락을 받고 있어도 찬성합니다.")
        }
    }
}
