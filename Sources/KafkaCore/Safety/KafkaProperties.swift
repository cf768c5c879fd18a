/// The safety properties of kafka mode, by the names the scenario format gives them
/// (kafka-mode.md, "The safety monitor in kafka mode").
extension SafetyProperty {
    /// A node's HW does not decrease while it stays leader [Partition `maybeIncrementLeaderHW`
    /// only raises it].
    public static let hwMonotonic = SafetyProperty(rawValue: "hw_monotonic")
    /// A record that was below a leader's HW is, at the same offset, in the log of every leader
    /// of a later epoch [Design: "a committed message will not be lost, as long as there is at
    /// least one in sync replica alive"].
    public static let committedKept = SafetyProperty(rawValue: "committed_kept")
    /// An up follower that has had a Fetch answer in the current epoch holds, below its HW, the
    /// leader's records at those offsets (KIP-101 scenario 2: divergence).
    public static let replicaAgreement = SafetyProperty(rawValue: "replica_agreement")
    /// No record at or above the serving node's HW is handed to a consumer [Design: "Only
    /// committed messages are ever given out to the consumer"].
    public static let consumerVisibility = SafetyProperty(rawValue: "consumer_visibility")
}
