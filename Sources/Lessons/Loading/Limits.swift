/// The format's "Limits", the one place they are written: every number is checked against
/// them when a file loads, so no value in range can overflow the world's arithmetic.
public enum ScenarioLimits {
    /// Times (`run`, `within`, every `timing` value, `slow` latencies): 0 to 24 hours of ms.
    public static let milliseconds = 0...86_400_000
    /// A heartbeat or election timeout: at least 1 ms, as 0 would fire forever at one instant.
    public static let timer = 1...milliseconds.upperBound
    /// `write: {count: N}`.
    public static let count = 1...10_000
    /// A node's term, a log entry's term (at least 1: no leader has term 0) and a term in a condition.
    public static let term = 0...1_000_000
    public static let entryTerm = 1...term.upperBound
    /// `batch`: the most entries in one AppendEntries.
    public static let batch = 1...10_000
    /// `engine.snapshot_every`: 0 (never) to a million entries past the snapshot.
    public static let snapshotEvery = 0...1_000_000
    /// A node name's length, in characters.
    public static let nodeName = 1...16
}
