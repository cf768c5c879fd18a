import RaftCore

/// Raft's text: notes, messages and safety findings in the Describer's words.
extension RaftEngine: DescribedEngine {
    public static func describe(_ note: Note, by node: NodeID, _ d: Describer) -> TextLine { d.noteLine(node, note) }
    public static func describe(_ message: Message, _ d: Describer) -> String { d.message(message) }
    public static func name(of property: SafetyProperty, _ d: Describer) -> String { d.property(property) }
    public static func describe(_ violation: SafetyViolation, _ d: Describer) -> String { d.raftViolation(violation) }
    public static func citation(of property: SafetyProperty) -> Citation {
        Describer.raftProperties[property]?.rule ?? .figure3
    }
    public static func meaning(of rule: Citation) -> Phrase? { RaftRules.meaning(of: rule) }
    public static func guarantee(of property: SafetyProperty) -> Phrase {
        Describer.raftProperties[property]?.guarantee ?? Phrase(en: "a property of Figure 3", ko: "그림 3의 성질")
    }
    public static func shownTag(of rule: Citation) -> Phrase { RaftRules.shownTag(of: rule) }
    // `describe(_ change:)`: RaftEngine+ChangeText.swift.
}
