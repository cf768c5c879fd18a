import Replication

extension World {
    /// The world at time 0 around `engine`, whose initial entries carry the write ids of
    /// `values` (index 0 is ""): timers started in node order, and `leader`, if any, just
    /// elected (scenario format, `cluster.leader`).
    public init(engine: Engine, names: [String], values: [String] = [""], seed: UInt64, latency: ClosedRange<Int>,
                acks: Acks, leader: NodeID? = nil, monitor: Bool = true) {
        precondition(engine.size == names.count, "one name per node")
        self.names = names
        self.seed = seed
        self.engine = engine
        self.latency = latency
        self.acks = acks
        self.values = values.isEmpty ? [""] : values
        rng = SplitMix64(seed: seed)
        network = Network(size: names.count)
        clients = Clients(size: names.count)
        timerSeq = Array(repeating: 0, count: names.count)
        writeIndex = Array(repeating: 0, count: self.values.count)
        self.monitor = monitor ? Monitor(engine) : nil
        self.engine.start(rng: &rng)
        for id in 0..<names.count { timerSeq[id] = nextSeq() }
        if let leader {
            let at = now
            self.engine.lead(leader, now: at, rng: &rng, out: &outbox)
            settle(leader)
        }
    }

    mutating func registerValue(_ value: String) -> Int {
        values.append(value)
        writeIndex.append(0)
        return values.count - 1
    }

    /// Initial entries with a value get a write id, shared by equal entries at one index
    /// (`index` 1-based: Raft's index, a Kafka offset + 1).
    static func initialWrite(_ item: LogItem, index: Int, _ values: inout [String], _ ids: inout [String: Int]) -> Int {
        guard let value = item.value else { return 0 }
        let key = "\(index)/\(item.term)/\(value)"
        if let id = ids[key] { return id }
        values.append(value)
        ids[key] = values.count - 1
        return values.count - 1
    }
}
