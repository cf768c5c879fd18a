import Picture

/// What one card shows about its node, already in words: durable facts (survive a crash)
/// apart from volatile ones (lost on a crash; nil for a crashed node).
struct CardFacts {
    var name: String
    var glyph: String
    var tint: Tint
    var selected: Bool
    // Durable (Figure 2, "Persistent state").
    var term: Int
    var vote: String?
    var logCount: Int
    var lastTerm: Int
    // Volatile (Figure 2, "Volatile state"): nil when crashed.
    var live: Live?
    /// A Kafka replica's part (nil: a Raft node).
    var kafka: KafkaCard?
    /// Whether the node is in the cluster's configuration (thesis 4.1; always where it does not change).
    var member = true
    /// Whether its entries' terms are known (a real etcd cluster reports only indexes, issue 14).
    var termsMeasured = true

    struct Live {
        var role: Role
        var roleWord: String
        var commit: Int
        /// Fraction of the timer left, 0...1, and milliseconds left.
        var left: Double
        var msLeft: Int
        /// Whether the timer is the leader's heartbeat (else the election timer).
        var heartbeat: Bool
        /// A candidate's votes: granted, refused, awaited, needed.
        var votes: (granted: Int, refused: Int, pending: Int, needed: Int)?
        /// A follower's known leader.
        var leader: String?
        /// A leader's match and next index over its followers: lowest to highest.
        var match: ClosedRange<Int>?
        var next: ClosedRange<Int>?
        /// Whether its timer is measured; a real member's condition ("paused") where the timer would be.
        var timerMeasured = true
        var status: String? = nil
    }

    init(_ node: NodePicture, _ state: AppState) {
        let picture = state.picture
        name = node.name
        glyph = UIWords.glyph(node.role)
        tint = UIWords.tint(node.role)
        selected = state.selected == node.id
        term = node.term
        vote = node.vote.map(picture.name)
        logCount = node.log.count
        lastTerm = node.log.lastTerm
        kafka = node.kafka.map { KafkaCard($0, node, picture) }
        member = picture.isMember(node.id)
        termsMeasured = picture.measured.contains(.entryTerms)
        guard let role = node.role else { return }
        let timer = node.timer
        live = Live(role: role, roleWord: UIWords(state.lang).role(role), commit: node.commit ?? 0,
                    left: timer?.fraction ?? 0, msLeft: timer?.left ?? 0, heartbeat: timer?.heartbeat ?? false,
                    votes: node.votes.map { ($0.granted.count, $0.refused.count, $0.pending, $0.needed) },
                    leader: node.leader.map(picture.name), match: Self.range(node.peers.map(\.match)),
                    next: Self.range(node.peers.map(\.next)))
        live?.timerMeasured = picture.measured.contains(.timers)
        live?.status = node.status?[state.lang]
    }

    /// The lowest to the highest of some values; nil for none.
    static func range(_ values: [Int]) -> ClosedRange<Int>? {
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }
}
