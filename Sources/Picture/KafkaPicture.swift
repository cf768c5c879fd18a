/// What a Kafka replica shows beyond the shared card (kafka-mode.md, "Words"): the leader
/// epoch it knows, its LEO, its HW (exclusive: offsets below it are committed, so it equals a
/// commit index), whether the controller's ISR holds it, and a leader's view of its followers.
public struct KafkaNodePicture: Sendable, Equatable {
    public var epoch: Int
    public var leo: Int
    public var hw: Int
    public var inISR: Bool
    /// A leader's record of each follower's LEO (nil: unknown until its first Fetch)
    /// [`Replica.updateFetchState`]; empty on a follower.
    public var followers: [FollowerLEO]
    /// The leader this replica fetches from (nil: none, or itself when leading).
    public var fetchesFrom: NodeID?

    public init(epoch: Int, leo: Int, hw: Int, inISR: Bool, followers: [FollowerLEO] = [], fetchesFrom: NodeID? = nil) {
        self.epoch = epoch
        self.leo = leo
        self.hw = hw
        self.inISR = inISR
        self.followers = followers
        self.fetchesFrom = fetchesFrom
    }
}

/// One follower's LEO as its leader records it.
public struct FollowerLEO: Sendable, Equatable {
    public var node: NodeID
    public var leo: Int?
    public init(node: NodeID, leo: Int?) {
        self.node = node
        self.leo = leo
    }
}

/// Kafka's controller (kafka-mode.md, "The controller"): not a node, always up. It holds the
/// ISR and the partition's leader epoch, and names the leader.
public struct ControllerPicture: Sendable, Equatable {
    public var epoch: Int
    /// The leader it names; nil: offline (no ISR member up, unclean election off).
    public var leader: NodeID?
    public var isr: [NodeID]
    /// What it decided last, in words ("elected Neptune for epoch 2").
    public var decision: Phrase
    /// What it will decide next, if anything is due ("notices Saturn's crash at 0.450s").
    public var next: Phrase?

    public init(epoch: Int, leader: NodeID?, isr: [NodeID], decision: Phrase, next: Phrase? = nil) {
        self.epoch = epoch
        self.leader = leader
        self.isr = isr
        self.decision = decision
        self.next = next
    }
}

extension ClusterPicture {
    /// A Kafka partition's picture (its controller is drawn): cards, log table and legend
    /// speak of epochs, offsets and the HW.
    public var isKafka: Bool { controller != nil }
}
