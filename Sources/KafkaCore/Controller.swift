/// The one abstract controller (kafka-mode.md, "The controller"): always up, not a node, it
/// reaches every up node at once without messages. It decides leadership and holds the ISR
/// (in KRaft itself a Raft quorum, KIP-595; here one reliable actor).
public struct Controller: Sendable, Equatable {
    /// The partition's leader epoch: +1 at each election.
    public internal(set) var epoch = 0
    /// The leader it names (possibly down, until it notices), nil when offline.
    public internal(set) var leader: NodeID? = nil
    /// The in-sync replicas, never empty once a leader was elected.
    public internal(set) var isr: NodeSet
    /// Per node, the time of a crash it has not noticed yet.
    public internal(set) var crashedAt: [Int?]
    /// Per node, the order its unnoticed crash came in: noticings due at one millisecond run in
    /// the order they were scheduled (scenario format, "Rules of the run").
    var crashOrder: [Int]
    var crashes = 0

    init(size: Int, isr: NodeSet) {
        self.isr = isr
        crashedAt = Array(repeating: nil, count: size)
        crashOrder = Array(repeating: 0, count: size)
    }

    /// A crash at `time` the controller will notice `session_timeout` later.
    mutating func crashed(_ node: NodeID, at time: Int) {
        crashes += 1
        crashedAt[node] = time
        crashOrder[node] = crashes
    }

    /// When the next noticing is due under `sessionTimeout` (Int.max: none), and whose.
    func nextNotice(sessionTimeout: Int) -> (time: Int, node: NodeID)? {
        var best: (time: Int, node: NodeID)? = nil
        for (node, at) in crashedAt.enumerated() {
            guard let at else { continue }
            let due = at + sessionTimeout
            if best == nil || (due, crashOrder[node]) < (best!.time, crashOrder[best!.node]) { best = (due, node) }
        }
        return best
    }
}
