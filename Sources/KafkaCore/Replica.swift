/// One node's replica of the partition (kafka-mode.md). Its log and HW checkpoint survive a
/// crash; the rest is lost with it ("Crash and restart").
public struct Replica: Sendable, Equatable {
    public let id: NodeID
    public internal(set) var isUp = true
    public internal(set) var log: KafkaLog
    /// The HW (exclusive: offsets below it are committed). A crash keeps it as the HW
    /// checkpoint, the node's HW at the crash.
    public internal(set) var hw: Int
    /// The leader epoch it knows (the controller's while it is up).
    public internal(set) var epoch = 0
    public internal(set) var role: Role = .follower
    /// The leader it follows (itself when leading), nil when there is none.
    public internal(set) var leader: NodeID? = nil
    /// A follower's one outstanding request.
    public internal(set) var outstanding: Outstanding? = nil
    /// A follower had a Fetch answer (not out of range) in the current epoch (`replica_agreement`).
    public internal(set) var answeredInEpoch = false
    /// A leader's view of its followers and its held Fetches.
    public internal(set) var leading: LeaderState? = nil
    /// When the isr-expiration check runs next (every node runs it; it acts only on a leader).
    public internal(set) var nextISRCheck = 0
    /// The number of its next request (never reset, so an old answer never fits a new request).
    var nextRequest = 1

    public init(id: NodeID, log: KafkaLog = KafkaLog(), hw: Int = 0) {
        self.id = id
        self.log = log
        self.hw = min(hw, log.leo)
    }

    public var leo: Int { log.leo }

    /// The earliest of its timers (Int.max: none).
    public var nextDeadline: Int {
        guard isUp else { return .max }
        var t = min(nextISRCheck, outstanding?.deadline ?? .max)
        if let leading { t = min(t, leading.nextHeldDeadline) }
        return t
    }
}

/// A follower's request waiting for its answer, re-sent after `fetch_timeout`.
public struct Outstanding: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case fetch, offsetsForLeaderEpoch }
    public var request: Int
    public var kind: Kind
    public var deadline: Int
}

/// What a leader knows of one follower [Partition `makeLeader`, `Replica.updateFetchState`].
public struct FollowerState: Sendable, Equatable {
    /// The follower's LEO, learned from its Fetch offsets (nil: unknown until its first Fetch).
    public var leo: Int? = nil
    public var lastCaughtUp: Int
    public var lastFetch: Int
    /// The leader's LEO when that last Fetch arrived.
    public var lastFetchLeaderLEO: Int
}

/// A Fetch the leader holds because it has nothing at its offset yet.
public struct HeldFetch: Sendable, Equatable {
    public var request: Int
    public var offset: Int
    public var deadline: Int
}

/// A leader's volatile state (kafka-mode.md, "Becoming leader").
public struct LeaderState: Sendable, Equatable {
    /// Its LEO when it became leader of this epoch.
    public var epochStart: Int
    /// Per node (its own entry unused).
    public var followers: [FollowerState]
    public var held: [HeldFetch?]

    var nextHeldDeadline: Int { held.reduce(Int.max) { min($0, $1?.deadline ?? .max) } }
}
