import RaftCore

/// Korean sentences for `Note`, written as a Korean engineer would say them rather than
/// translated word for word; the rule tags are the same as in English.
extension Describer {
    func koreanNote(_ node: NodeID, _ n: Note) -> String {
        koreanElectionNote(node, n) ?? koreanLogNote(node, n)
    }

    /// Elections, votes and terms (5.1, 5.2, 5.4.1, Pre-Vote, CheckQuorum); nil for log notes.
    private func koreanElectionNote(_ node: NodeID, _ n: Note) -> String? {
        let me = name(node, .subject)
        switch n {
        case let .startsElection(term):
            return "\(name(node))의 선거 타이머가 만료되어, 임기 \(term)의 후보가 되고 자신에게 투표합니다 [5.2]"
        case let .startsPreVote(term):
            return "\(name(node))의 선거 타이머가 만료되어 사전 후보가 되고, 임기는 올리지 않은 채 "
                + "임기 \(term)의 사전 투표를 요청합니다 [Pre-Vote]"
        case let .grantsVote(to, term, pre):
            if pre { return "\(me) \(name(to))의 임기 \(term) 사전 투표에 찬성합니다. 자신의 임기와 투표는 그대로입니다 [Pre-Vote]" }
            return "\(me) 임기 \(term)에서 \(name(to))에게 투표하고 선거 타이머를 초기화합니다 [5.2, Figure 2]"
        case let .refusesVote(to, term, pre, reason):
            let ask = pre ? "사전 투표 요청" : "투표 요청"
            return "\(me) \(name(to))의 임기 \(term) \(ask)을 거절합니다: " + koreanVoteRefusal(node, to, reason, pre: pre)
        case let .countsVote(from, granted, pre, votes, needed):
            let tally = "현재 \(votes)표, 과반수 \(needed)표 \(Self.tag("5.2", pre: pre))"
            if granted { return "\(me) \(name(from))의 \(pre ? "사전 투표 찬성을" : "표를") 얻습니다: \(tally)" }
            return "\(me) \(name(from))에게 \(pre ? "사전 투표를" : "투표를") 거절당합니다: \(tally)"
        case let .winsPreVote(term, votes):
            return "\(me) 사전 투표에서 \(votes)표로 과반수를 얻어, 임기 \(term)의 실제 선거를 시작합니다 [Pre-Vote]"
        case let .becomesLeader(term, votes):
            return "\(me) \(names.count)표 중 \(votes)표로 과반수를 얻어 임기 \(term)의 리더가 됩니다 [5.2]"
        case let .adoptsTerm(term, from, previous):
            return "\(me) \(name(from))의 메시지에서 더 높은 임기 \(number(term, .object)) 보고 " + koreanAdoption(previous)
        case let .followsLeader(leader, term):
            return "\(me) 임기 \(term)의 리더 \(name(leader))의 메시지를 받고 팔로워가 됩니다 [5.2]"
        case let .losesQuorum(heard, needed):
            return "\(me) 선거 타임아웃 동안 자신을 포함해 노드 \(heard)개와만 연락되어 "
                + "과반수(쿼럼) \(needed)개에 못 미치므로 팔로워로 물러납니다 [CheckQuorum]"
        default:
            return nil
        }
    }

    private func koreanAdoption(_ previous: Role) -> String {
        switch previous {
        case .leader, .candidate:
            return "임기를 올린 뒤, \(role(previous))에서 물러나 팔로워가 됩니다 [5.1]"
        case .preCandidate:
            return "임기를 올리고, 사전 투표를 그만두고 팔로워가 됩니다 [5.1]"
        case .follower:
            return "팔로워로서 임기를 올립니다. 새 임기에는 아직 투표하지 않았습니다 [5.1]"
        }
    }

    private func koreanVoteRefusal(_ node: NodeID, _ candidate: NodeID, _ r: Note.VoteRefusal, pre: Bool) -> String {
        switch r {
        case let .staleTerm(voterTerm):
            return "\(name(node))의 임기가 이미 \(voterTerm)입니다 \(Self.tag("5.1", pre: pre))"
        case let .alreadyVoted(other):
            return "이번 임기에는 이미 \(name(other))에게 투표했습니다 \(Self.tag("5.2", pre: pre))"
        case let .logBehind(cTerm, cIndex, vTerm, vIndex):
            return "\(name(candidate))의 로그(마지막 항목: 임기 \(cTerm), 인덱스 \(cIndex))가 "
                + "\(name(node))의 로그(임기 \(vTerm), 인덱스 \(vIndex))보다 뒤처져 있습니다 \(Self.tag("5.4.1", pre: pre))"
        case let .heardFromLeader(leader):
            let who = leader.map { "리더 \(name($0))" } ?? "리더"
            return "최소 선거 타임아웃이 지나기 전에 \(who)의 메시지를 받았습니다 [Pre-Vote]"
        case .isLeader:
            return "\(name(node)) 자신이 리더입니다 [Pre-Vote]"
        }
    }

    /// Replication and commitment (5.3, 5.4.2, 8).
    private func koreanLogNote(_ node: NodeID, _ n: Note) -> String {
        let me = name(node, .subject)
        switch n {
        case let .appends(index, term, write):
            if write == 0 { return "\(me) 임기 \(number(term, .object)) 시작하며 인덱스 \(index)에 빈 항목을 추가합니다 [8]" }
            return "\(me) 쓰기 \(value(write)) 항목을 인덱스 \(index)에 추가합니다 (임기 \(term)) [5.3]"
        case let .acceptsAppend(from, prevIndex, count):
            let what = count == 0 ? "하트비트를" : "\(Self.span(prevIndex + 1, prevIndex + count))번 항목을"
            return "\(me) \(name(from))의 \(what) 받아들입니다: 인덱스 \(prevIndex)까지 로그가 일치합니다 [5.3]"
        case let .refusesAppend(from, reason):
            return "\(me) \(name(from))의 AppendEntries를 거절합니다: \(koreanAppendRefusal(node, from, reason))"
        case let .truncates(from, through):
            return "\(me) 리더의 로그와 충돌하는 \(Self.span(from, through))번 항목을 지웁니다 [5.3]"
        case let .backsOff(peer, nextIndex):
            return "\(me) \(name(peer))에게 보낼 다음 인덱스를 \(number(nextIndex, .toward)) 낮춥니다 [5.3]"
        case let .matchAdvances(peer, match):
            return "\(me) \(name(peer))의 로그가 인덱스 \(match)까지 일치함을 확인합니다 (일치 인덱스) [5.3]"
        case let .commits(index, count, total, unsafeRule):
            let stored = "노드 \(total)개 중 \(count)개에 저장되어"
            if !unsafeRule.isEmpty {
                return "\(me) 인덱스 \(index)까지 커밋합니다: \(stored) 있을 뿐입니다 \(Self.commitTag(unsafeRule))"
            }
            return "\(me) 인덱스 \(index)까지 커밋합니다: \(stored) 과반수를 이루었고, "
                + "하이 워터마크가 \(number(index, .toward)) 올라갑니다 [5.3, 5.4.2]"
        case let .holdsOldTerm(index, entryTerm, count):
            return "\(name(node, .topic)) 노드 \(count)개가 가진 인덱스 \(index)의 항목(임기 \(entryTerm))을 커밋하지 않습니다: "
                + "현재 임기의 항목이 아니기 때문입니다 [5.4.2, Figure 8]"
        case let .learnsCommit(index, from):
            return "\(me) \(name(from))의 메시지로 하이 워터마크가 인덱스 \(index)임을 알고, 그 인덱스까지 커밋합니다 [5.3]"
        case let .applies(from, through):
            return "\(me) \(Self.span(from, through))번 항목을 상태 머신에 적용합니다 [5.3]"
        case let .overwrites(from, through):
            return "리더 \(me) 새 쓰기를 인덱스 \(from)에 넣으려고 커밋되지 않은 자신의 "
                + "\(Self.span(from, through))번 항목을 지웁니다 [unsafe: leader_overwrites]"
        case let .skipsLogCheck(prevIndex, prevTerm, at):
            return "\(me) 인덱스 \(prevIndex)에 임기 \(prevTerm)의 항목이 있는지 확인하지 않고 "
                + "항목을 인덱스 \(at)부터 넣습니다 [unsafe: append_without_log_check]"
        case let .ignoresEarlierVote(earlier, term):
            return "\(me) 임기 \(term)에서 이미 \(name(earlier))에게 투표했지만 또 투표합니다 [unsafe: vote_twice]"
        default:
            return ""  // election notes are handled above
        }
    }

    private func koreanAppendRefusal(_ node: NodeID, _ leader: NodeID, _ r: Note.AppendRefusal) -> String {
        switch r {
        case let .staleTerm(followerTerm):
            return "\(name(leader))의 임기가 \(name(node))의 임기 \(followerTerm)보다 낮습니다 [5.1]"
        case let .mismatch(prevIndex, prevTerm, found):
            guard let found else { return "인덱스 \(prevIndex)에 항목이 없습니다 (임기 \(prevTerm)의 항목이어야 합니다) [5.3]" }
            return "인덱스 \(prevIndex)의 항목은 임기 \(number(prevTerm, .subject)) 아니라 임기 \(found)의 항목입니다 [5.3]"
        case let .wouldDeleteCommitted(index, commit):
            return "받아들이면 커밋 인덱스 \(commit) 이하인 인덱스 \(index)의 항목이 지워집니다 [5.4.3]"
        case .sameTermLeader:
            return "\(name(node)) 자신이 같은 임기의 리더입니다. 한 임기에 리더가 둘입니다 [5.2]"
        }
    }
}
