import RaftCore

extension World {
    /// Builds the world of `spec` at time 0: nodes from their initial state, timers running,
    /// and the `leader`, if any, just elected (scenario format, `cluster.leader`).
    public init(_ spec: WorldSpec) {
        names = spec.names
        let n = spec.names.count
        var engine = spec.engine
        engine.nodeCount = n
        engine.heartbeat = spec.timing.heartbeat
        engine.election = spec.timing.election
        timing = spec.timing
        acks = spec.acks
        rng = SplitMix64(seed: spec.seed)
        network = Network(size: n)
        clients = Clients(size: n)
        monitor = spec.monitor ? SafetyMonitor(size: n) : nil
        timerSeq = Array(repeating: 0, count: n)
        timerEpochSeen = Array(repeating: -1, count: n)
        nodes = []
        var initialValueIDs: [String: Int] = [:]
        for id in 0..<n {
            let initial = spec.state[id] ?? InitialState()
            var log = RaftLog()
            for (k, item) in initial.log.enumerated() {
                log.append(Entry(term: item.term, write: initialWrite(item.value, index: k + 1, term: item.term,
                                                                      ids: &initialValueIDs)))
            }
            let durable = DurableState(term: initial.term, votedFor: initial.votedFor, log: log)
            nodes.append(Node(id: id, config: engine, durable: durable, commit: min(initial.commit, log.lastIndex)))
        }
        for id in 0..<n {
            monitor?.observeInitial(nodes, id, time: 0)
            nodes[id].start(now: 0, rng: &rng)
            syncTimer(id)
        }
        if let leader = spec.leader {
            let before = Before(nodes, leader)
            nodes[leader].becomeLeader(now: 0, rng: &rng, out: &outbox, votes: engine.majority)
            settle(leader, before)
        }
    }

    /// Initial entries with a value get a write id, shared by equal entries at one index.
    private mutating func initialWrite(_ value: String?, index: Int, term: Int, ids: inout [String: Int]) -> Int {
        guard let value else { return 0 }
        let key = "\(index)/\(term)/\(value)"
        if let id = ids[key] { return id }
        let id = registerValue(value)
        ids[key] = id
        return id
    }

    mutating func registerValue(_ value: String) -> Int {
        values.append(value)
        writeIndex.append(0)
        clients.writes.append(nil)
        return values.count - 1
    }
}
