/// The five guarantees of the Raft paper's Figure 3, by the names the scenario format gives them.
extension SafetyProperty {
    /// At most one leader per term (5.2).
    public static let electionSafety = SafetyProperty(rawValue: "election_safety")
    /// A leader never deletes or overwrites entries in its log (5.3).
    public static let leaderAppendOnly = SafetyProperty(rawValue: "leader_append_only")
    /// Two logs with an entry of the same index and term are identical up to it (5.3).
    public static let logMatching = SafetyProperty(rawValue: "log_matching")
    /// A committed entry is in the log of every leader of a later term (5.4).
    public static let leaderCompleteness = SafetyProperty(rawValue: "leader_completeness")
    /// No two nodes apply different entries at one index (5.4.3).
    public static let stateMachineSafety = SafetyProperty(rawValue: "state_machine_safety")
    /// A `read_index` or `lease` read sees every write acknowledged before it was sent
    /// (raft-extensions.md, "Reads"; thesis 6.4).
    public static let linearizableReads = SafetyProperty(rawValue: "linearizable_reads")
}
