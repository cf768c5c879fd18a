import Replication

/// An engine whose notes, messages and safety findings have text: how the world's events
/// describe what only the engine knows (the rest of the text is the world's own).
public protocol DescribedEngine: ReplicationEngine {
    /// One full sentence for a note a node made, with the rules that decided it.
    static func describe(_ note: Note, by node: NodeID, _ d: Describer) -> TextLine
    /// "AppendEntries Neptune→Saturn term 2, ...": a message and the fields that matter.
    static func describe(_ message: Message, _ d: Describer) -> String
    /// A property in words ("leader completeness").
    static func name(of property: SafetyProperty, _ d: Describer) -> String
    /// What broke and where, without the property's name.
    static func describe(_ violation: SafetyViolation, _ d: Describer) -> String
    /// The rule that states the property.
    static func citation(of property: SafetyProperty) -> Citation
    /// What a rule the engine's text cites means, without its tag; nil for one it never cites.
    static func meaning(of rule: Citation) -> Phrase?
    /// What a property guarantees, in one short sentence ("later leaders hold every committed
    /// entry"): the safety banner's words.
    static func guarantee(of property: SafetyProperty) -> Phrase
    /// A rule's tag as the learner reads it (the live view): a broken rule in words.
    static func shownTag(of rule: Citation) -> Phrase
    /// Each setting a change sets, in words with its new value ("Pre-Vote on").
    static func describe(_ change: SettingsChange, _ d: Describer) -> [String]
    /// The world's own events in the engine's words: a crash and a restart (what is lost and
    /// kept), a consumer's read, a leader's period ("term 2", "epoch 2") and a log position
    /// ("index 3", "offset 2": `index` is 1-based).
    static func crashed(_ node: NodeID, _ d: Describer) -> String
    static func restarted(_ node: NodeID, _ d: Describer) -> String
    static func consumed(from node: NodeID, count: Int, through index: Int, _ d: Describer) -> String
    static func period(_ n: Int, _ d: Describer) -> String
    static func place(_ index: Int, _ d: Describer) -> String
}

extension DescribedEngine {
    public static func shownTag(of rule: Citation) -> Phrase { rule.shownTag }
}

extension Describer {
    /// "SAFETY VIOLATION: leader completeness: Jupiter leads term 4 without committed entry 3",
    /// citing the rule that states the property ([5.4]).
    public func violationLine<E: DescribedEngine>(_ v: SafetyViolation, _ engine: E.Type) -> TextLine {
        let head = Phrase(en: "SAFETY VIOLATION", ko: "안전성 위반")[lang]
        return TextLine("\(head): \(E.name(of: v.property, self)): \(E.describe(v, self))", E.citation(of: v.property))
    }

    /// The violation's line as printed, its rule's tag at the end.
    public func violation<E: DescribedEngine>(_ v: SafetyViolation, _ engine: E.Type) -> String {
        violationLine(v, engine).rendered
    }

    /// "5.4.1: election restriction. ...": a rule's tag and what it means, as the explain
    /// overlay lists it; nil for a rule the engine gives no meaning.
    public func explanation<E: DescribedEngine>(of rule: Citation, _ engine: E.Type) -> String? {
        E.meaning(of: rule).map { "\(E.shownTag(of: rule)[lang]): \($0[lang])" }
    }
}
