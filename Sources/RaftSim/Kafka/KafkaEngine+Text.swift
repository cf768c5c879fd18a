import KafkaCore

/// Kafka's text: notes, messages and safety findings in the Describer's words; the world's
/// own events in Kafka's words are in KafkaEngine+WorldText.swift.
extension KafkaEngine: DescribedEngine {
    /// The note names who acted (nil: the controller); the world's node is who it called.
    public static func describe(_ note: Note, by node: NodeID, _ d: Describer) -> TextLine { d.kafkaNoteLine(note) }
    public static func describe(_ message: Message, _ d: Describer) -> String { d.kafkaMessage(message) }
    public static func name(of property: SafetyProperty, _ d: Describer) -> String { d.kafkaProperty(property) }
    public static func describe(_ violation: SafetyViolation, _ d: Describer) -> String { d.kafkaViolation(violation) }
    public static func citation(of property: SafetyProperty) -> Citation {
        Describer.kafkaProperties[property]?.rule ?? .kafkaReplication
    }
    public static func meaning(of rule: Citation) -> Phrase? { KafkaRules.meaning(of: rule) }
    public static func guarantee(of property: SafetyProperty) -> Phrase {
        Describer.kafkaProperties[property]?.guarantee
            ?? Phrase(en: "a property the safety monitor checks", ko: "안전성 모니터가 검사하는 성질")
    }
    public static func shownTag(of rule: Citation) -> Phrase { KafkaRules.shownTag(of: rule) }
}
