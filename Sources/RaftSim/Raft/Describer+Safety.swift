import RaftCore

/// The safety monitor's findings (Figure 3 of the Raft paper): what broke and where.
extension Describer {
    /// Each property's name in every language, the rule of the Raft paper stating it, and what
    /// it guarantees in one short sentence (Figure 3), short enough for the banner's one row.
    static let raftProperties: [SafetyProperty: (name: Phrase, rule: Citation, guarantee: Phrase)] = [
        .electionSafety: (Phrase(en: "election safety", ko: "선출 안전성"), .leaderElection,
                          Phrase(en: "a term must have at most one leader", ko: "한 임기에 리더는 하나뿐이어야 합니다")),
        .leaderAppendOnly: (Phrase(en: "leader append-only", ko: "리더 추가 전용"), .logReplication,
                            Phrase(en: "a leader must never delete its own entries", ko: "리더는 자기 항목을 지우지 않아야 합니다")),
        .logMatching: (Phrase(en: "log matching", ko: "로그 일치"), .logReplication,
                       Phrase(en: "logs must agree up to any entry they share", ko: "같은 항목을 가진 로그는 거기까지 같아야 합니다")),
        .leaderCompleteness: (Phrase(en: "leader completeness", ko: "리더 완전성"), .safety,
                              Phrase(en: "later leaders must hold every committed entry", ko: "이후의 리더는 커밋된 항목을 모두 가져야 합니다")),
        .stateMachineSafety: (Phrase(en: "state machine safety", ko: "상태 머신 안전성"), .safetyArgument,
                              Phrase(en: "nodes must apply the same entry at each index", ko: "모든 노드가 인덱스마다 같은 항목을 적용해야 합니다")),
        .linearizableReads: (Phrase(en: "linearizable reads", ko: "선형화 가능한 읽기"), .readIndex,
                             Phrase(en: "a read must see every write acknowledged before", ko: "읽기는 앞서 확인 응답된 쓰기를 모두 봐야 합니다")),
    ]

    /// The property in words: "leader completeness" / "리더 완전성".
    public func property(_ p: SafetyProperty) -> String {
        Self.raftProperties[p]?.name[lang] ?? p.rawValue
    }

    /// What broke and where.
    func raftViolation(_ v: SafetyViolation) -> String {
        switch lang {
        case .en: englishViolation(v)
        case .ko: koreanViolation(v)
        }
    }

    private func englishViolation(_ v: SafetyViolation) -> String {
        let node = name(v.node)
        switch v.property {
        case .electionSafety:
            let other = v.other.map { name($0) } ?? "another node"
            return "\(node) and \(other) both lead term \(v.term)"
        case .leaderAppendOnly:
            return "\(node), leader of term \(v.term), deletes its own entries from index \(v.index)"
        case .logMatching:
            return "\(node)'s entry \(v.index) has term \(v.term) like another log's entry \(v.index), "
                + "but the logs before it differ"
        case .leaderCompleteness:
            return "\(name(v.other ?? v.node)) leads term \(v.term) without committed entry \(v.index)"
        case .stateMachineSafety:
            return "\(node) commits entry \(v.index) (term \(v.term)), "
                + "not the entry already committed at index \(v.index)"
        case .linearizableReads:
            return "\(node), in term \(v.term), answers a read without entry \(v.index), a write acknowledged before the read"
        default:
            return "\(node), term \(v.term), index \(v.index)"
        }
    }

    private func koreanViolation(_ v: SafetyViolation) -> String {
        switch v.property {
        case .electionSafety:
            let other = v.other.map { name($0) } ?? "다른 노드"
            return "\(name(v.node, .with)) \(other) 모두 임기 \(v.term)의 리더입니다"
        case .leaderAppendOnly:
            return "임기 \(v.term)의 리더 \(name(v.node, .subject)) 인덱스 \(v.index)부터 자신의 항목을 지웁니다"
        case .logMatching:
            return "\(name(v.node))의 인덱스 \(v.index) 항목은 다른 로그의 같은 인덱스 항목과 임기(\(v.term))가 같지만, "
                + "그 앞의 로그가 다릅니다"
        case .leaderCompleteness:
            return "임기 \(v.term)의 리더 \(name(v.other ?? v.node))에게 커밋된 인덱스 \(v.index)의 항목이 없습니다"
        case .stateMachineSafety:
            return "\(name(v.node, .subject)) 인덱스 \(v.index)에 이미 커밋된 것과 다른 항목(임기 \(v.term))을 커밋합니다"
        case .linearizableReads:
            return "임기 \(v.term)의 \(name(v.node, .subject)) 읽기 전에 확인 응답된 인덱스 \(v.index)의 쓰기 없이 읽기에 응답합니다"
        default:
            return "\(name(v.node)), 임기 \(v.term), 인덱스 \(v.index)"
        }
    }
}
