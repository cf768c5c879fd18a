import Picture

/// A member's raft log lines: its role between polls (pre-candidate and candidate are seen
/// only here), its vote, and the events pane's lines (issue 14).
extension EtcdCluster {
    func logLine(_ text: String, of i: Int) {
        guard let line = RaftLogLine.parse(text) else { return }
        if case let .electedLeader(member, leader, _) = line, member == leader { return }  // "became leader" said it
        let t = now
        let learned = state.withLock { observation -> String? in
            var learned: String?
            if observation.members[i].decimalID == nil, let id = UInt64(line.member, radix: 16) {
                observation.members[i].decimalID = id  // a member's own lines name it first
                learned = line.member
            }
            switch line {
            case let .became(_, role, term):
                // A candidate votes for itself (raft.go `becomeCandidate`); only a new term clears
                // the vote (raft.go `reset`): a pre-candidate, or a candidate that steps down in
                // its own term, keeps it.
                if role == .candidate { observation.members[i].votedFor = line.member }
                else if observation.members[i].logged?.term != term { observation.members[i].votedFor = nil }
                observation.members[i].logged = (role, term)
            case let .castVote(_, candidate, false, _): observation.members[i].votedFor = candidate
            default: break
            }
            let names = Dictionary(observation.members.compactMap { m in m.hexID.map { ($0, m.name) } }, uniquingKeysWith: { a, _ in a })
            observation.add(EtcdEvent(time: t, text: EtcdWords.line(line, name: { names[$0] ?? $0 }), kind: Self.kind(line, i)))
            return learned
        }
        if let learned { links.name(memberID: learned, as: i) }  // the relays tell its connections by this id
        onChange()
    }

    static func kind(_ line: RaftLogLine, _ i: Int) -> EventPicture.Kind {
        switch line {
        case .became(_, .leader, _): return .leads(i)
        case .became(_, .candidate, _): return .stood(i, pre: false)
        case .became(_, .preCandidate, _): return .stood(i, pre: true)
        default: return .other
        }
    }
}
