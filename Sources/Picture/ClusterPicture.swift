/// One immutable view of a cluster, published once per frame (architecture.md, "the cluster
/// picture"): everything the screen draws, already in plain values, with no engine in it.
/// The simulator fills it today; a real etcd cluster can fill it too, leaving out what it
/// does not measure (`Measured`).
public struct ClusterPicture: Sendable {
    /// Simulated time in ms, or the wall time since the source started.
    public var now: Int
    public var run: RunPicture
    /// What this source measures; the screen says so where it leaves something out.
    public var measured: Measured
    public var nodes: [NodePicture]
    /// Every link between two nodes, one way (`Link`), in `links[from * n + to]` order.
    public var links: [LinkPicture]
    /// Messages in flight, oldest first on each link.
    public var messages: [MessagePicture]
    public var clients: ClientsPicture
    public var settings: SettingsPicture
    public var monitor: MonitorPicture
    /// The most recent events up to `now`, oldest first.
    public var events: [EventPicture]
    /// Facts of the whole cluster that belong to one engine or source (a Kafka controller's
    /// ISR, an etcd cluster's version), shown as labelled values.
    public var facts: [Fact]
    /// Kafka's controller, with the ISR it holds (nil: no controller, as in Raft).
    public var controller: ControllerPicture? = nil
    /// The throughput meter: one line per setting measured, oldest first (empty: not shown).
    public var throughput: [ThroughputPicture] = []
    /// What the lesson interpreter reports, when a lesson runs.
    public var lesson: LessonReport?
    /// A real cluster's own facts (a live etcd cluster, issue 14); nil for the simulator.
    public var real: RealClusterPicture? = nil

    public init(now: Int = 0, run: RunPicture = RunPicture(), measured: Measured = .everything,
                nodes: [NodePicture] = [], links: [LinkPicture] = [], messages: [MessagePicture] = [],
                clients: ClientsPicture = ClientsPicture(), settings: SettingsPicture = SettingsPicture(),
                monitor: MonitorPicture = MonitorPicture(), events: [EventPicture] = [], facts: [Fact] = [],
                lesson: LessonReport? = nil) {
        self.now = now
        self.run = run
        self.measured = measured
        self.nodes = nodes
        self.links = links
        self.messages = messages
        self.clients = clients
        self.settings = settings
        self.monitor = monitor
        self.events = events
        self.facts = facts
        self.lesson = lesson
    }

    public var nodeCount: Int { nodes.count }

    /// The picture of the link from `a` to `b`.
    public func link(_ a: NodeID, _ b: NodeID) -> LinkPicture { links[a * nodes.count + b] }

    /// The node's name; an id outside the cluster reads "#7".
    public func name(_ id: NodeID) -> String { nodes.indices.contains(id) ? nodes[id].name : "#\(id)" }

    /// The messages in flight on one link, oldest first.
    public func messages(on link: Link) -> [MessagePicture] { messages.filter { $0.link == link } }

    /// The longest log, in entries.
    public var longestLog: Int { nodes.map(\.log.count).max() ?? 0 }

    /// Whether the nodes follow different configurations (thesis 4.1: each its latest).
    public var configurationsDiffer: Bool { Set(nodes.compactMap(\.voters)).count > 1 }

    /// The configuration of the up leader of the highest term, else the one most nodes follow;
    /// nil where membership does not change.
    public var configuration: [NodeID]? {
        if let leader = nodes.filter({ $0.role == .leader }).max(by: { $0.term < $1.term }) { return leader.voters }
        let all = nodes.compactMap(\.voters)
        return all.max { a, b in all.filter { $0 == a }.count < all.filter { $0 == b }.count }
    }

    /// Whether `node` is a member of `configuration` (true where membership does not change).
    public func isMember(_ node: NodeID) -> Bool { configuration?.contains(node) ?? true }
}

/// How the world runs: paused or not, how fast, and whether the view shows the past.
public struct RunPicture: Sendable, Equatable {
    public var paused: Bool
    /// Simulated ms per wall-clock ms.
    public var speed: Double
    /// Viewing a checkpoint in the past (`[`), not the live state.
    public var inPast: Bool
    /// Seed of the world's random source (nil for a real cluster).
    public var seed: UInt64?
    /// The speed reached while the world cannot keep up with `speed` (its work per frame is
    /// bounded); nil while it keeps up.
    public var reached: Double?
    /// The time of the oldest event kept, when older ones were let go (only the most recent are
    /// kept); nil while every event is kept.
    public var eventsKeptFrom: Int? = nil
    /// In a lesson's quiet stretch, how many times faster than `speed` the world runs (shown as
    /// "⏩ ×8"); 1 at the learner's own speed.
    public var boost: Int = 1

    public init(paused: Bool = false, speed: Double = 0.02, inPast: Bool = false, seed: UInt64? = 1, reached: Double? = nil) {
        self.paused = paused
        self.speed = speed
        self.inPast = inPast
        self.seed = seed
        self.reached = reached
    }
}

/// A real cluster (issue 14): what runs, its timers as configured, how often raftlab asks
/// each member, and whether raftlab started it (faults possible) or attached to it.
public struct RealClusterPicture: Sendable, Equatable {
    /// "etcd 3.4.23".
    public var title: String
    public var heartbeatMs: Int
    /// The configured election timeout; etcd draws each follower's between it and twice it.
    public var electionMs: Int
    public var pollMs: Int
    public var attached: Bool

    public init(title: String, heartbeatMs: Int, electionMs: Int, pollMs: Int, attached: Bool) {
        self.title = title
        self.heartbeatMs = heartbeatMs
        self.electionMs = electionMs
        self.pollMs = pollMs
        self.attached = attached
    }
}

/// Which facts a source measures. The simulator knows everything; a real etcd cluster shows
/// no messages in flight, no timers and no per-entry terms.
public struct Measured: OptionSet, Sendable, Equatable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let messages = Measured(rawValue: 1)
    public static let timers = Measured(rawValue: 2)
    public static let entryTerms = Measured(rawValue: 4)
    public static let everything: Measured = [.messages, .timers, .entryTerms]
}

/// A labelled value one engine or source adds (Kafka: "LEO 5"; etcd: "raftAppliedIndex 9").
public struct Fact: Sendable, Equatable {
    public var label: Phrase
    public var value: String
    public init(_ label: Phrase, _ value: String) {
        self.label = label
        self.value = value
    }
}
