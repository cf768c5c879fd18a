import KafkaCore

/// What Kafka's controller and replicas decide (`KafkaCore.Note`), one full sentence each,
/// with the rules that decided it as typed citations (KafkaRules.swift). Printed, the line ends
/// with their tags: "[KIP-101, KIP-279]". Offsets, LEOs and HWs are Kafka's (from 0; an HW is
/// exclusive: records below it are committed).
extension Describer {
    /// "Saturn removes 2 records from offset 4 on, ...", citing KIP-101 and KIP-279; "the
    /// controller ..." for the controller's notes. Silent notes have no text.
    public func kafkaNoteLine(_ n: KafkaCore.Note) -> TextLine {
        switch lang {
        case .en: englishKafkaNote(n)
        case .ko: koreanKafkaNote(n)
        }
    }

    /// The note's line as printed, its tags at the end.
    public func kafkaNote(_ n: KafkaCore.Note) -> String {
        kafkaNoteLine(n).rendered
    }

    /// The members of a set of nodes, in node order: "Neptune, Saturn".
    func members(_ set: NodeSet) -> String {
        set.members.map { name($0) }.joined(separator: ", ")
    }

    /// Offsets of `count` records from `offset`: "5" or "5–6".
    static func offsets(_ offset: Int, count: Int) -> String {
        span(offset, offset + max(count, 1) - 1)
    }

    /// "record 5" / "records 5–6" (offsets).
    static func records(_ offset: Int, count: Int) -> String {
        (count == 1 ? "record " : "records ") + offsets(offset, count: count)
    }

    /// "1 record" / "2 records".
    static func recordCount(_ count: Int) -> String {
        count == 1 ? "1 record" : "\(count) records"
    }

    /// The rules of a truncation, by its reason.
    static func truncationRules(_ reason: KafkaCore.Note.Truncation) -> [Citation] {
        switch reason {
        case .leaderEpoch: [.kip101, .kip279]
        case .ownHW: [.kip101]
        case .outOfRange: [.kafkaProtocol]
        }
    }
}
