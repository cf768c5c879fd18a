import RaftCore

/// Korean sentences for `Note`, written as a Korean engineer would say them rather than
/// translated word for word; each cites the same rules as in English.
extension Describer {
    func koreanNote(_ node: NodeID, _ n: Note) -> TextLine {
        koreanElectionNote(node, n) ?? koreanLogNote(node, n)
    }

    /// Elections, votes and terms (5.1, 5.2, 5.4.1, Pre-Vote, CheckQuorum); nil for log notes.
    private func koreanElectionNote(_ node: NodeID, _ n: Note) -> TextLine? {
        let me = name(node, .subject)
        switch n {
        case let .startsElection(term):
            return TextLine("\(name(node))의 선거 타이머가 만료되어, 임기 \(term)의 후보가 되고 자신에게 투표합니다", .leaderElection)
        case let .startsPreVote(term):
            return TextLine("\(name(node))의 선거 타이머가 만료되어 사전 후보가 되고, 임기는 올리지 않은 채 "
                + "임기 \(term)의 사전 투표를 요청합니다", .preVote)
        case let .grantsVote(to, term, pre):
            if pre {
                return TextLine("\(me) \(name(to))의 임기 \(term) 사전 투표에 찬성합니다. 자신의 임기와 투표는 그대로입니다", .preVote)
            }
            return TextLine("\(me) 임기 \(term)에서 \(name(to))에게 투표하고 선거 타이머를 초기화합니다", .leaderElection, .figure2)
        case let .refusesVote(to, term, pre, reason):
            let ask = pre ? "사전 투표 요청" : "투표 요청"
            return koreanVoteRefusal(node, to, reason, pre: pre).after("\(me) \(name(to))의 임기 \(term) \(ask)을 거절합니다: ")
        case let .countsVote(from, granted, pre, votes, needed):
            let tally = "현재 \(votes)표, 과반수 \(needed)표"
            let text = granted ? "\(me) \(name(from))의 \(pre ? "사전 투표 찬성을" : "표를") 얻습니다: \(tally)"
                               : "\(me) \(name(from))에게 \(pre ? "사전 투표를" : "투표를") 거절당합니다: \(tally)"
            return TextLine(text, rules: Self.rules(.leaderElection, pre: pre))
        case let .winsPreVote(term, votes):
            return TextLine("\(me) 사전 투표에서 \(votes)표로 과반수를 얻어, 임기 \(term)의 실제 선거를 시작합니다", .preVote)
        case let .becomesLeader(term, 0, _):
            return TextLine("\(me) 장면 설정에 따라 임기 \(term)의 리더로 시작합니다")
        case let .becomesLeader(term, votes, voters):
            return TextLine("\(me) \(voters)표 중 \(votes)표로 과반수를 얻어 임기 \(term)의 리더가 됩니다", .leaderElection)
        case let .adoptsTerm(term, from, previous):
            return koreanAdoption(previous).after("\(me) \(name(from))의 메시지에서 더 높은 임기 \(number(term, .object)) 보고 ")
        case let .followsLeader(leader, term):
            return TextLine("\(me) 임기 \(term)의 리더 \(name(leader))의 메시지를 받고 팔로워가 됩니다", .leaderElection)
        case let .losesQuorum(heard, needed):
            return TextLine("\(me) 선거 타임아웃 동안 자신을 포함해 노드 \(heard)개와만 연락되어 "
                + "과반수(쿼럼) \(needed)개에 못 미치므로 팔로워로 물러납니다", .checkQuorum)
        default:
            return nil
        }
    }

    // A higher term is adopted at once, whatever the role (5.1).
    private func koreanAdoption(_ previous: Role) -> TextLine {
        switch previous {
        case .leader, .candidate:
            return TextLine("임기를 올린 뒤, \(role(previous))에서 물러나 팔로워가 됩니다", .terms)
        case .preCandidate:
            return TextLine("임기를 올리고, 사전 투표를 그만두고 팔로워가 됩니다", .terms)
        case .follower:
            return TextLine("팔로워로서 임기를 올립니다. 새 임기에는 아직 투표하지 않았습니다", .terms)
        }
    }

    private func koreanVoteRefusal(_ node: NodeID, _ candidate: NodeID, _ r: Note.VoteRefusal, pre: Bool) -> TextLine {
        switch r {
        case let .staleTerm(voterTerm):
            return TextLine("\(name(node))의 임기가 이미 \(voterTerm)입니다", rules: Self.rules(.terms, pre: pre))
        case let .alreadyVoted(other):
            let whom = other == node ? "자기 자신" : name(other)
            return TextLine("이번 임기에는 이미 \(whom)에게 투표했습니다", rules: Self.rules(.leaderElection, pre: pre))
        case let .logBehind(cTerm, cIndex, vTerm, vIndex):
            return TextLine("\(name(candidate))의 로그(마지막 항목: 임기 \(cTerm), 인덱스 \(cIndex))가 "
                + "\(name(node))의 로그(임기 \(vTerm), 인덱스 \(vIndex))보다 뒤처져 있습니다",
                rules: Self.rules(.electionRestriction, pre: pre))
        case let .heardFromLeader(leader):
            let who = leader.map { "리더 \(name($0))" } ?? "리더"
            return TextLine("최소 선거 타임아웃이 지나기 전에 \(who)의 메시지를 받았습니다", .preVote)
        case .isLeader:
            return TextLine("\(name(node)) 자신이 리더입니다", .preVote)
        case let .knowsLeader(leader):
            return TextLine("이번 임기의 리더 \(name(leader, .object)) 알고 있습니다", .preVote)
        case let .inLease(leader):
            let who = leader.map { "리더 \(name($0))" } ?? "리더"
            return TextLine("최소 선거 타임아웃이 지나기 전에 \(who)의 메시지를 받아 그 리더의 리스가 아직 유효합니다. "
                + "임기도 올리지 않습니다", .disruptiveServers, .lease)
        case .notMember:
            return TextLine("\(name(candidate, .topic)) \(name(node))의 구성에 없고, \(name(node, .topic)) 최소 선거 "
                + "타임아웃이 지나기 전에 리더의 메시지를 받았습니다. 임기도 올리지 않습니다", .disruptiveServers)
        case .restarted:
            return TextLine("\(name(node, .topic)) 최소 선거 타임아웃이 지나기 전에 재시작해서, 직전에 리더의 메시지를 "
                + "받았는지 알 수 없고 그 리더의 리스가 아직 유효할 수 있습니다. 임기도 올리지 않습니다",
                .disruptiveServers, .lease)
        }
    }

    /// Replication and commitment (5.3, 5.4.2, 8).
    private func koreanLogNote(_ node: NodeID, _ n: Note) -> TextLine {
        let me = name(node, .subject)
        switch n {
        case let .appends(index, term, write):
            if let voters = Entry(term: term, write: write).voters {
                return TextLine("\(me) 인덱스 \(index)에 구성 항목을 추가합니다 (임기 \(term)): 투표자 "
                    + "\(members(voters)). 지금부터 이 구성을 따릅니다", .membership)
            }
            if write == 0 { return TextLine("\(me) 임기 \(number(term, .object)) 시작하며 인덱스 \(index)에 빈 항목을 추가합니다", .noOp) }
            return TextLine("\(me) 쓰기 \(value(write)) 항목을 인덱스 \(index)에 추가합니다 (임기 \(term))", .logReplication)
        case let .acceptsAppend(from, prevIndex, count):
            let what = count == 0 ? "하트비트를" : "\(Self.span(prevIndex + 1, prevIndex + count))번 항목을"
            return TextLine("\(me) \(name(from))의 \(what) 수락합니다: 인덱스 \(prevIndex)까지 로그가 일치합니다", .logReplication)
        case let .refusesAppend(from, reason):
            return koreanAppendRefusal(node, from, reason).after("\(me) \(name(from))의 AppendEntries를 거절합니다: ")
        case let .truncates(from, through):
            return TextLine("\(me) 리더의 로그와 충돌하는 \(Self.span(from, through))번 항목을 지웁니다", .logReplication)
        case let .backsOff(peer, nextIndex):
            return TextLine("\(me) \(name(peer))에게 보낼 다음 인덱스를 \(number(nextIndex, .toward)) 낮춥니다", .logReplication)
        case let .matchAdvances(peer, match):
            return TextLine("\(me) \(name(peer))의 로그가 인덱스 \(match)까지 일치함을 확인합니다 (일치 인덱스)", .logReplication)
        case let .commits(index, count, total, unsafeRule):
            let stored = "노드 \(total)개 중 \(count)개에 저장되어"
            if !unsafeRule.isEmpty {
                return TextLine("\(me) 인덱스 \(index)까지 커밋합니다: \(stored) 있을 뿐입니다", rules: Self.commitRules(unsafeRule))
            }
            return TextLine("\(me) 인덱스 \(index)까지 커밋합니다: \(stored) 과반수를 이루었고, "
                + "하이 워터마크가 \(number(index, .toward)) 올라갑니다", rules: Self.commitRules(unsafeRule))
        case let .holdsOldTerm(index, entryTerm, count):
            return TextLine("\(name(node, .topic)) 노드 \(count)개가 가진 인덱스 \(index)의 항목(임기 \(entryTerm))을 커밋하지 않습니다: "
                + "현재 임기의 항목이 아니기 때문입니다", .commitOwnTerm, .figure8)
        case let .learnsCommit(index, from):
            return TextLine("\(me) \(name(from))의 메시지로 하이 워터마크가 인덱스 \(index)임을 알고, 그 인덱스까지 커밋합니다",
                            .logReplication)
        case let .applies(from, through):
            return TextLine("\(me) \(Self.span(from, through))번 항목을 상태 머신에 적용합니다", .logReplication)
        case let .overwrites(from, through):
            return TextLine("리더 \(me) 새 쓰기를 인덱스 \(from)에 넣으려고 커밋되지 않은 자신의 "
                + "\(Self.span(from, through))번 항목을 지웁니다", .unsafeLeaderOverwrites)
        case let .skipsLogCheck(prevIndex, prevTerm, at):
            return TextLine("\(me) 인덱스 \(prevIndex)에 임기 \(prevTerm)의 항목이 있는지 확인하지 않고 "
                + "항목을 인덱스 \(at)부터 넣습니다", .unsafeAppendWithoutLogCheck)
        case let .ignoresEarlierVote(earlier, term):
            return TextLine("\(me) 임기 \(term)에서 이미 \(name(earlier))에게 투표했지만 또 투표합니다", .unsafeVoteTwice)
        default:
            // Election notes are handled above; silent notes have no text.
            return koreanExtensionNote(node, n) ?? TextLine("")
        }
    }

    private func koreanAppendRefusal(_ node: NodeID, _ leader: NodeID, _ r: Note.AppendRefusal) -> TextLine {
        switch r {
        case let .staleTerm(followerTerm):
            return TextLine("\(name(leader))의 임기가 \(name(node))의 임기 \(followerTerm)보다 낮습니다", .terms)
        case let .mismatch(prevIndex, prevTerm, found):
            guard let found else {
                return TextLine("인덱스 \(prevIndex)에 항목이 없습니다 (임기 \(prevTerm)의 항목이어야 합니다)", .logReplication)
            }
            return TextLine("인덱스 \(prevIndex)의 항목은 임기 \(number(prevTerm, .subject)) 아니라 임기 \(found)의 항목입니다",
                            .logReplication)
        case let .wouldDeleteCommitted(index, commit):
            return TextLine("받아들이면 이미 커밋된(커밋 인덱스 \(commit)) 인덱스 \(index)의 항목을 지워야 합니다. "
                            + "커밋된 항목은 이후 모든 리더의 로그에 남아야 합니다(리더 완전성)", .figure3, .safetyArgument)
        case .sameTermLeader:
            return TextLine("\(name(node)) 자신이 같은 임기의 리더입니다. 한 임기에 리더가 둘입니다", .leaderElection)
        case let .wouldDeleteSnapshot(index, snapshot):
            return TextLine("받아들이면 인덱스 \(index)의 항목을 지워야 하는데, 인덱스 \(snapshot)까지의 스냅샷이 "
                + "그 항목을 이미 적용된 상태로 담고 있습니다", .unsafeSnapshotUncommitted)
        }
    }
}
