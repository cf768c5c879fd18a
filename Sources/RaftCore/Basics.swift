@_exported import Replication

/// Deliberately broken rules, for "what if" lessons (scenario format, `unsafe`): each breaks
/// one guarantee of the Raft paper's Figure 3, so the monitor's check of it can be watched.
public struct UnsafeRules: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// Votes granted without the up-to-date-log check (breaks 5.4.1; leader completeness falls).
    public static let voteWithoutLogCheck = UnsafeRules(rawValue: 1)
    /// Entries of earlier terms committed by counting replicas (breaks 5.4.2, Figure 8).
    public static let commitOldTerms = UnsafeRules(rawValue: 2)
    /// A leader commits and acknowledges a write once it is in its own log.
    public static let writeWithoutQuorum = UnsafeRules(rawValue: 4)
    /// A voter ignores its earlier vote in the term (breaks 5.2; election safety falls).
    public static let voteTwice = UnsafeRules(rawValue: 8)
    /// A leader puts a new write at its commit index + 1, over its own uncommitted entries
    /// (leader append-only falls).
    public static let leaderOverwrites = UnsafeRules(rawValue: 16)
    /// A follower takes AppendEntries without the prevLogIndex/prevLogTerm check (breaks 5.3;
    /// log matching falls).
    public static let appendWithoutLogCheck = UnsafeRules(rawValue: 32)
    /// Snapshots are taken at the last entry, committed or not (raft-extensions.md; breaks
    /// paper 7's "snapshot of committed state": state machine safety falls).
    public static let snapshotUncommitted = UnsafeRules(rawValue: 64)
    /// A leader answers every lease read at once, with no time check (breaks thesis 6.4.1).
    public static let leaseIgnoresClock = UnsafeRules(rawValue: 128)
    /// A leader appends a configuration entry while its previous one is uncommitted (breaks
    /// thesis 4.1's one change at a time: election safety falls).
    public static let changeWithoutCommit = UnsafeRules(rawValue: 256)
}

extension UnsafeRules {
    /// The one table of the rules' names, in the scenario format's order (format, `unsafe`).
    public static let named: [(name: String, rule: UnsafeRules)] = [
        ("vote_without_log_check", .voteWithoutLogCheck),
        ("commit_old_terms", .commitOldTerms),
        ("write_without_quorum", .writeWithoutQuorum),
        ("vote_twice", .voteTwice),
        ("append_without_log_check", .appendWithoutLogCheck),
        ("leader_overwrites", .leaderOverwrites),
        ("snapshot_uncommitted", .snapshotUncommitted),
        ("lease_ignores_clock", .leaseIgnoresClock),
        ("change_without_commit", .changeWithoutCommit),
    ]

    /// Every rule's name, in the format's order.
    public static var allNames: [String] { named.map(\.name) }

    /// The rule called `name` in the format; nil for any other word.
    public init?(name: String) {
        guard let entry = Self.named.first(where: { $0.name == name }) else { return nil }
        self = entry.rule
    }

    /// The names of the rules in this set, in the format's order.
    public var names: [String] { Self.named.filter { contains($0.rule) }.map(\.name) }

    /// The rules called `names` in the format, together; nil when a name is unknown.
    public init?(names: [String]) {
        var rules: UnsafeRules = []
        for name in names {
            guard let rule = UnsafeRules(name: name) else { return nil }
            rules.insert(rule)
        }
        self = rules
    }
}
