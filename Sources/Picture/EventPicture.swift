/// One event as the screen shows it: its line in every language, the rules behind it, and
/// what the space-time diagram and the styles need to know of it.
public struct EventPicture: Sendable, Equatable {
    public var time: Int
    /// The whole line, ending with its rules' tags.
    public var text: Phrase
    /// The rules behind it, with what each means.
    public var rules: [RulePicture]
    public var kind: Kind
    /// Shown in the events pane (a transcript without `--verbose` shows it too).
    public var main: Bool

    public init(time: Int, text: Phrase, rules: [RulePicture] = [], kind: Kind = .other, main: Bool = true) {
        self.time = time
        self.text = text
        self.rules = rules
        self.kind = kind
        self.main = main
    }

    public enum Kind: Sendable, Equatable {
        case crashed(NodeID)
        case restarted(NodeID)
        /// An election timer fired (`pre`: a pre-vote).
        case stood(NodeID, pre: Bool)
        case leads(NodeID)
        /// A message reached its node.
        case delivered(Link, sentAt: Int, look: MessageLook)
        case violation
        case lostWrite
        case other
    }
}

/// A rule cited by a line: its tag ("5.4.1") and what it says.
public struct RulePicture: Sendable, Equatable {
    /// The tag in the learner's language ("Figure 8" / "그림 8"; a broken rule in words).
    public var tag: Phrase
    public var meaning: Phrase?
    public init(tag: Phrase, meaning: Phrase?) {
        self.tag = tag
        self.meaning = meaning
    }
}

/// The safety monitor: the properties it checks and what it found broken.
public struct MonitorPicture: Sendable, Equatable {
    public var properties: [Phrase]
    public var violations: [ViolationPicture]
    public init(properties: [Phrase] = [], violations: [ViolationPicture] = []) {
        self.properties = properties
        self.violations = violations
    }
}

/// One broken property: when, and what broke where, in words.
public struct ViolationPicture: Sendable, Equatable {
    public var time: Int
    /// The whole line, as the events pane shows it.
    public var text: Phrase
    /// The broken property's name, what it guarantees in one sentence (Figure 3), and what
    /// broke where: the safety banner's words.
    public var property: Phrase
    public var guarantee: Phrase
    public var detail: Phrase
    public init(time: Int, text: Phrase, property: Phrase? = nil, guarantee: Phrase? = nil, detail: Phrase? = nil) {
        self.time = time
        self.text = text
        self.property = property ?? text
        self.guarantee = guarantee ?? Phrase("")
        self.detail = detail ?? Phrase("")
    }
}

/// The clients and the consumer.
public struct ClientsPicture: Sendable, Equatable {
    /// The default acks mode ("0", "1", "all").
    public var acks: String
    public var believedLeader: NodeID?
    public var acked: Int
    public var lost: Int
    /// The consumer's read position (a log index) and how many entries it read.
    public var consumerPosition: Int
    public var consumed: Int
    /// How many writes the client still waits on (sent, not yet answered), and the first of
    /// them, oldest first (at most `WaitingWrite.shown`).
    public var waitingCount: Int
    public var waiting: [WaitingWrite]
    /// Writes a leader answered with each error (Kafka's NOT_ENOUGH_REPLICAS and
    /// NOT_ENOUGH_REPLICAS_AFTER_APPEND); empty under Raft, which never refuses.
    public var refused: [WriteError: Int] = [:]
    /// Client reads (raft-extensions.md, "Reads"); nil before the first.
    public var reads: ReadsPicture? = nil
    /// A real cluster's client in its own words (issue 14: puts and reads, no acks mode),
    /// shown instead of the acks mode and the counts.
    public var summary: [Phrase]? = nil
    public init(acks: String = "all", believedLeader: NodeID? = nil, acked: Int = 0, lost: Int = 0,
                consumerPosition: Int = 0, consumed: Int = 0, waitingCount: Int = 0, waiting: [WaitingWrite] = []) {
        self.acks = acks
        self.believedLeader = believedLeader
        self.acked = acked
        self.lost = lost
        self.consumerPosition = consumerPosition
        self.consumed = consumed
        self.waitingCount = waitingCount
        self.waiting = waiting
    }
}

/// Client reads so far: answered (stale ones among them), refused, and those still waiting.
public struct ReadsPicture: Sendable, Equatable {
    public var ok: Int
    public var stale: Int
    public var refused: Int
    /// Reads still waiting ("read 2"), with the node each last went to, oldest first.
    public var waiting: [WaitingWrite]
    public init(ok: Int, stale: Int, refused: Int, waiting: [WaitingWrite]) {
        self.ok = ok
        self.stale = stale
        self.refused = refused
        self.waiting = waiting
    }
}

/// A write the client has sent and waits to hear about: its value and the node it last tried.
public struct WaitingWrite: Sendable, Equatable {
    /// The most a picture lists (the client's box shows fewer).
    public static let shown = 20
    public var value: String
    public var target: NodeID
    public init(value: String, target: NodeID) {
        self.value = value
        self.target = target
    }
}

/// Timings the screen scales by, and the rows of the options panel (`o`).
public struct SettingsPicture: Sendable, Equatable {
    public var heartbeat: Int
    public var latency: ClosedRange<Int>
    public var options: [OptionPicture]
    /// What the engine's message labels mean ("RV RequestVote"), most useful first.
    public var legend: [Phrase]
    /// The same labels for the legend (`l`): each with what it means and the rules behind it.
    public var marks: [MarkPicture]
    /// The marks of the engine's own cards and log rows for the legend (`l`); empty: the
    /// screen's own (Raft's).
    public var nodeMarks: [MarkPicture] = []
    /// The engine's words for the client's marks, a partition's groups and the diagram's marks,
    /// where the screen's own (Raft's) would be false; empty or nil: the screen's own.
    public var clientMarks: [MarkPicture] = []
    public var groupsMark: MarkPicture? = nil
    public var diagramMarks: [MarkPicture] = []
    /// How the engine writes the tags of its marks' rules in each language ("Kafka: 복제"); a
    /// rule not here is written as `Citation.shownTag` says.
    public var ruleTags: [Citation: Phrase] = [:]
    public init(heartbeat: Int = 50, latency: ClosedRange<Int> = 10...20, options: [OptionPicture] = [],
                legend: [Phrase] = [], marks: [MarkPicture] = []) {
        self.heartbeat = heartbeat
        self.latency = latency
        self.options = options
        self.legend = legend
        self.marks = marks
    }
}

/// One mark the legend (`l`) explains: the mark as drawn, what it means and where it
/// matters, and the rules behind it.
public struct MarkPicture: Sendable, Equatable {
    public var mark: Phrase
    public var meaning: Phrase
    public var rules: [Citation]
    public init(_ mark: Phrase, _ meaning: Phrase, rules: [Citation] = []) {
        self.mark = mark
        self.meaning = meaning
        self.rules = rules
    }
}

/// One row of the options panel: what it sets, named in words, and its value now. Its id goes
/// back to the runtime with `Action.option`.
public struct OptionPicture: Sendable, Equatable {
    public var id: String
    public var label: Phrase
    public var value: Phrase
    /// A deliberately broken rule (drawn as a warning).
    public var unsafe: Bool
    public init(id: String, label: Phrase, value: Phrase, unsafe: Bool = false) {
        self.id = id
        self.label = label
        self.value = value
        self.unsafe = unsafe
    }
}
