/// The Raft nodes of one cluster behind the engine interface: the world steps them and
/// learns what they did from their outboxes (architecture.md, "RaftCore").
public struct RaftEngine: ReplicationEngine {
    public typealias Checks = RaftSafety
    public internal(set) var nodes: [Node]

    /// Nodes of `settings.size` from their durable state and initial commit index, timers not
    /// yet started (`start`).
    public init(settings: EngineConfig, durable: [DurableState], commits: [Int]) {
        nodes = (0..<settings.size).map { id in
            let state = durable.indices.contains(id) ? durable[id] : DurableState()
            let commit = commits.indices.contains(id) ? min(commits[id], state.log.lastIndex) : 0
            return Node(id: id, config: settings, durable: state, commit: commit)
        }
    }

    public var size: Int { nodes.count }
    public var settings: EngineConfig { nodes[0].config }

    public mutating func configure(_ change: EngineConfig.Change) {
        let settings = self.settings.applying(change)
        for id in nodes.indices { nodes[id].config = settings }
    }

    // MARK: - Queries

    public func isUp(_ node: NodeID) -> Bool { nodes[node].isUp }
    public func role(of node: NodeID) -> Role? { nodes[node].isUp ? nodes[node].volatile.role : nil }
    public func term(of node: NodeID) -> Int { nodes[node].durable.term }
    public func leaderHint(at node: NodeID) -> NodeID? { nodes[node].volatile.leader }
    public func lastIndex(of node: NodeID) -> Int { nodes[node].durable.log.lastIndex }
    public func write(at index: Int, in node: NodeID) -> Int? {
        let log = nodes[node].durable.log
        return index >= 1 && index <= log.lastIndex ? log[index].clientWrite : nil
    }
    public func entryTerm(at index: Int, in node: NodeID) -> Int? {
        index >= 1 ? nodes[node].durable.log.term(at: index) : nil
    }
    public func commitIndex(of node: NodeID) -> Int { nodes[node].volatile.commitIndex }
    public func deadline(of node: NodeID) -> Int { nodes[node].nextDeadline }
    public func snapshotIndex(of node: NodeID) -> Int { nodes[node].durable.log.snapshotIndex }
    public func voters(at node: NodeID) -> NodeSet? { nodes[node].configuration.voters }
    public func holdsWrites(at node: NodeID) -> Bool {
        nodes[node].isUp && nodes[node].role == .leader && nodes[node].volatile.leading.transfer != nil
    }

    // MARK: - Steps

    /// Starts every node's election timer at time 0, in node order.
    public mutating func start(rng: inout SplitMix64) {
        for id in nodes.indices { nodes[id].start(now: 0, rng: &rng) }
    }

    /// `leader: NAME`: the node starts as leader of its `state` term at `now`, set up by the
    /// scenario, not elected (its note says 0 votes).
    public mutating func lead(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        nodes[node].becomeLeader(now: now, rng: &rng, out: &out, votes: 0)
    }

    public mutating func fireTimer(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        nodes[node].fireTimer(now: now, rng: &rng, out: &out)
    }

    public mutating func receive(_ message: Message, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        nodes[message.to].receive(message, now: now, rng: &rng, out: &out)
    }

    public mutating func propose(_ writes: [Int], at node: NodeID, now: Int, out: inout RaftOutbox) -> Int? {
        nodes[node].propose(writes: writes, now: now, out: &out)
    }

    public mutating func propose(range writes: Range<Int>, at node: NodeID, now: Int, out: inout RaftOutbox) -> Int? {
        nodes[node].propose(writes: writes, now: now, out: &out)
    }

    public mutating func crash(_ node: NodeID, out: inout RaftOutbox) {
        nodes[node].crash(out: &out)
    }

    public mutating func restart(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        nodes[node].restart(now: now, rng: &rng, out: &out)
    }

    public mutating func timeout(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        nodes[node].forceTimeout(now: now, rng: &rng, out: &out)
    }

    // MARK: - Past the basic algorithm (raft-extensions.md)

    public mutating func snapshot(_ node: NodeID, out: inout RaftOutbox) { nodes[node].takeSnapshot(out: &out) }

    public mutating func read(_ read: Int, mode: ReadMode, at node: NodeID, now: Int, out: inout RaftOutbox) -> ReadOutcome {
        nodes[node].read(read, mode: mode, now: now, out: &out)
    }

    public mutating func transfer(to target: NodeID, at leader: NodeID, now: Int, rng: inout SplitMix64,
                                  out: inout RaftOutbox) {
        nodes[leader].transferLeadership(to: target, now: now, rng: &rng, out: &out)
    }

    public mutating func changeMembership(_ change: MembershipRequest, at leader: NodeID, now: Int, out: inout RaftOutbox) {
        nodes[leader].requestChange(change, now: now, out: &out)
    }
}
