/// A message between two replicas: a follower's request and the leader's answer (kafka-mode.md,
/// "Fetching"). Replication is pull: only followers ask.
public struct Message: EngineMessage {
    public var from: NodeID
    public var to: NodeID
    /// The leader epoch the sender knows: a request reaching a node that is not leader of
    /// this epoch is dropped.
    public var epoch: Int
    /// The follower's number for the request, echoed by its answer: a follower takes only the
    /// answer to its one outstanding request (Kafka's correlation id).
    public var request: Int
    public var body: Body

    public init(from: NodeID, to: NodeID, epoch: Int, request: Int, body: Body) {
        self.from = from
        self.to = to
        self.epoch = epoch
        self.request = request
        self.body = body
    }

    public enum Body: Sendable, Equatable {
        /// Fetch{offset, epoch}: the follower's LEO, which is also its acknowledgement
        /// [`Replica.updateFetchState`].
        case fetch(offset: Int)
        /// Records from `offset` (at most `batch`) and the leader's HW when sent.
        case fetchResponse(offset: Int, records: [Record], hw: Int)
        /// OFFSET_OUT_OF_RANGE: the Fetch asked past the leader's LEO, given here.
        case offsetOutOfRange(leo: Int)
        /// OffsetsForLeaderEpoch with the epoch of the follower's last record (KIP-101); it
        /// carries the follower's epoch cache and LEO, which KIP-279's rounds would exchange.
        case offsetsForLeaderEpoch(lastEpoch: Int, epochs: [EpochStart], leo: Int)
        /// The answer: the offset the follower truncates to.
        case epochEndOffset(offset: Int)
    }

    /// The kind of message, for counting and drawing.
    public var kind: Kind {
        switch body {
        case .fetch: return .fetch
        case .fetchResponse: return .fetchResponse
        case .offsetOutOfRange: return .offsetOutOfRange
        case .offsetsForLeaderEpoch: return .offsetsForLeaderEpoch
        case .epochEndOffset: return .epochEndOffset
        }
    }

    public enum Kind: String, Sendable, CaseIterable {
        case fetch, fetchResponse, offsetOutOfRange, offsetsForLeaderEpoch, epochEndOffset
    }

    /// Fetch and OffsetsForLeaderEpoch are requests; a leader answers every Fetch it keeps
    /// (one held and then replaced is dropped).
    public var isRequest: Bool {
        switch body {
        case .fetch, .offsetsForLeaderEpoch: return true
        case .fetchResponse, .offsetOutOfRange, .epochEndOffset: return false
        }
    }
}
