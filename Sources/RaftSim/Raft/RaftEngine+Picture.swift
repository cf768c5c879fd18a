import Picture
import RaftCore

/// What the cluster picture shows of Raft nodes and messages.
extension RaftEngine: PicturedEngine {
    /// Entries of each log's end the picture carries with their values (inspect, `i`).
    static let tailLength = 40

    public static func nodes(_ world: World<RaftEngine>) -> [NodePicture] {
        world.engine.nodes.map { node($0, world) }
    }

    static func node(_ node: Node, _ world: World<RaftEngine>) -> NodePicture {
        var p = NodePicture(id: node.id, name: world.names[node.id], up: node.isUp, role: node.isUp ? node.role : nil,
                            term: node.term, vote: node.durable.votedFor, log: log(node.log, world))
        p.voters = node.configuration.voters.members.filter { $0 < world.size }  // durable: in the log (thesis 4.1)
        guard node.isUp else {
            p.commit = nil
            p.applied = nil
            return p
        }
        let v = node.volatile
        p.commit = v.commitIndex
        p.applied = v.appliedIndex
        p.leader = v.leader
        p.timer = timer(node, now: world.now)
        if node.role == .candidate || node.role == .preCandidate {
            let granted = v.votesGranted.members.filter { $0 < world.size }
            let refused = v.votesRefused.members.filter { $0 < world.size }
            // Out of the voters of its configuration, not of every node (thesis 4.1).
            p.votes = VotesPicture(granted: granted, refused: refused,
                                   pending: max(0, (p.voters?.count ?? world.size) - granted.count - refused.count),
                                   needed: node.configuration.quorum)
        }
        if node.role == .leader {
            let targets = node.replicationTargets  // a leader sends nothing to other nodes (thesis 4.1)
            p.peers = v.peers.indices.filter { targets.contains($0) && $0 < world.size }
                .map { PeerPicture(node: $0, next: v.peers[$0].nextIndex, match: v.peers[$0].matchIndex) }
        }
        // Values come from scenario files: shown with control characters escaped ("Limits").
        p.applyState = world.appliedState(of: node.id).map { KeyValue(ShownText.escaped($0.key), ShownText.escaped($0.value)) }
        return p
    }

    /// The log as runs of terms, and its last entries with their values.
    static func log(_ log: RaftLog, _ world: World<RaftEngine>) -> LogPicture {
        var runs: [TermRun] = []
        for entry in log.entries {
            if runs.last?.term == entry.term { runs[runs.count - 1].count += 1 } else { runs.append(TermRun(term: entry.term, count: 1)) }
        }
        let first = max(1, log.lastIndex - tailLength + 1)
        let tail = log.lastIndex == 0 ? [] : (first...log.lastIndex).map {
            EntryPicture(index: $0, term: log[$0].term, value: world.value(of: log[$0]).map { ShownText.escaped($0) })
        }
        var picture = LogPicture(count: log.lastIndex, runs: runs, tail: tail)
        picture.snapshotIndex = log.snapshotIndex
        picture.snapshotTerm = log.snapshotTerm
        return picture
    }

    /// The election timer, or a leader's next heartbeat (Figure 2).
    static func timer(_ node: Node, now: Int) -> TimerPicture {
        let v = node.volatile
        let heartbeat = node.role == .leader && v.heartbeatDeadline != Int.max
        let period = heartbeat ? node.config.heartbeat : v.electionTimeout
        let deadline = heartbeat ? v.heartbeatDeadline : v.electionDeadline
        return TimerPicture(heartbeat: heartbeat, left: max(0, deadline == Int.max ? 0 : deadline - now), period: period)
    }

    public static func look(_ m: Message) -> MessageLook {
        switch m.body {
        case .requestVote(_, _, let pre, _): return MessageLook(label: Phrase(pre ? "PV" : "RV"), tone: .vote)
        case let .voteReply(granted, pre):
            return MessageLook(label: Phrase((pre ? "P" : "") + (granted ? "✓" : "✗")), tone: granted ? .good : .bad)
        case .appendEntries(_, _, let entries, _):
            return MessageLook(label: Phrase(entries.isEmpty ? "HB" : "AE\(entries.count)"), tone: .append)
        case .appendReply(let success, _, _, _, _):
            return MessageLook(label: success ? Phrase(en: "ok", ko: "수락") : Phrase(en: "no", ko: "거절"),
                               tone: success ? .good : .bad)
        case .installSnapshot(let lastIndex, _, _): return MessageLook(label: Phrase("IS\(lastIndex)"), tone: .append)
        case .installSnapshotReply: return MessageLook(label: Phrase(en: "ok", ko: "수락"), tone: .good)
        case .timeoutNow: return MessageLook(label: Phrase("TN"), tone: .vote)
        }
    }

    public static func kind(of note: Note, by node: NodeID) -> EventPicture.Kind {
        switch note {
        case .startsElection: .stood(node, pre: false)
        case .startsPreVote: .stood(node, pre: true)
        case .becomesLeader: .leads(node)
        default: .other
        }
    }

    public static func heartbeat(_ settings: EngineConfig) -> Int { settings.heartbeat }

    public static let legend = [
        Phrase(en: "RV RequestVote", ko: "RV 투표 요청"), Phrase(en: "AE3 3 entries", ko: "AE3 항목 3개"),
        Phrase(en: "HB heartbeat", ko: "HB 하트비트"), Phrase(en: "✓/✗ vote granted/refused", ko: "✓/✗ 투표 찬성/거절"),
        Phrase(en: "ok/no append reply", ko: "수락/거절 응답"), Phrase(en: "PV pre-vote", ko: "PV 사전 투표"),
    ]

    /// The message labels for the legend (`l`), with what each carries and its rule.
    public static let marks = [
        MarkPicture(Phrase("RV"), Phrase(
            en: "RequestVote: a candidate asks for a vote, with its term and its last entry",
            ko: "RequestVote: 후보가 자기 임기와 마지막 항목을 보내며 표를 요청합니다"), rules: [.leaderElection]),
        MarkPicture(Phrase("✓ ✗"), Phrase(
            en: "a vote granted or refused; refused when the voter's log is more up to date, or it already voted this term",
            ko: "투표 찬성 또는 거절: 투표하는 노드의 로그가 더 최신이거나 이번 임기에 이미 투표했으면 거절"),
            rules: [.leaderElection, .electionRestriction]),
        MarkPicture(Phrase("AE3"), Phrase(
            en: "AppendEntries carrying 3 entries from the leader, with the index and term they follow",
            ko: "리더가 보내는 항목 3개짜리 AppendEntries: 앞 항목의 인덱스와 임기를 함께 보냅니다"),
            rules: [.logReplication]),
        MarkPicture(Phrase("HB"), Phrase(
            en: "a heartbeat: an AppendEntries with no entries; it keeps followers from timing out and carries the commit index",
            ko: "하트비트: 항목 없는 AppendEntries. 팔로워의 타임아웃을 막고 커밋 인덱스를 전합니다"),
            rules: [.leaderElection, .logReplication]),
        MarkPicture(Phrase(en: "ok no", ko: "수락 거절"), Phrase(
            en: "a reply to AppendEntries: ok when the follower's log matched and it stored the entries, no when it did not (the leader then sends from an earlier entry)",
            ko: "AppendEntries에 대한 응답: 팔로워의 로그가 맞아 항목을 저장했으면 수락, 아니면 거절 (그러면 리더가 한 칸 물러나 다시 보냅니다)"),
            rules: [.logReplication]),
        MarkPicture(Phrase("PV P✓ P✗"), Phrase(
            en: "a pre-vote and its answer: asked before an election, without raising any term",
            ko: "사전 투표와 그 응답: 선거 전에 임기를 올리지 않고 묻습니다"), rules: [.preVote]),
        MarkPicture(Phrase("IS5"), Phrase(
            en: "InstallSnapshot through index 5: the leader no longer has the entries this follower needs, so it sends its snapshot",
            ko: "인덱스 5까지의 InstallSnapshot: 리더가 이 팔로워에게 필요한 항목을 이미 버려 스냅샷을 보냅니다"),
            rules: [.figure13]),
        MarkPicture(Phrase("TN"), Phrase(
            en: "TimeoutNow: the leader hands its role over; the receiver starts an election at once",
            ko: "TimeoutNow: 리더가 자리를 넘기며 보냅니다. 받은 노드는 곧바로 선거를 시작합니다"),
            rules: [.leadershipTransfer]),
    ]
}
