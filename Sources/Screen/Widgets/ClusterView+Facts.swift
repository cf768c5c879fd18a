import RaftCore
import RaftSim

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
        /// A leader's match index for each other node, in node order.
        var matches: [Int]
    }

    init(_ id: NodeID, _ state: AppState) {
        let world = state.world
        let node = world.nodes[id]
        let role = world.role(of: id)
        name = world.names[id]
        glyph = UIWords.glyph(role)
        tint = UIWords.tint(role)
        selected = state.selected == id
        term = node.term
        vote = node.durable.votedFor.map { world.names.indices.contains($0) ? world.names[$0] : "#\($0)" }
        logCount = node.log.lastIndex
        lastTerm = node.log.lastTerm
        live = node.isUp ? Live(node, world, UIWords(state.lang).role(node.role)) : nil
    }
}

extension CardFacts.Live {
    init(_ node: Node, _ world: RaftWorld, _ word: String) {
        let v = node.volatile
        role = node.role
        roleWord = word
        commit = v.commitIndex
        heartbeat = node.role == .leader && v.heartbeatDeadline != Int.max
        let period = heartbeat ? node.config.heartbeat : v.electionTimeout
        let deadline = heartbeat ? v.heartbeatDeadline : v.electionDeadline
        msLeft = max(0, deadline == Int.max ? 0 : deadline - world.now)
        left = period > 0 ? min(1, max(0, Double(msLeft) / Double(period))) : 0
        let n = world.size
        if node.role == .candidate || node.role == .preCandidate {
            let granted = v.votesGranted.count, refused = v.votesRefused.count
            votes = (granted, refused, max(0, n - granted - refused), node.config.configuration.quorum)
        }
        leader = v.leader.map { world.names.indices.contains($0) ? world.names[$0] : "#\($0)" }
        matches = node.role == .leader
            ? (0..<min(n, v.peers.count)).filter { $0 != node.id }.map { v.peers[$0].matchIndex } : []
    }
}
