/// What the world needs of a replication engine (architecture.md, "the engine interface"): a
/// group of nodes that it steps with messages, timers, proposals and commands. Every step
/// fills an outbox: the messages to send and the notes of everything that happened, which
/// are the whole truth for the world, its clients, its monitor and its text. The queries
/// read the current state (for conditions and the cluster picture); nothing outside compares
/// them before and after a step. Time and the seeded generator come in from outside.
public protocol ReplicationEngine: Sendable {
    associatedtype Message: EngineMessage
    associatedtype Note: EngineNote
    /// The rules and timings the nodes follow.
    associatedtype Settings: Sendable & Equatable
    /// What a `configure` step changes in them (nil fields keep their value).
    associatedtype SettingsChange: Sendable & Equatable
    /// The safety properties this engine's monitor checks, and how.
    associatedtype Checks: SafetyChecks where Checks.Engine == Self
    typealias Box = Outbox<Message, Note>

    /// Nodes that exist (members or not), `0..<size`.
    var size: Int { get }
    var settings: Settings { get }
    /// New rules and timings from now on (new draws use them).
    mutating func configure(_ change: SettingsChange)

    // MARK: - Queries

    func isUp(_ node: NodeID) -> Bool
    /// The role of an up node; nil when it is down.
    func role(of node: NodeID) -> Role?
    /// The node's term (Kafka: the leader epoch it knows).
    func term(of node: NodeID) -> Int
    /// The leader a node would redirect a client to, if it knows one.
    func leaderHint(at node: NodeID) -> NodeID?
    func lastIndex(of node: NodeID) -> Int
    /// The client write carried by the entry at `index` (1-based) of the node's log: 0 for an
    /// entry without one, nil past the end.
    func write(at index: Int, in node: NodeID) -> Int?
    /// The term of the entry at `index` (Kafka: the epoch of the record), nil past the end.
    func entryTerm(at index: Int, in node: NodeID) -> Int?
    /// Entries up to this index are committed as far as the node knows (Kafka: its high watermark).
    func commitIndex(of node: NodeID) -> Int
    /// When the node's next timer fires (Int.max: none).
    func deadline(of node: NodeID) -> Int
    /// Whether the node's timer fires while it is down (it carries an actor that is no node,
    /// as Kafka's controller, always up).
    func timerRunsWhileDown(_ node: NodeID) -> Bool

    // MARK: - Steps

    /// Starts every node's timers at time 0, in node order.
    mutating func start(rng: inout SplitMix64)
    /// `leader: NAME`: the node starts as leader at `now` (scenario format, `cluster.leader`).
    mutating func lead(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout Box)
    /// The node's timer due at `now` fires.
    mutating func fireTimer(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout Box)
    /// A message reaches its node (`message.to`), which is up.
    mutating func receive(_ message: Message, now: Int, rng: inout SplitMix64, out: inout Box)
    /// Client writes reach `node`: a leader appends them together and returns the index of
    /// the last; any other node returns nil (the client is redirected).
    mutating func propose(_ writes: [Int], at node: NodeID, now: Int, out: inout Box) -> Int?
    /// The same for a range of write ids (the benchmark's harness, like etcd's `Propose`).
    mutating func propose(range writes: Range<Int>, at node: NodeID, now: Int, out: inout Box) -> Int?
    /// The node stops: volatile state is lost, durable state kept.
    mutating func crash(_ node: NodeID, out: inout Box)
    /// The node comes back from its durable state.
    mutating func restart(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout Box)
    /// The node's election timer fires now (the `timeout` step).
    mutating func timeout(_ node: NodeID, now: Int, rng: inout SplitMix64, out: inout Box)
    /// Whether nodes elect themselves when a timer runs out (Raft); false where a controller
    /// picks leaders (Kafka), so `timeout` has nothing to fire. Default: true.
    static var electsByTimer: Bool { get }

    // MARK: - For engines with a controller (Kafka mode, issue 12); defaults below

    /// The node stops at `now` (Kafka's controller notices a crash `session_timeout` after
    /// it). Default: `crash(_:out:)`.
    mutating func crash(_ node: NodeID, now: Int, out: inout Box)
    /// New rules and timings from `now` on, with what they cause at once (Kafka's controller
    /// elects after every `configure` when there is no leader). Default: `configure(_:)`.
    mutating func configure(_ change: SettingsChange, now: Int, rng: inout SplitMix64, out: inout Box)
    /// The error leader `node` answers a write needing every replica (acks all) with, now:
    /// before appending it (`appended` false), or once it is committed, instead of the
    /// acknowledgement (`appended` true). Default: nil, never (Raft).
    func writeError(at node: NodeID, appended: Bool) -> WriteError?

    // MARK: - Raft past the basic algorithm (raft-extensions.md); defaults: none of it

    /// The last index the node's snapshot includes (0: none).
    func snapshotIndex(of node: NodeID) -> Int
    /// The voters the node follows now (thesis 4.1); nil where membership does not change.
    func voters(at node: NodeID) -> NodeSet?
    /// Whether leader `node` holds client writes back instead of appending them (a transfer).
    func holdsWrites(at node: NodeID) -> Bool
    /// `snapshot: NODE`: the node snapshots its applied state now (paper 7).
    mutating func snapshot(_ node: NodeID, out: inout Box)
    /// Client read `read` reaches up node `node` (thesis 6.4).
    mutating func read(_ read: Int, mode: ReadMode, at node: NodeID, now: Int, out: inout Box) -> ReadOutcome
    /// `transfer: NODE`: leader `leader` hands its role to `target` (thesis 3.10).
    mutating func transfer(to target: NodeID, at leader: NodeID, now: Int, rng: inout SplitMix64, out: inout Box)
    /// `add: NODE` / `remove: NODE` asked of leader `leader` (thesis 4.1).
    mutating func changeMembership(_ change: MembershipRequest, at leader: NodeID, now: Int, out: inout Box)
}

extension ReplicationEngine {
    /// A node's timer is its own: none fires while it is down.
    public func timerRunsWhileDown(_ node: NodeID) -> Bool { false }
    public mutating func crash(_ node: NodeID, now: Int, out: inout Box) { crash(node, out: &out) }
    public mutating func configure(_ change: SettingsChange, now: Int, rng: inout SplitMix64, out: inout Box) {
        configure(change)
    }
    public func writeError(at node: NodeID, appended: Bool) -> WriteError? { nil }
    public static var electsByTimer: Bool { true }
    public func snapshotIndex(of node: NodeID) -> Int { 0 }
    public func voters(at node: NodeID) -> NodeSet? { nil }
    public func holdsWrites(at node: NodeID) -> Bool { false }
    public mutating func snapshot(_ node: NodeID, out: inout Box) {}
    public mutating func read(_ read: Int, mode: ReadMode, at node: NodeID, now: Int, out: inout Box) -> ReadOutcome {
        .silent
    }
    public mutating func transfer(to target: NodeID, at leader: NodeID, now: Int, rng: inout SplitMix64, out: inout Box) {}
    public mutating func changeMembership(_ change: MembershipRequest, at leader: NodeID, now: Int, out: inout Box) {}
}

/// A write answered with an error: appended or not, never acknowledged (Kafka's produce
/// errors of acks all under `min.insync.replicas`).
public enum WriteError: String, Sendable, Equatable, CaseIterable {
    /// The ISR is below `min.insync.replicas`: nothing appended [Partition `appendRecordsToLeader`].
    case notEnoughReplicas = "NOT_ENOUGH_REPLICAS"
    /// Committed while the ISR was below it: appended, not acknowledged
    /// [Partition `checkEnoughReplicasReachOffset`].
    case notEnoughReplicasAfterAppend = "NOT_ENOUGH_REPLICAS_AFTER_APPEND"
}

/// A message between two nodes.
public protocol EngineMessage: Sendable, Equatable {
    var from: NodeID { get }
    var to: NodeID { get }
    /// Requests are always answered; a crash drops answers without a word in transcripts.
    var isRequest: Bool { get }
}

/// What a node tells the outside about one thing it did.
public protocol EngineNote: Sendable, Equatable {
    /// Who reads it: transcripts (main), `--verbose` (detail), or only the machinery (silent).
    var level: NoteLevel { get }
}

/// How much a note matters to a reader of a transcript.
public enum NoteLevel: Sendable, Equatable {
    case main, detail
    /// Never a line of text: a fact for the monitor and the clients (a new role, stored entries).
    case silent
}

/// What the world's clients learn from a step: who leads, and how far a leader has committed.
public enum Change: Sendable, Equatable {
    /// The node leads from now on, in `term`.
    case leads(term: Int)
    /// The node is no leader (any more).
    case follows
    /// The node, as leader, has committed every entry through `index`.
    case commits(through: Int)
    /// The node answers client read `read` with `index`, the highest index it had applied.
    case answersRead(read: Int, index: Int)
}

/// A change at a named node: one call into an engine with a controller changes several nodes
/// (Kafka's controller elects one and makes the others its followers).
public struct NodeChange: Sendable, Equatable {
    public var node: NodeID
    public var change: Change
    public init(_ node: NodeID, _ change: Change) {
        self.node = node
        self.change = change
    }
}

/// What one call into an engine produced. The caller delivers the messages and empties it
/// (etcd-io/raft's `Ready`).
public struct Outbox<Message: Sendable, Note: Sendable>: Sendable {
    public var messages: [Message] = []
    /// Everything that happened, in order: for the text, the monitor and the diagram.
    public var notes: [Note] = []
    /// The same changes of leadership and commit that the notes tell, in the world's own
    /// vocabulary (plain values, cheap to read on every step).
    public var changes: [Change] = []
    /// Changes with the node they happened at, for an engine whose one call changes several
    /// nodes (Kafka fills only these, Raft never); read each as a `changes` entry of its node.
    public var nodeChanges: [NodeChange] = []
    /// The node's timer was set again (the world orders timers that fire at one time by when
    /// they were set).
    public var timerReset = false
    public init() {}
    public mutating func clear() {
        if !messages.isEmpty { messages.removeAll(keepingCapacity: true) }
        if !notes.isEmpty { notes.removeAll(keepingCapacity: true) }
        if !changes.isEmpty { changes.removeAll(keepingCapacity: true) }
        if !nodeChanges.isEmpty { nodeChanges.removeAll(keepingCapacity: true) }
        timerReset = false
    }
}
