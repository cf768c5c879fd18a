import Picture

/// What a Kafka card shows beyond the shared facts (kafka-mode.md, "Words"), already in names.
struct KafkaCard {
    var epoch: Int
    var leo: Int
    var hw: Int
    var inISR: Bool
    var lastEpoch: Int
    /// A leader's record of each follower's LEO, by name (nil: unknown).
    var followers: [(name: String, leo: Int?)]
    /// A follower's leader, by name.
    var fetchesFrom: String?
    /// What the up leader recorded of this follower's LEO (nil: unknown or no leader up).
    var leaderKnows: Int?
    /// Whether a follower has an up leader keeping a record of its LEO (none while the
    /// partition is offline or its leader is down).
    var hasLeaderRecord: Bool

    init(_ k: KafkaNodePicture, _ node: NodePicture, _ picture: ClusterPicture) {
        epoch = k.epoch
        leo = k.leo
        hw = k.hw
        inISR = k.inISR
        lastEpoch = node.log.lastTerm
        followers = k.followers.map { (picture.name($0.node), $0.leo) }
        fetchesFrom = k.fetchesFrom.map(picture.name)
        let leader = picture.nodes.first { $0.role == .leader }?.kafka
        leaderKnows = leader?.followers.first { $0.node == node.id }?.leo
        hasLeaderRecord = k.fetchesFrom != nil && leader != nil
    }

    /// The lowest to the highest known follower LEO, and whether one is unknown.
    var followerRange: (known: ClosedRange<Int>?, unknown: Bool) {
        (CardFacts.range(followers.compactMap(\.leo)), followers.contains { $0.leo == nil })
    }
}
