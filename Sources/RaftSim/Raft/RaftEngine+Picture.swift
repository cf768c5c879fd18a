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
            p.votes = VotesPicture(granted: granted, refused: refused,
                                   pending: max(0, world.size - granted.count - refused.count),
                                   needed: node.config.configuration.quorum)
        }
        if node.role == .leader {
            p.peers = v.peers.indices.filter { $0 != node.id && $0 < world.size }
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
        return LogPicture(count: log.lastIndex, runs: runs, tail: tail)
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
        case .requestVote(_, _, let pre): return MessageLook(label: Phrase(pre ? "PV" : "RV"), tone: .vote)
        case let .voteReply(granted, pre):
            return MessageLook(label: Phrase((pre ? "P" : "") + (granted ? "✓" : "✗")), tone: granted ? .good : .bad)
        case .appendEntries(_, _, let entries, _):
            return MessageLook(label: Phrase(entries.isEmpty ? "HB" : "AE\(entries.count)"), tone: .append)
        case .appendReply(let success, _, _, _, _):
            return MessageLook(label: success ? Phrase(en: "ok", ko: "수락") : Phrase(en: "no", ko: "거절"),
                               tone: success ? .good : .bad)
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
}
