import RaftCore

/// A node's decisions (`Note`), one full sentence each, with the rules that made the decision
/// as typed citations (RaftRules.swift): a section of the Raft paper (5.4.1), Figure 2,
/// Pre-Vote (section 9.6 of the Raft thesis), CheckQuorum, 8 for the no-op, or the unsafe
/// rule that decided. Printed, the line ends with their tags: "[Pre-Vote, 5.4.1]".
extension Describer {
    /// "Saturn refuses to vote for Jupiter in term 3: Jupiter's last entry (term 1, index 2)
    /// is behind Saturn's (term 2, index 5)", citing 5.4.1. Silent notes have no text.
    public func noteLine(_ node: NodeID, _ n: Note) -> TextLine {
        switch lang {
        case .en: return englishNote(node, n)
        case .ko: return koreanNote(node, n)
        }
    }

    /// The note's line as printed, its tags at the end ("... [5.4.1]").
    public func note(_ node: NodeID, _ n: Note) -> String {
        noteLine(node, n).rendered
    }

    /// [rule], or [Pre-Vote, rule] for the same rule applied to a pre-vote.
    static func rules(_ rule: Citation, pre: Bool = false) -> [Citation] {
        pre && rule != .preVote ? [.preVote, rule] : [rule]
    }

    /// The rules of a commit: 5.3 and 5.4.2, or the unsafe rules that allowed it.
    static func commitRules(_ unsafe: UnsafeRules) -> [Citation] {
        unsafe.isEmpty ? [.logReplication, .commitOwnTerm] : RaftRules.broken(unsafe)
    }

    /// One log entry: "#5 t2 x=1", "#3 t2 no-op" (Korean: "#5 임기 2 x=1", "#3 임기 2 빈 항목").
    public func entry(_ e: Entry, index: Int) -> String {
        switch lang {
        case .en: return "#\(index) t\(e.term) \(e.isEmpty ? "no-op" : value(e.write))"
        case .ko: return "#\(index) 임기 \(e.term) \(e.isEmpty ? "빈 항목" : value(e.write))"
        }
    }
}
