import RaftCore

/// The safety monitor's findings (Figure 3 of the Raft paper): what broke and where.
extension Describer {
    /// The property in words: "leader completeness" / "리더 완전성".
    public func property(_ p: SafetyProperty) -> String {
        switch (p, lang) {
        case (.electionSafety, .en): return "election safety"
        case (.leaderAppendOnly, .en): return "leader append-only"
        case (.logMatching, .en): return "log matching"
        case (.leaderCompleteness, .en): return "leader completeness"
        case (.stateMachineSafety, .en): return "state machine safety"
        case (.electionSafety, .ko): return "선출 안전성"
        case (.leaderAppendOnly, .ko): return "리더 추가 전용"
        case (.logMatching, .ko): return "로그 일치"
        case (.leaderCompleteness, .ko): return "리더 완전성"
        case (.stateMachineSafety, .ko): return "상태 머신 안전성"
        }
    }

    /// The section of the Raft paper that states the property (Figure 3).
    static func section(_ p: SafetyProperty) -> String {
        switch p {
        case .electionSafety: return "5.2"
        case .leaderAppendOnly, .logMatching: return "5.3"
        case .leaderCompleteness: return "5.4"
        case .stateMachineSafety: return "5.4.3"
        }
    }

    /// "SAFETY VIOLATION: leader completeness: Jupiter leads term 4 without committed entry 3 [5.4]".
    public func violation(_ v: SafetyViolation) -> String {
        let head = lang == .en ? "SAFETY VIOLATION" : "안전성 위반"
        let what = lang == .en ? englishViolation(v) : koreanViolation(v)
        return "\(head): \(property(v.property)): \(what) [\(Self.section(v.property))]"
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
        }
    }
}
