import RaftSim

/// What one mode's files may not write, with why: the load errors of kafka-mode.md
/// ("Conditions": "Load errors in kafka mode ... In raft mode `cluster.kafka` and the new
/// conditions are load errors"). The one list; readers ask it for every key they read.
enum ModeKeys {
    /// Where a key is written.
    enum Place { case cluster, timing, step, condition, configure, role }

    /// Why `key` at `place` is refused in `mode`; nil when the mode takes it.
    static func refusal(_ key: String, at place: Place, in mode: ClusterMode) -> String? {
        switch mode {
        case .kafka: kafkaRefusal(key, at: place)
        case .raft: raftRefusal(key, at: place)
        }
    }

    /// Throws at `at` when `key` is refused there.
    static func check(_ key: String, at place: Place, in mode: ClusterMode, _ located: Located) throws(ScenarioError) {
        if let why = refusal(key, at: place, in: mode) { throw located.error(why) }
    }

    private static let kafkaOnly = "is kafka mode's: write `mode: kafka` in `cluster` (or in the `scene`)"

    private static func raftRefusal(_ key: String, at place: Place) -> String? {
        switch (place, key) {
        case (.cluster, "kafka"), (.configure, "kafka"): "`kafka` settings need `mode: kafka` in `cluster` (or in the `scene`)"
        case (.condition, "isr"), (.condition, "hw"), (.condition, "leo"), (.condition, "epoch"), (.condition, "errors"):
            "the condition `\(key)` \(kafkaOnly)"
        default: nil
        }
    }

    private static let noTimer = "the controller, not a timer, picks leaders"

    private static func kafkaRefusal(_ key: String, at place: Place) -> String? {
        switch (place, key) {
        case (.cluster, "engine"): "`engine` holds Raft's switches; in kafka mode settings go under `kafka:`"
        case (.cluster, "unsafe"), (.configure, "unsafe"):
            "`unsafe` breaks Raft's rules; kafka mode's unsafe settings are `kafka.unclean_leader_election` and `kafka.leader_epochs: false`"
        case (.timing, "heartbeat"), (.timing, "election"):
            "`timing.\(key)` is Raft's; in kafka mode `timing` takes only `latency` (\(noTimer))"
        case (.step, "timeout"): "`timeout` fires a Raft election timer; in kafka mode \(noTimer)"
        case (.step, "snapshot"), (.step, "read"), (.step, "transfer"), (.step, "add"), (.step, "remove"),
             (.condition, "snapshot"), (.condition, "reads"), (.condition, "voters"), (.condition, "members"),
             (.cluster, "voters"), (.configure, "snapshot_every"):
            "`\(key)` is Raft's (raft-extensions.md); kafka mode has no snapshots, reads, transfers or membership changes"
        case (.condition, "term"): "`term` is Raft's; in kafka mode use `epoch` (the partition's leader epoch)"
        case (.condition, "voted_for"): "`voted_for` is Raft's; in kafka mode nobody votes (\(noTimer))"
        case (.condition, "commit"): "`commit` is Raft's; in kafka mode use `hw` (the high watermark)"
        case (.condition, "applied"): "`applied` is Raft's; kafka mode has no state machine (use `hw` or `consumed`)"
        case (.role, "candidate"), (.role, "precandidate"):
            "`\(key)` is a Raft role; in kafka mode a node is leader, follower or crashed"
        case (.configure, "batch"): "in kafka mode `batch` goes under `kafka:`, like `configure: {kafka: {batch: 8}}`"
        case (.configure, "pipeline"), (.configure, "noop"), (.configure, "prevote"), (.configure, "check_quorum"):
            "`\(key)` is a Raft setting; in kafka mode `configure` takes `acks`, `timing: {latency}` and `kafka: {...}`"
        default: nil
        }
    }
}
