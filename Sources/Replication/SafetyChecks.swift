/// A safety property a monitor checks, by the name the scenario format gives it
/// (`election_safety`, ...). Each engine declares its own (`SafetyChecks.properties`).
public struct SafetyProperty: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A broken property: the node (and another one involved), the term and index where it broke.
public struct SafetyViolation: Sendable, Equatable {
    public var property: SafetyProperty
    public var time: Int
    public var node: NodeID
    public var other: NodeID?
    public var term: Int
    public var index: Int

    public init(property: SafetyProperty, time: Int, node: NodeID, other: NodeID? = nil, term: Int, index: Int) {
        self.property = property
        self.time = time
        self.node = node
        self.other = other
        self.term = term
        self.index = index
    }
}

/// An engine's safety checks, fed with every note its nodes produce (incrementally: a run
/// stays linear). The world's monitor stamps findings with the time and reports each
/// property once.
public protocol SafetyChecks: Sendable {
    associatedtype Engine: ReplicationEngine
    /// The properties checked, in the order they are listed (scenario format, `violated`).
    static var properties: [SafetyProperty] { get }
    /// Starts from the engine's initial state.
    init(_ engine: Engine)
    /// Checks what `node` did in one step, as its notes tell it (the engine as it is after the
    /// step, for the content of what the notes name); `found` is called with each property broken.
    mutating func observe(_ node: NodeID, _ notes: [Engine.Note], in engine: Engine, found: (Finding) -> Void)
    /// A consumer is handed `node`'s records through `index` (1-based; Kafka's
    /// `consumer_visibility` needs the world's consumer). Default: nothing to check (Raft).
    mutating func consumerReads(from node: NodeID, through index: Int, in engine: Engine, found: (Finding) -> Void)
}

extension SafetyChecks {
    public mutating func consumerReads(from node: NodeID, through index: Int, in engine: Engine,
                                       found: (Finding) -> Void) {}
}

/// What a check found, before the monitor stamps it with the time.
public struct Finding: Sendable, Equatable {
    public var property: SafetyProperty
    public var node: NodeID
    public var other: NodeID?
    public var term: Int
    public var index: Int

    public init(_ property: SafetyProperty, node: NodeID, other: NodeID? = nil, term: Int, index: Int) {
        self.property = property
        self.node = node
        self.other = other
        self.term = term
        self.index = index
    }
}
