import RaftCore

/// A node's decisions (`Note`), one full sentence each, ending with the rule that made the
/// decision in brackets: a section of the Raft paper ("[5.4.1]"), "[Figure 2]", "[Pre-Vote]"
/// (section 9.6 of the Raft thesis), "[CheckQuorum]", "[8]" for the no-op, or
/// "[unsafe: NAME]" when a deliberately broken rule decided.
extension Describer {
    /// "Saturn refuses to vote for Jupiter in term 3: Jupiter's last entry (term 1, index 2)
    /// is behind Saturn's (term 2, index 5) [5.4.1]".
    public func note(_ node: NodeID, _ n: Note) -> String {
        switch lang {
        case .en: return englishNote(node, n)
        case .ko: return koreanNote(node, n)
        }
    }

    /// "[5.4.1]", or "[Pre-Vote, 5.4.1]" for the same rule applied to a pre-vote.
    static func tag(_ rules: String, pre: Bool = false) -> String {
        if pre && rules != "Pre-Vote" { return "[Pre-Vote, \(rules)]" }
        return "[\(rules)]"
    }

    /// The scenario-format names of unsafe rules ("commit_old_terms").
    static func unsafeNames(_ rules: UnsafeRules) -> String {
        let all: [(UnsafeRules, String)] = [
            (.voteWithoutLogCheck, "vote_without_log_check"),
            (.commitOldTerms, "commit_old_terms"),
            (.writeWithoutQuorum, "write_without_quorum"),
            (.voteTwice, "vote_twice"),
            (.leaderOverwrites, "leader_overwrites"),
            (.appendWithoutLogCheck, "append_without_log_check"),
        ]
        return all.filter { rules.contains($0.0) }.map(\.1).joined(separator: ", ")
    }

    /// One log entry: "#5 t2 x=1", "#3 t2 no-op" (Korean: "#5 임기 2 x=1", "#3 임기 2 빈 항목").
    public func entry(_ e: Entry, index: Int) -> String {
        switch lang {
        case .en: return "#\(index) t\(e.term) \(e.isEmpty ? "no-op" : value(e.write))"
        case .ko: return "#\(index) 임기 \(e.term) \(e.isEmpty ? "빈 항목" : value(e.write))"
        }
    }

    /// The tag of a commit: the safe rules, or the unsafe rule that allowed it.
    static func commitTag(_ unsafe: UnsafeRules) -> String {
        unsafe.isEmpty ? "[5.3, 5.4.2]" : "[unsafe: \(unsafeNames(unsafe))]"
    }
}
