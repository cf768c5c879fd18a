/// The rule behind a decision, as a typed value: its source and section (never parsed back
/// out of a sentence). Lines of text end with their citations' tags: "[5.4.1]",
/// "[Pre-Vote, 5.4.1]", "[unsafe: commit_old_terms]".
public struct Citation: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable {
        /// Ongaro and Ousterhout, "In Search of an Understandable Consensus Algorithm": a section
        /// ("5.4.1") or a figure ("Figure 2").
        case raftPaper
        /// Ongaro's thesis, "Consensus: Bridging Theory and Practice".
        case raftThesis
        /// The Kafka documentation, by section.
        case kafkaDocs
        /// A Kafka Improvement Proposal, by number.
        case kip
        /// apache/kafka's source, by class and function ("Partition.isFollowerInSync"): where
        /// neither the documentation nor a KIP states the rule.
        case kafkaCode
        /// A rule raftlab breaks on purpose (scenario format, `unsafe`), by its name.
        case unsafeRule
    }

    public let source: Source
    public let section: String
    /// The short name a tag shows instead of the section ("Pre-Vote" for thesis 9.6).
    public let name: String?

    public init(_ source: Source, _ section: String, name: String? = nil) {
        self.source = source
        self.section = section
        self.name = name
    }

    /// A section ("5.4.1") or figure ("Figure 8") of the Raft paper.
    public static func paper(_ section: String) -> Citation { Citation(.raftPaper, section) }

    /// A section of the Raft thesis, shown by `name` when it has one ("Pre-Vote" for 9.6).
    public static func thesis(_ section: String, name: String? = nil) -> Citation {
        Citation(.raftThesis, section, name: name)
    }

    /// A rule raftlab breaks on purpose, by its scenario-format name ("commit_old_terms").
    public static func broken(_ rule: String) -> Citation { Citation(.unsafeRule, rule) }

    /// The text of the tag: the name, else the section ("unsafe: NAME" for a broken rule).
    public var tag: String {
        switch source {
        case .unsafeRule: "unsafe: \(section)"
        case .kip: name ?? "KIP-\(section)"
        case .kafkaDocs: name ?? "Kafka: \(section)"
        default: name ?? section
        }
    }

    /// "[5.2, Figure 2]": the tags of `rules` in brackets; broken rules share one "unsafe:".
    public static func tags(_ rules: [Citation]) -> String {
        guard !rules.isEmpty else { return "" }
        let broken = rules.filter { $0.source == .unsafeRule }.map(\.section)
        var pieces = rules.filter { $0.source != .unsafeRule }.map(\.tag)
        if !broken.isEmpty { pieces.append("unsafe: " + broken.joined(separator: ", ")) }
        return "[" + pieces.joined(separator: ", ") + "]"
    }
}

extension Citation {
    /// The tag as a learner reads it: a figure in the learner's language ("Figure 8" / "그림 8"),
    /// sections and names as they are. A broken rule is named by its engine's words instead
    /// (`RaftRules.shownTag`); here it falls back to a plain phrase.
    public var shownTag: Phrase {
        switch source {
        case .raftPaper where section.hasPrefix("Figure "):
            let number = section.dropFirst("Figure ".count)
            return Phrase(en: section, ko: "그림 \(number)")
        case .raftThesis where name == nil: return Phrase(en: "thesis \(section)", ko: "학위 논문 \(section)")
        case .unsafeRule: return Phrase(en: "broken on purpose", ko: "일부러 깬 규칙")
        default: return Phrase(tag)
        }
    }

    /// "[5.2, 그림 2]": the tags of `rules` in brackets as `shown` writes each, in `lang`.
    public static func shownTags(_ rules: [Citation], _ lang: Lang, shown: (Citation) -> Phrase) -> String {
        rules.isEmpty ? "" : "[" + rules.map { shown($0)[lang] }.joined(separator: ", ") + "]"
    }
}
