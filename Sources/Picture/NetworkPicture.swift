/// One way of a link: whether a partition or a cut blocks it, and whether it is slow.
public struct LinkPicture: Sendable, Equatable {
    public var link: Link
    /// A partition separates its two ends (both ways).
    public var partitioned: Bool
    /// A one-way cut drops messages this way.
    public var cut: Bool
    /// One of its ends is slowed.
    public var slow: Bool
    /// Bytes per second a real cluster's relay carried this way lately (nil: not measured).
    public var bytesPerSecond: Int? = nil
    public init(link: Link, partitioned: Bool = false, cut: Bool = false, slow: Bool = false) {
        self.link = link
        self.partitioned = partitioned
        self.cut = cut
        self.slow = slow
    }
}

/// A message in flight, as the screen draws and explains it.
public struct MessagePicture: Sendable, Equatable {
    public var link: Link
    public var sentAt: Int
    public var deliverAt: Int
    public var look: MessageLook
    /// Its place on its link: 0 for the oldest (the one `x` drops).
    public var position: Int
    /// Everything `e` says about it (only for the oldest on its link).
    public var explain: MessageExplain?

    public init(link: Link, sentAt: Int, deliverAt: Int, look: MessageLook, position: Int, explain: MessageExplain? = nil) {
        self.link = link
        self.sentAt = sentAt
        self.deliverAt = deliverAt
        self.look = look
        self.position = position
        self.explain = explain
    }

    /// How far it has come at `now`: 0 at sending, 1 at arrival.
    public func progress(now: Int) -> Double {
        let span = deliverAt - sentAt
        guard span > 0 else { return 1 }
        return min(1, max(0, Double(now - sentAt) / Double(span)))
    }
}

/// A message's short label ("AE3", "RV", "✓") and what its colour repeats.
public struct MessageLook: Sendable, Equatable {
    public var label: Phrase
    public var tone: Tone
    public init(label: Phrase, tone: Tone) {
        self.label = label
        self.tone = tone
    }

    /// Requests by their purpose, answers by their outcome.
    public enum Tone: Sendable, Equatable { case vote, append, good, bad }
}

/// A message in words: its line, its fields one per row, and the rule it obeys.
public struct MessageExplain: Sendable, Equatable {
    public var line: Phrase
    public var fields: [Field]
    public var rule: Phrase
    public init(line: Phrase, fields: [Field], rule: Phrase) {
        self.line = line
        self.fields = fields
        self.rule = rule
    }

    public struct Field: Sendable, Equatable {
        public var label: Phrase
        public var value: Phrase
        public init(_ label: Phrase, _ value: Phrase) {
            self.label = label
            self.value = value
        }
    }
}
