/// What the controller or a replica tells the outside, one thing at a time: each decision
/// (with the rule that made it) and each change of role, epoch, log, HW and ISR. One call
/// into the engine may make several nodes act (an election), so every note names who acted.
public struct Note: EngineNote {
    /// The replica that acted; nil: the controller.
    public var node: NodeID?
    public var event: Event

    public init(_ node: NodeID?, _ event: Event) {
        self.node = node
        self.event = event
    }

    public var level: NoteLevel { event.level }

    /// Why a follower truncated (kafka-mode.md, "Becoming follower and truncation").
    public enum Truncation: Sendable, Equatable {
        /// To the leader's answer to OffsetsForLeaderEpoch (KIP-101, KIP-279).
        case leaderEpoch
        /// To its own HW, without leader epochs (before KIP-101).
        case ownHW
        /// To the leader's LEO after OFFSET_OUT_OF_RANGE.
        case outOfRange
    }

    public enum Event: Sendable, Equatable {
        // MARK: The controller

        /// `session_timeout` after its crash, the node is still down: it leaves the ISR
        /// unless it is the only member (`leftISR` false).
        case noticesCrash(of: NodeID, leftISR: Bool, isr: NodeSet)
        /// An election: `leader` leads `epoch` (+1 each time); `unclean` when no ISR member was
        /// up and the ISR became the leader alone [Design "Unclean leader election"].
        case elects(leader: NodeID, epoch: Int, isr: NodeSet, unclean: Bool)
        /// No ISR member is up (and unclean election is off): the partition is offline.
        case offline(isr: NodeSet)

        // MARK: Roles

        /// Becomes leader of `epoch` (`resumed`: after a crash the controller never noticed);
        /// its epoch start offset is its LEO [Partition `makeLeader`].
        case becomesLeader(epoch: Int, epochStart: Int, resumed: Bool)
        /// Becomes follower of `leader` in `epoch` (nil: no leader, it waits).
        case follows(leader: NodeID?, epoch: Int)

        // MARK: A follower

        /// Removes the records from `offset` on (`count` of them); its HW is now `hw`.
        case truncates(to: Int, count: Int, hw: Int, reason: Truncation)
        /// Appends the `count` records of a Fetch answer at `offset`.
        case takesRecords(offset: Int, count: Int, from: NodeID)
        /// Raises its HW to `hw` from the leader's answer, one fetch after the leader.
        case learnsHW(hw: Int, from: NodeID)
        /// Its request went unanswered for `fetch_timeout`: sent again.
        case resends(Message.Kind)
        /// An answer to a request other than its outstanding one, ignored.
        case ignoresAnswer(from: NodeID, request: Int)

        // MARK: The leader

        /// Appends a client write (the epoch is its own: a leader never truncates).
        case appends(offset: Int, epoch: Int, write: Int)
        /// Already holds the write: not appended again (the idempotent producer).
        case holdsWrite(write: Int, offset: Int)
        /// A Fetch at `offset` from `peer`: its LEO now; its last caught-up time is `caughtUp`
        /// [`Replica.updateFetchState`].
        case fetchArrives(from: NodeID, offset: Int, caughtUp: Int)
        /// The Fetch asked past the leader's LEO: answered OFFSET_OUT_OF_RANGE.
        case outOfRange(peer: NodeID, offset: Int, leo: Int)
        /// `peer` joins the ISR [Partition `isFollowerInSync`].
        case expandsISR(peer: NodeID, isr: NodeSet)
        /// The isr-expiration check removes lagging followers [Partition `isFollowerOutOfSync`].
        case shrinksISR(removed: NodeSet, isr: NodeSet)
        /// The HW rises to the least LEO in the ISR [Partition `maybeIncrementLeaderHW`];
        /// `belowMin` when the ISR is below `min_insync_replicas` (acks all writes committed
        /// now get NOT_ENOUGH_REPLICAS_AFTER_APPEND).
        case advancesHW(hw: Int, isr: NodeSet, belowMin: Bool)
        /// Nothing at `offset` for `peer` yet: the Fetch waits until the next append or `until`.
        case holdsFetch(peer: NodeID, offset: Int, until: Int)
        /// Answers a Fetch from `peer` at `offset` with `count` records and its HW.
        case answersFetch(peer: NodeID, offset: Int, count: Int, hw: Int)
        /// A newer Fetch from `peer` replaces the held one, which is never answered.
        case replacesHeldFetch(peer: NodeID)
        /// Answers OffsetsForLeaderEpoch: the logs first differ in epoch at `offset`.
        case answersEpoch(peer: NodeID, lastEpoch: Int, offset: Int)
        /// A request for `epoch` reaching a node that is not its leader: dropped.
        case dropsRequest(from: NodeID, epoch: Int)

        // MARK: Silent facts

        /// The node's role (nil: down) and the leader epoch it knows, after a change of either.
        case state(role: Role?, epoch: Int)

        public var level: NoteLevel {
            switch self {
            case .state: return .silent
            case .takesRecords(_, let count, _): return count == 0 ? .detail : .main
            case .fetchArrives, .answersFetch, .holdsFetch, .learnsHW, .ignoresAnswer, .dropsRequest,
                 .replacesHeldFetch:
                return .detail
            default: return .main
            }
        }
    }
}
