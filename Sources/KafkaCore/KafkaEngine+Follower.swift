/// The follower's side (kafka-mode.md, "Becoming follower and truncation", "Fetching").
extension KafkaEngine {
    /// Becomes follower of the controller's leader (or, with none, waits): drops any
    /// outstanding request, then starts its truncation step.
    mutating func becomeFollower(_ id: NodeID, now: Int, out: inout KafkaOutbox) {
        nodes[id].role = .follower
        nodes[id].leader = controller.leader
        nodes[id].epoch = controller.epoch
        nodes[id].outstanding = nil
        nodes[id].answeredInEpoch = false
        nodes[id].leading = nil
        note(id, .state(role: .follower, epoch: controller.epoch), &out)
        note(id, .follows(leader: controller.leader, epoch: controller.epoch), &out)
        change(id, .follows, &out)
        guard controller.leader != nil else { return }
        startTruncation(id, now: now, out: &out)
    }

    /// With leader epochs, OffsetsForLeaderEpoch with its last record's epoch (an empty log
    /// skips it: it fetches at once); without, truncation to its own HW at once, then a Fetch
    /// (before KIP-101: KIP-101 scenarios 1 and 2).
    mutating func startTruncation(_ id: NodeID, now: Int, out: inout KafkaOutbox) {
        let log = nodes[id].log
        if settings.leaderEpochs {
            guard let last = log.lastEpoch else { return fetch(id, now: now, out: &out) }
            request(id, .offsetsForLeaderEpoch(lastEpoch: last, epochs: log.epochs, leo: log.leo),
                    kind: .offsetsForLeaderEpoch, now: now, out: &out)
        } else {
            truncate(id, to: nodes[id].hw, reason: .ownHW, out: &out)
            fetch(id, now: now, out: &out)
        }
    }

    /// Fetch{offset: its LEO, epoch}.
    mutating func fetch(_ id: NodeID, now: Int, out: inout KafkaOutbox) {
        request(id, .fetch(offset: nodes[id].leo), kind: .fetch, now: now, out: &out)
    }

    /// Sends the follower's one outstanding request, re-sent after `fetch_timeout` unanswered.
    mutating func request(_ id: NodeID, _ body: Message.Body, kind: Outstanding.Kind, now: Int,
                          out: inout KafkaOutbox) {
        guard let leader = nodes[id].leader else { return }
        let number = nodes[id].nextRequest
        nodes[id].nextRequest += 1
        nodes[id].outstanding = Outstanding(request: number, kind: kind, deadline: now + settings.fetchTimeout)
        out.messages.append(Message(from: id, to: leader, epoch: nodes[id].epoch, request: number, body: body))
        out.timerReset = true
    }

    /// The request went unanswered for `fetch_timeout`: sent again, as a Fetch with the
    /// current LEO, or OffsetsForLeaderEpoch again while truncation has not happened (as
    /// Kafka's fetcher keeps a partition in its truncating state until it is answered).
    mutating func resend(_ id: NodeID, now: Int, out: inout KafkaOutbox) {
        guard let kind = nodes[id].outstanding?.kind else { return }
        note(id, .resends(kind == .fetch ? .fetch : .offsetsForLeaderEpoch), &out)
        if kind == .fetch { fetch(id, now: now, out: &out) } else { startTruncation(id, now: now, out: &out) }
    }

    /// Truncation to `offset` removes the records at `offset` and above; HW := min(HW, offset).
    mutating func truncate(_ id: NodeID, to offset: Int, reason: Note.Truncation, out: inout KafkaOutbox) {
        let count = nodes[id].leo - offset
        guard count > 0 else { return }
        nodes[id].log.truncate(to: offset)
        nodes[id].hw = min(nodes[id].hw, offset)
        note(id, .truncates(to: offset, count: count, hw: nodes[id].hw, reason: reason), &out)
    }

    /// An answer reaches a follower; answers to any request other than its outstanding one
    /// are ignored. After each it fetches again at once.
    mutating func receiveAnswer(_ m: Message, now: Int, out: inout KafkaOutbox) {
        let id = m.to
        guard nodes[id].role == .follower, m.from == nodes[id].leader, nodes[id].outstanding?.request == m.request
        else { return note(id, .ignoresAnswer(from: m.from, request: m.request), &out) }
        nodes[id].outstanding = nil
        switch m.body {
        case let .fetchResponse(offset, records, hw):
            takeRecords(id, from: m.from, offset: offset, records, hw: hw, out: &out)
        case .offsetOutOfRange(let leo): truncate(id, to: leo, reason: .outOfRange, out: &out)
        case .epochEndOffset(let offset): truncate(id, to: offset, reason: .leaderEpoch, out: &out)
        case .fetch, .offsetsForLeaderEpoch: return
        }
        fetch(id, now: now, out: &out)
    }

    /// Appends the answer's records and sets HW := max(HW, min(answer's HW, LEO)): a follower
    /// learns the HW one fetch after the leader (KIP-101 "Motivation").
    mutating func takeRecords(_ id: NodeID, from leader: NodeID, offset: Int, _ records: [Record], hw: Int,
                              out: inout KafkaOutbox) {
        guard offset == nodes[id].leo else { return }  // its log has not changed since it asked
        nodes[id].log.append(contentsOf: records)
        nodes[id].answeredInEpoch = true
        note(id, .takesRecords(offset: offset, count: records.count, from: leader), &out)
        let learned = max(nodes[id].hw, min(hw, nodes[id].leo))
        guard learned > nodes[id].hw else { return }
        nodes[id].hw = learned
        note(id, .learnsHW(hw: learned, from: leader), &out)
    }
}
