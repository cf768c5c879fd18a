import Replication

/// The engine-neutral parts of `World`, for a world of either engine.
extension ClusterWorld {
    public var now: Int { read(raft: \.now, kafka: \.now) }
    public var names: [String] { read(raft: \.names, kafka: \.names) }
    public var size: Int { names.count }
    public var seed: UInt64 { read(raft: \.seed, kafka: \.seed) }
    public var clients: Clients { read(raft: \.clients, kafka: \.clients) }
    public var acks: Acks { read(raft: \.acks, kafka: \.acks) }
    public var latency: ClosedRange<Int> { read(raft: \.latency, kafka: \.latency) }
    public var eventCount: Int { read(raft: \.eventCount, kafka: \.eventCount) }
    public var overload: Overload? { read(raft: \.overload, kafka: \.overload) }
    public var nextEventTime: Int? { read(raft: \.nextEventTime, kafka: \.nextEventTime) }
    public var mark: WorldMark { read(raft: \.mark, kafka: \.mark) }
    public var inFlight: Int { read(raft: \.inFlight, kafka: \.inFlight) }
    public var violations: [SafetyViolation] { read(raft: \.violations, kafka: \.violations) }
    public var properties: [SafetyProperty] { read(raft: \.properties, kafka: \.properties) }
    public var undisputedLeader: NodeID? { read(raft: \.undisputedLeader, kafka: \.undisputedLeader) }
    public var currentLeader: NodeID? { read(raft: \.currentLeader, kafka: \.currentLeader) }
    public var anyLeaderUp: Bool { read(raft: \.anyLeaderUp, kafka: \.anyLeaderUp) }
    public var leadersUp: [NodeID] { read(raft: \.leadersUp, kafka: \.leadersUp) }
    /// Whether recorded events are kept (`World.recording`).
    public var hasEvents: Bool { read(raft: { !$0.events.isEmpty }, kafka: { !$0.events.isEmpty }) }

    public func role(of id: NodeID) -> Role? { read(raft: { $0.role(of: id) }, kafka: { $0.role(of: id) }) }
    /// Raft's term or Kafka's leader epoch of a node.
    public func term(of id: NodeID) -> Int { read(raft: { $0.engine.term(of: id) }, kafka: { $0.engine.term(of: id) }) }
    /// Raft's commit index or Kafka's HW of a node (offset o is index o+1: they are equal).
    public func commitIndex(of id: NodeID) -> Int {
        read(raft: { $0.engine.commitIndex(of: id) }, kafka: { $0.engine.commitIndex(of: id) })
    }
    public func logTerms(of id: NodeID) -> [Int] { read(raft: { $0.logTerms(of: id) }, kafka: { $0.logTerms(of: id) }) }
    public func isCommitted(value: String) -> Bool {
        read(raft: { $0.isCommitted(value: value) }, kafka: { $0.isCommitted(value: value) })
    }
    public func ignored(_ command: ClusterCommand) -> IgnoredCommand? {
        read(raft: { w in command.raft.flatMap(w.ignored) }, kafka: { w in command.kafka.flatMap(w.ignored) })
    }

    public var recording: Bool {
        get { read(raft: \.recording, kafka: \.recording) }
        set { mutate(raft: { $0.recording = newValue }, kafka: { $0.recording = newValue }) }
    }
    public var journaling: Bool {
        get { read(raft: \.journaling, kafka: \.journaling) }
        set { mutate(raft: { $0.journaling = newValue }, kafka: { $0.journaling = newValue }) }
    }
    public var limits: RunLimits {
        get { read(raft: \.limits, kafka: \.limits) }
        set { mutate(raft: { $0.limits = newValue }, kafka: { $0.limits = newValue }) }
    }

    public mutating func run(for ms: Int) { mutate(raft: { $0.run(for: ms) }, kafka: { $0.run(for: ms) }) }
    @discardableResult
    public mutating func step() -> Bool { mutate(raft: { $0.step() }, kafka: { $0.step() }) }
    public mutating func replay(to mark: WorldMark) { mutate(raft: { $0.replay(to: mark) }, kafka: { $0.replay(to: mark) }) }
    public mutating func keepNewestEvents(_ count: Int) {
        mutate(raft: { $0.keepNewestEvents(count) }, kafka: { $0.keepNewestEvents(count) })
    }

    /// Runs until `condition` holds, checked first and after each event, within `limit` ms
    /// (`World.wait`); the condition sees the world as a `ClusterWorld`.
    public mutating func wait(limit: Int, until condition: (ClusterWorld) -> Bool) -> Bool {
        mutate(raft: { $0.wait(limit: limit) { condition(.raft($0)) } },
               kafka: { $0.wait(limit: limit) { condition(.kafka($0)) } })
    }

    /// Does `command` now; a settings change meant for the other engine is refused (`false`),
    /// which a loaded scenario never asks (its `configure` is checked against its mode).
    @discardableResult
    public mutating func apply(_ command: ClusterCommand) -> Bool {
        mutate(raft: { w in command.raft.map { w.apply($0) } != nil },
               kafka: { w in command.kafka.map { w.apply($0) } != nil })
    }

    /// Removes and returns the events recorded since the last call.
    public mutating func takeEvents() -> [ClusterEvent] {
        mutate(raft: { $0.takeEvents().map(ClusterEvent.raft) }, kafka: { $0.takeEvents().map(ClusterEvent.kafka) })
    }

    /// Removes and returns the commands applied since the last call (while `journaling`).
    public mutating func takeApplied() -> [Applied] {
        mutate(raft: { $0.takeApplied().map { Applied(at: $0.at, command: $0.command.cluster) } },
               kafka: { $0.takeApplied().map { Applied(at: $0.at, command: $0.command.cluster) } })
    }
}

extension ClusterWorld {
    /// Write id -> value ("" for none).
    public var values: [String] { read(raft: \.values, kafka: \.values) }
}

extension ClusterWorld {
    /// A command as `apply` received it, with where the world was (`World.Applied`).
    public struct Applied: Sendable {
        public var at: WorldMark
        public var command: ClusterCommand
    }
}

extension ClusterWorld {
    /// Handles events until `events` have been handled (`World.replay(toEvents:)`).
    public mutating func replay(toEvents events: Int) {
        mutate(raft: { $0.replay(toEvents: events) }, kafka: { $0.replay(toEvents: events) })
    }

    /// How many events are recorded and not yet taken.
    public var recordedCount: Int { read(raft: \.events.count, kafka: \.events.count) }

    /// The recorded events from the `first`-th on (not taken).
    public func recorded(from first: Int) -> [ClusterEvent] {
        read(raft: { $0.events.dropFirst(first).map(ClusterEvent.raft) },
             kafka: { $0.events.dropFirst(first).map(ClusterEvent.kafka) })
    }
}
