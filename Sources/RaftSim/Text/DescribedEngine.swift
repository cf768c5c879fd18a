import Replication

/// An engine whose notes, messages and safety findings have text: how the world's events
/// describe what only the engine knows (the rest of the text is the world's own).
public protocol DescribedEngine: ReplicationEngine {
    /// One full sentence for a note a node made, ending with its rule's tag.
    static func describe(_ note: Note, by node: NodeID, _ d: Describer) -> String
    /// "AppendEntries Neptune→Saturn term 2, ...": a message and the fields that matter.
    static func describe(_ message: Message, _ d: Describer) -> String
    /// A property in words ("leader completeness").
    static func name(of property: SafetyProperty, _ d: Describer) -> String
    /// What broke and where, without the property's name.
    static func describe(_ violation: SafetyViolation, _ d: Describer) -> String
    /// The rule that states the property.
    static func citation(of property: SafetyProperty) -> Citation
}

extension Describer {
    /// "SAFETY VIOLATION: leader completeness: Jupiter leads term 4 without committed entry 3 [5.4]".
    public func violation<E: DescribedEngine>(_ v: SafetyViolation, _ engine: E.Type) -> String {
        let head: String
        switch lang {
        case .en: head = "SAFETY VIOLATION"
        case .ko: head = "안전성 위반"
        }
        let rule = Citation.tags([E.citation(of: v.property)])
        return "\(head): \(E.name(of: v.property, self)): \(E.describe(v, self)) \(rule)"
    }
}
