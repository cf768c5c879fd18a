import DequeModule
import Replication

/// A message between the client (or the consumer) and a node.
public enum ClientMessage: Sendable, Equatable {
    case write(Int)
    /// A node's answer: `ack` for an acknowledged write, else a redirect naming the leader it knows.
    case answer(write: Int, ack: Bool, leader: NodeID?)
    /// A leader's error answer: the write ends there (`WriteError`).
    case refused(write: Int)
    case consume(position: Int)
    case consumeAnswer(position: Int, count: Int, through: Int)
    case read(Int)
    /// A node's answer to a read: answered (`index`), refused, or a redirect naming the leader it knows.
    case readAnswer(read: Int, outcome: ReadAnswer)
}

/// How a node answered a client read.
public enum ReadAnswer: Sendable, Equatable {
    case value(index: Int)
    case redirect(leader: NodeID?)
    case refused
}

/// One client read and what became of it (raft-extensions.md, "Reads").
public struct ClientRead: Sendable, Equatable {
    public var id: Int
    public var mode: ReadMode
    /// The node last tried, and every node tried so far (each at most once).
    public var target: NodeID
    public var tried = NodeSet()
    /// The highest index of a write acknowledged (acks all) before the read was sent: an
    /// answer below it is stale.
    public var required: Int
    /// Answered (counted in `ok`) or refused: the read is over.
    public var done = false
    var timerGeneration = 0
}

public struct ClientEnvelope: Sendable, Equatable {
    public var deliverAt: Int
    public var seq: Int
    public var node: NodeID
    public var message: ClientMessage
    /// Writes of one `count: N` share a burst number: they arrive as one group.
    public var burst: Int? = nil
}

/// One client write and what became of it (scenario format, "Clients").
public struct ClientWrite: Sendable, Equatable {
    public var id: Int
    public var acks: Acks
    /// The node last tried.
    public var target: NodeID
    public var acked = false
    public var answered = false
    public var lost = false
    /// Answered with an error (kafka-mode.md, "Writes": it ends there, never acknowledged).
    public var refused = false
    /// Term of the leader that acknowledged it (acks 1, all) or of the node it reached (acks 0).
    public var stamp: Int? = nil
    var timerGeneration = 0
}

/// The clients' side of the world: writes, their answers and retries, and the consumer.
public struct Clients: Sendable {
    /// The node the clients believe leads (at first the first node).
    public internal(set) var believedLeader: NodeID = 0
    /// Client writes by id: nil for ids that are not a client's (0, initial values, entries
    /// proposed straight to a leader); it ends at the last client write.
    public internal(set) var writes: [ClientWrite?] = []
    public internal(set) var toNode: [Deque<ClientEnvelope>]
    public internal(set) var fromNode: [Deque<ClientEnvelope>]
    var lastDelivery: [Int]
    /// Retry timers of writes and reads (`read`), in deadline order (every deadline is now + 500).
    var timers: Deque<(deadline: Int, seq: Int, write: Int, generation: Int, read: Bool)> = []
    /// Client reads by id, from 0.
    public internal(set) var reads: [ClientRead] = []
    /// Reads answered (stale or not), answered stale, and refused or given up on.
    public internal(set) var readsOK = 0
    public internal(set) var readsStale = 0
    public internal(set) var readsRefused = 0
    /// The highest index at which a write was acknowledged with acks all, so far.
    public internal(set) var ackedAllThrough = 0
    /// Per node: writes a leader holds during a leadership transfer (thesis 3.10).
    var held: [[Int]]
    var anyHeld = false
    public internal(set) var acked = 0
    public internal(set) var lost = 0
    /// Writes answered with each error so far (kafka-mode.md, the `errors` condition).
    public internal(set) var errors: [WriteError: Int] = [:]
    /// Acknowledged writes not yet lost, checked against each new leader.
    var pending: [Int] = []
    /// Per node: log index -> writes waiting there for commit (acks all).
    var waiters: [[Int: [Int]]]
    public internal(set) var consumerPosition = 0
    public internal(set) var consumed = 0

    public static let retryAfter = 500

    init(size: Int) {
        toNode = Array(repeating: Deque(), count: size)
        fromNode = Array(repeating: Deque(), count: size)
        lastDelivery = Array(repeating: 0, count: 2 * size)
        waiters = Array(repeating: [:], count: size)
        held = Array(repeating: [], count: size)
    }

    mutating func add(_ write: ClientWrite) {
        if writes.count <= write.id { writes.append(contentsOf: repeatElement(nil, count: write.id + 1 - writes.count)) }
        writes[write.id] = write
    }

    mutating func enqueue(_ message: ClientMessage, node: NodeID, toNode direction: Bool,
                          at now: Int, latency: Int, seq: Int, burst: Int? = nil) {
        let link = direction ? node : toNode.count + node
        // At least 1 ms: at latency 0 a client redirected with no leader known would go round the nodes forever within one instant.
        let at = max(now + max(1, latency), lastDelivery[link])
        lastDelivery[link] = at
        let envelope = ClientEnvelope(deliverAt: at, seq: seq, node: node, message: message, burst: burst)
        if direction { toNode[node].append(envelope) } else { fromNode[node].append(envelope) }
    }

    /// Client messages on their way (not counted in `in_flight`).
    public var inFlight: Int { toNode.reduce(0) { $0 + $1.count } + fromNode.reduce(0) { $0 + $1.count } }
}
