@testable import KafkaCore

// A small deterministic world to drive the engine: fixed latency, FIFO links, the timers of
// up nodes (as RaftSim's world fires them), links that can be cut, and the safety monitor.

/// A log of the given epochs; the record at offset k carries write 1000 + k... unless given.
func makeLog(_ epochs: [Int], writes: [Int]? = nil) -> KafkaLog {
    KafkaLog(epochs.enumerated().map { Record(epoch: $0.element, write: writes?[$0.offset] ?? 1000 + $0.offset) })
}

extension KafkaLog {
    /// The epochs of the records, offset 0 first.
    var epochList: [Int] { records.map(\.epoch) }
    var writes: [Int] { records.map(\.write) }
}

struct Cluster {
    var engine: KafkaEngine
    var checks: KafkaSafety
    var rng = SplitMix64(seed: 1)
    var now = 0
    var latency: Int
    var seq = 0
    /// Messages on their way: (deliver at, sequence, message).
    var inFlight: [(at: Int, seq: Int, message: Message)] = []
    /// Links whose messages are lost (a partition of one link).
    var cut = Set<Link>()
    /// Everything that happened since the start (or the last `clearLog`).
    var notes: [Note] = []
    var changes: [NodeChange] = []
    var sent: [Message] = []
    var findings: [Finding] = []
    /// Whether down nodes' timers fire too (RaftSim's world fires only up nodes' today).
    var firesDownNodes = false

    /// A cluster of `nodes` replicas from their logs and HWs, `leader` elected at time 0.
    init(nodes: Int = 3, logs: [[Int]] = [], hws: [Int] = [], leader: NodeID = 0, latency: Int = 10,
         _ change: (inout KafkaSettings) -> Void = { _ in }) {
        var settings = KafkaSettings(size: nodes)
        change(&settings)
        engine = KafkaEngine(settings: settings, logs: logs.map { makeLog($0) }, hws: hws)
        checks = KafkaSafety(engine)
        self.latency = latency
        engine.start(rng: &rng)
        call(leader) { $0.lead(leader, now: 0, rng: &$1, out: &$2) }
    }

    var settings: KafkaSettings { engine.settings }
    func node(_ id: NodeID) -> Replica { engine.nodes[id] }
    func log(_ id: NodeID) -> [Int] { engine.nodes[id].log.epochList }
    func hw(_ id: NodeID) -> Int { engine.nodes[id].hw }
    func leo(_ id: NodeID) -> Int { engine.nodes[id].leo }
    var isr: Set<NodeID> { Set(engine.isr.members) }
    var broken: Set<SafetyProperty> { Set(findings.map(\.property)) }

    /// One call into the engine for `node`; its outbox is delivered, logged and checked.
    @discardableResult
    mutating func call(_ node: NodeID,
                       _ body: (inout KafkaEngine, inout SplitMix64, inout KafkaOutbox) -> Void) -> KafkaOutbox {
        var out = KafkaOutbox()
        body(&engine, &rng, &out)
        notes += out.notes
        changes += out.nodeChanges
        for m in out.messages { send(m) }
        let engineNow = engine
        checks.observe(node, out.notes, in: engineNow) { findings.append($0) }
        return out
    }

    mutating func send(_ m: Message) {
        sent.append(m)
        guard engine.isUp(m.to) else { return }
        seq += 1
        inFlight.append((now + latency, seq, m))
    }

    /// The next event: the earliest timer of an up node or message (timers first at a tie).
    func nextEvent() -> (time: Int, message: Int?, timer: NodeID?)? {
        var best: (time: Int, message: Int?, timer: NodeID?)? = nil
        for id in 0..<engine.size where engine.isUp(id) || firesDownNodes {
            let t = engine.deadline(of: id)
            if t < (best?.time ?? .max) { best = (t, nil, id) }
        }
        for (k, f) in inFlight.enumerated() where f.at < (best?.time ?? .max) { best = (f.at, k, nil) }
        return best
    }

    /// Handles every event up to and including `time`.
    mutating func run(until time: Int) {
        while let next = nextEvent(), next.time <= time {
            now = max(now, next.time)
            let at = now
            if let id = next.timer {
                call(id) { $0.fireTimer(id, now: at, rng: &$1, out: &$2) }
            } else if let k = next.message {
                let m = inFlight.remove(at: k).message
                guard !cut.contains(Link(from: m.from, to: m.to)), engine.isUp(m.to) else { continue }
                call(m.to) { $0.receive(m, now: at, rng: &$1, out: &$2) }
            }
        }
        now = max(now, time)
    }

    mutating func run(for ms: Int) { run(until: now + ms) }

    /// Client writes reach `node` now; returns the index of the last (nil: not leader).
    @discardableResult
    mutating func write(_ writes: [Int], at node: NodeID) -> Int? {
        var index: Int?
        let at = now
        call(node) { index = $0.propose(writes, at: node, now: at, out: &$2) }
        return index
    }

    mutating func crash(_ id: NodeID) {
        let at = now
        call(id) { $0.crash(id, now: at, out: &$2) }
        inFlight.removeAll { $0.message.to == id }  // messages on their way to it are dropped
    }

    mutating func restart(_ id: NodeID) {
        let at = now
        call(id) { $0.restart(id, now: at, rng: &$1, out: &$2) }
    }

    mutating func configure(_ change: KafkaSettings.Change) {
        let at = now
        call(0) { $0.configure(change, now: at, rng: &$1, out: &$2) }
    }

    /// Cuts both directions between `a` and `b`.
    mutating func isolate(_ a: NodeID, from b: NodeID) {
        cut.insert(Link(from: a, to: b))
        cut.insert(Link(from: b, to: a))
    }

    mutating func heal() { cut.removeAll() }

    /// Delivers `m` by hand now.
    @discardableResult
    mutating func deliver(_ m: Message) -> KafkaOutbox {
        let at = now
        return call(m.to) { $0.receive(m, now: at, rng: &$1, out: &$2) }
    }

    /// Fires `node`'s timer by hand at `time`.
    @discardableResult
    mutating func fire(_ node: NodeID, at time: Int) -> KafkaOutbox {
        now = time
        return call(node) { $0.fireTimer(node, now: time, rng: &$1, out: &$2) }
    }

    mutating func clearLog() {
        notes = []
        changes = []
        sent = []
    }

    /// The events of the notes since the last `clearLog`, of `node` (nil: the controller).
    func events(of node: NodeID?) -> [Note.Event] { notes.filter { $0.node == node }.map(\.event) }

    /// Whether any note since the last `clearLog` matches.
    func noted(_ match: (Note.Event) -> Bool) -> Bool { notes.contains { match($0.event) } }

    /// The messages on their way now.
    var pending: [Message] { inFlight.map(\.message) }
}

// MARK: - Hand-made messages

extension Message {
    static func fetch(_ from: NodeID, to: NodeID = 0, epoch: Int, offset: Int, request: Int = 99) -> Message {
        Message(from: from, to: to, epoch: epoch, request: request, body: .fetch(offset: offset))
    }

    /// The records of a Fetch answer (nil for any other message).
    var records: [Record]? {
        if case let .fetchResponse(_, records, _) = body { return records }
        return nil
    }

    /// The HW a Fetch answer carries.
    var answerHW: Int? {
        if case let .fetchResponse(_, _, hw) = body { return hw }
        return nil
    }

    var fetchOffset: Int? {
        if case let .fetch(offset) = body { return offset }
        return nil
    }
}

extension KafkaOutbox {
    func sent(_ kind: Message.Kind) -> [Message] { messages.filter { $0.kind == kind } }
    var events: [Note.Event] { notes.map(\.event) }
}
