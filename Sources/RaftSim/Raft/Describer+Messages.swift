import RaftCore

/// Messages between nodes (Figure 2's RPCs and their answers), one line each:
/// kind, sender→receiver, term, then the fields that matter.
extension Describer {
    /// "AppendEntries Neptune→Saturn term 2, prev (index 4, term 1), entries 5–6, commit 4".
    public func message(_ m: Message) -> String {
        let route = "\(name(m.from))→\(name(m.to))"
        switch lang {
        case .en: return englishMessage(m, route)
        case .ko: return koreanMessage(m, route)
        }
    }

    private func englishMessage(_ m: Message, _ route: String) -> String {
        switch m.body {
        case let .requestVote(lastIndex, lastTerm, pre, transfer):
            let last = lastIndex == 0 ? "empty log" : "last entry (term \(lastTerm), index \(lastIndex))"
            return "\(pre ? "pre-vote" : "RequestVote") \(route) term \(m.term), \(last)\(transfer ? ", leadership transfer" : "")"
        case let .voteReply(granted, pre):
            return "\(pre ? "pre-vote" : "vote") \(granted ? "granted" : "refused") \(route) term \(m.term)"
        case let .appendEntries(prevIndex, prevTerm, entries, commit):
            if entries.isEmpty { return "heartbeat \(route) term \(m.term), commit \(commit)" }
            let sent = Self.entries(prevIndex + 1, prevIndex + entries.count)
            return "AppendEntries \(route) term \(m.term), prev (index \(prevIndex), term \(prevTerm)), "
                + "\(sent), commit \(commit)"
        case let .appendReply(success, _, match, conflictIndex, conflictTerm):
            if success { return "AppendEntries accepted \(route) term \(m.term), match \(match)" }
            return "AppendEntries refused \(route) term \(m.term)"
                + englishHint(conflictIndex, conflictTerm)
        case let .installSnapshot(lastIndex, lastTerm, _):
            return "InstallSnapshot \(route) term \(m.term), snapshot through index \(lastIndex) (term \(lastTerm))"
        case let .installSnapshotReply(lastIndex):
            return "InstallSnapshot reply \(route) term \(m.term), holds through index \(lastIndex)"
        case .timeoutNow:
            return "TimeoutNow \(route) term \(m.term)"
        }
    }

    /// The 5.3 hint of a refusal: where the follower's log disagrees.
    private func englishHint(_ index: Int?, _ term: Int) -> String {
        guard let index else { return "" }
        if term == 0 { return " (its log ends at index \(index - 1))" }
        return " (conflict at index \(index), term \(term))"
    }

    private func koreanMessage(_ m: Message, _ route: String) -> String {
        switch m.body {
        case let .requestVote(lastIndex, lastTerm, pre, transfer):
            let last = lastIndex == 0 ? "빈 로그" : "마지막 항목 (임기 \(lastTerm), 인덱스 \(lastIndex))"
            return "\(pre ? "사전 투표 요청" : "RequestVote") \(route) 임기 \(m.term), \(last)\(transfer ? ", 리더십 이전" : "")"
        case let .voteReply(granted, pre):
            return "\(pre ? "사전 투표" : "투표") \(granted ? "찬성" : "거절") \(route) 임기 \(m.term)"
        case let .appendEntries(prevIndex, prevTerm, entries, commit):
            if entries.isEmpty { return "하트비트 \(route) 임기 \(m.term), 커밋 \(commit)" }
            let sent = Self.span(prevIndex + 1, prevIndex + entries.count)
            return "AppendEntries \(route) 임기 \(m.term), 이전 항목 (인덱스 \(prevIndex), 임기 \(prevTerm)), "
                + "\(sent)번 항목, 커밋 \(commit)"
        case let .appendReply(success, _, match, conflictIndex, conflictTerm):
            if success { return "AppendEntries 수락 \(route) 임기 \(m.term), 일치 인덱스 \(match)" }
            return "AppendEntries 거절 \(route) 임기 \(m.term)" + koreanHint(conflictIndex, conflictTerm)
        case let .installSnapshot(lastIndex, lastTerm, _):
            return "InstallSnapshot \(route) 임기 \(m.term), 인덱스 \(lastIndex)(임기 \(lastTerm))까지의 스냅샷"
        case let .installSnapshotReply(lastIndex):
            return "InstallSnapshot 응답 \(route) 임기 \(m.term), 인덱스 \(lastIndex)까지 보유"
        case .timeoutNow:
            return "TimeoutNow \(route) 임기 \(m.term)"
        }
    }

    private func koreanHint(_ index: Int?, _ term: Int) -> String {
        guard let index else { return "" }
        if term == 0 { return " (로그가 인덱스 \(index - 1)에서 끝남)" }
        return " (인덱스 \(index), 임기 \(term)에서 충돌)"
    }
}
