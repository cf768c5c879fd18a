/// One Kafka partition replicated over the nodes, with its controller, behind the engine
/// interface (kafka-mode.md; architecture.md, "A second engine"). Pure and deterministic like
/// the Raft node: no clock, no randomness; `now` comes in with every call and everything
/// that happens goes to the outbox. One call may make several nodes act (the controller's
/// election), so its notes name who acted and its changes go to `nodeChanges`.
public struct KafkaEngine: ReplicationEngine, Equatable {
    public typealias Checks = KafkaSafety
    public internal(set) var settings: KafkaSettings
    public internal(set) var nodes: [Replica]
    public internal(set) var controller: Controller
    /// The latest time the engine was called with (the crash time for `crash(_:out:)`).
    var clock = 0

    /// Replicas of `settings.size` from their logs and HW checkpoints (kafka-mode.md,
    /// "Start": `state`), no leader yet: `lead` is the controller's first election.
    public init(settings: KafkaSettings, logs: [KafkaLog] = [], hws: [Int] = []) {
        self.settings = settings
        nodes = (0..<settings.size).map { id in
            Replica(id: id, log: logs.indices.contains(id) ? logs[id] : KafkaLog(),
                    hw: hws.indices.contains(id) ? hws[id] : 0)
        }
        controller = Controller(size: settings.size, isr: settings.initialISR)
    }

    public var size: Int { nodes.count }

    /// New settings from now on, without what they cause at once: the world calls
    /// `configure(_:now:rng:out:)`, after which the controller may elect.
    public mutating func configure(_ change: KafkaSettings.Change) {
        settings = settings.applying(change)
    }

    // MARK: - Queries

    public func isUp(_ node: NodeID) -> Bool { nodes[node].isUp }
    public func role(of node: NodeID) -> Role? { nodes[node].isUp ? nodes[node].role : nil }
    /// The leader epoch the node knows (every up node knows the controller's at once).
    public func term(of node: NodeID) -> Int { nodes[node].epoch }
    /// A non-leader answers with the leader the controller names (kafka-mode.md, "Writes").
    public func leaderHint(at node: NodeID) -> NodeID? { nodes[node].isUp ? controller.leader : nil }
    /// The LEO: offset o is Raft's index o + 1.
    public func lastIndex(of node: NodeID) -> Int { nodes[node].leo }
    public func write(at index: Int, in node: NodeID) -> Int? {
        index >= 1 && index <= nodes[node].leo ? nodes[node].log[index - 1].write : nil
    }
    public func entryTerm(at index: Int, in node: NodeID) -> Int? {
        index >= 1 ? nodes[node].log.epoch(at: index - 1) : nil
    }
    /// The HW, exclusive, equals a commit index (kafka-mode.md, "Words"); a down node's is its checkpoint.
    public func commitIndex(of node: NodeID) -> Int { nodes[node].hw }

    /// The node's earliest timer. The controller is no node: its next noticing rides on the
    /// timer of `controllerHost`, so it fires while the crashed node is down.
    public func deadline(of node: NodeID) -> Int {
        let own = nodes[node].nextDeadline
        guard node == controllerHost, let notice = controller.nextNotice(sessionTimeout: settings.sessionTimeout)
        else { return own }
        return min(own, notice.time)
    }

    /// The node whose timer carries the controller's: the first up node, or node 0 while every
    /// node is down (its timer then fires for the controller alone: `timerRunsWhileDown`).
    public var controllerHost: NodeID { nodes.firstIndex { $0.isUp } ?? 0 }

    /// The controller is always up (kafka-mode.md, "The controller"): while every node is down,
    /// node 0's timer still carries its noticings.
    public func timerRunsWhileDown(_ node: NodeID) -> Bool { node == controllerHost && !nodes[node].isUp }

    /// The partition's ISR (the controller's).
    public var isr: NodeSet { controller.isr }
    /// The partition's leader epoch (the controller's).
    public var epoch: Int { controller.epoch }
    /// The leader the controller names.
    public var leader: NodeID? { controller.leader }
    /// What the up leader knows of `peer`'s LEO (nil: unknown, or no leader up).
    public func followerLEO(_ peer: NodeID) -> Int? {
        guard let leader = controller.leader, nodes[leader].isUp else { return nil }
        return nodes[leader].leading?.followers[peer].leo
    }

    /// Acks all [Partition `appendRecordsToLeader`, `checkEnoughReplicasReachOffset`]: a
    /// leader whose ISR is below `min_insync_replicas` answers NOT_ENOUGH_REPLICAS before the
    /// append, and NOT_ENOUGH_REPLICAS_AFTER_APPEND once the HW passes the record.
    public func writeError(at node: NodeID, appended: Bool) -> WriteError? {
        guard role(of: node) == .leader, controller.isr.count < settings.minInsyncReplicas else { return nil }
        return appended ? .notEnoughReplicasAfterAppend : .notEnoughReplicas
    }

    // MARK: - Steps

    /// Every node's isr-expiration check starts at time 0 [ReplicaManager "isr-expiration"].
    public mutating func start(rng: inout SplitMix64) {
        for id in nodes.indices { nodes[id].nextISRCheck = 0 }
    }

    /// `leader: NAME` (default: the first node): the controller's election at time 0.
    public mutating func lead(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout KafkaOutbox) {
        clock = now
        electAtStart(node, now: now, out: &out)
    }

    public mutating func fireTimer(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout KafkaOutbox) {
        clock = now
        noticeCrashes(upTo: now, out: &out)
        fireOwnTimers(node, now: now, out: &out)
    }

    public mutating func receive(_ message: Message, now: Int, rng: inout SplitMix64, out: inout KafkaOutbox) {
        clock = now
        guard nodes[message.to].isUp else { return }
        switch message.body {
        case .fetch(let offset): receiveFetch(message, offset: offset, now: now, out: &out)
        case let .offsetsForLeaderEpoch(lastEpoch, epochs, leo):
            receiveOffsetsForLeaderEpoch(message, lastEpoch: lastEpoch, epochs: epochs, leo: leo, out: &out)
        case .fetchResponse, .offsetOutOfRange, .epochEndOffset: receiveAnswer(message, now: now, out: &out)
        }
    }

    public mutating func propose(_ writes: [Int], at node: NodeID, now: Int, out: inout KafkaOutbox) -> Int? {
        appendWrites(writes, at: node, out: &out)
    }

    public mutating func propose(range writes: Range<Int>, at node: NodeID, now: Int, out: inout KafkaOutbox) -> Int? {
        appendWrites(writes, at: node, out: &out)
    }

    public mutating func crash(_ node: NodeID, out: inout KafkaOutbox) {
        crash(node, now: clock, out: &out)
    }

    public mutating func crash(_ node: NodeID, now: Int, out: inout KafkaOutbox) {
        clock = now
        stop(node, now: now, out: &out)
    }

    public mutating func restart(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout KafkaOutbox) {
        clock = now
        comeBack(node, now: now, out: &out)
    }

    /// Kafka has no election timer (`timeout` is a load error in kafka mode): nothing.
    public mutating func timeout(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout KafkaOutbox) {}
    /// The controller, not a timer, picks leaders (Kafka docs, "Replication").
    public static var electsByTimer: Bool { false }

    /// New settings, then an election if there is no leader (kafka-mode.md, "The controller").
    public mutating func configure(_ change: KafkaSettings.Change, now: Int, rng: inout SplitMix64,
                                   out: inout KafkaOutbox) {
        clock = now
        configure(change)
        elect(now: now, out: &out)
    }
}

/// What one call into the engine produced.
public typealias KafkaOutbox = Outbox<Message, Note>

extension KafkaEngine {
    func note(_ node: NodeID?, _ event: Note.Event, _ out: inout KafkaOutbox) {
        out.notes.append(Note(node, event))
    }

    func change(_ node: NodeID, _ change: Change, _ out: inout KafkaOutbox) {
        out.nodeChanges.append(NodeChange(node, change))
    }
}
