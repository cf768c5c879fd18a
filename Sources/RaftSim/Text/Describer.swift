@_exported import Replication
@_exported import Words
import Picture

/// The one canonical text form of messages, entries, notes and events, in English or Korean
/// (etcd-io/raft's `util.go` describe functions). The events pane, transcripts, the explain
/// overlay and test failures all read the same lines.
public struct Describer: Sendable {
    /// Node names, by node id.
    public let names: [String]
    /// Write id -> value; index 0 is "" (no value).
    public let values: [String]
    public let lang: Lang

    public init(names: [String], values: [String], lang: Lang) {
        self.names = names
        self.values = values
        self.lang = lang
    }

    /// The role as a word: leader, follower, candidate, pre-candidate.
    public func role(_ r: Role) -> String { r.word[lang] }

    /// Simulated time for transcripts: seconds with three decimals, right-aligned to 8
    /// characters ("  1.234s").
    public static func time(_ ms: Int) -> String { TimeText.padded(ms) }

    // MARK: - Pieces shared by the other files

    /// The text in the describer's language, every language written together.
    func pick(_ en: String, _ ko: String) -> String { Phrase(en: en, ko: ko)[lang] }

    /// A node's name; an id outside the cluster reads "node 7" / "노드 7".
    func name(_ id: NodeID) -> String {
        if names.indices.contains(id) { return names[id] }
        return Phrase(en: "node \(id)", ko: "노드 \(id)")[lang]
    }

    /// A node's name followed by the Korean particle that fits it ("Saturn이", "Jupiter가").
    func name(_ id: NodeID, _ josa: Josa) -> String {
        let n = name(id)
        return n + Korean.particle(n, josa)
    }

    /// A number followed by the Korean particle that fits how it is read ("3으로", "5로").
    func number(_ n: Int, _ josa: Josa) -> String {
        "\(n)" + Korean.particle(String(n), josa)
    }

    /// The value a write carries, control characters escaped ("Limits"); an unknown or empty one reads "#id".
    func value(_ write: Int) -> String {
        values.indices.contains(write) && !values[write].isEmpty ? ShownText.escaped(values[write]) : "#\(write)"
    }

    /// "5" or "5–7" (inclusive).
    static func span(_ from: Int, _ through: Int) -> String {
        from >= through ? "\(from)" : "\(from)–\(through)"
    }

    /// "entry 5" / "entries 5–7".
    static func entries(_ from: Int, _ through: Int) -> String {
        (from >= through ? "entry " : "entries ") + span(from, through)
    }
}
