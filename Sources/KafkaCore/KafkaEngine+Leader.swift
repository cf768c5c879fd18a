/// The leader's side (kafka-mode.md, "Becoming leader", "Fetching", "ISR and high watermark",
/// "Writes").
extension KafkaEngine {
    /// Becoming leader at time t [Partition `makeLeader`]: no outstanding request, log and HW
    /// kept, epoch start offset = its LEO; each follower's LEO unknown until its first Fetch,
    /// last caught-up time t if in the ISR (else 0), last-fetch time t, last-fetch leader LEO
    /// its LEO. Then the HW may rise (an ISR of the leader alone makes it the LEO).
    mutating func makeLeader(_ id: NodeID, now: Int, resumed: Bool, out: inout KafkaOutbox) {
        let leo = nodes[id].leo
        let isr = controller.isr
        let followers = nodes.indices.map {
            FollowerState(leo: nil, lastCaughtUp: isr.contains($0) ? now : 0, lastFetch: now, lastFetchLeaderLEO: leo)
        }
        nodes[id].role = .leader
        nodes[id].leader = id
        nodes[id].epoch = controller.epoch
        nodes[id].outstanding = nil
        nodes[id].answeredInEpoch = false
        nodes[id].leading = LeaderState(epochStart: leo, followers: followers, held: Array(repeating: nil, count: size))
        note(id, .state(role: .leader, epoch: controller.epoch), &out)
        note(id, .becomesLeader(epoch: controller.epoch, epochStart: leo, resumed: resumed), &out)
        change(id, .leads(term: controller.epoch), &out)
        out.timerReset = true
        maybeIncrementHW(id, out: &out)
    }

    /// Whether `id` is the up leader of `epoch`: a request for another epoch is dropped.
    func isLeader(_ id: NodeID, of epoch: Int) -> Bool {
        nodes[id].isUp && nodes[id].role == .leader && nodes[id].epoch == epoch
    }

    /// A Fetch with offset o from F reaches leader L at time t (kafka-mode.md, "Fetching" 1-5).
    mutating func receiveFetch(_ m: Message, offset: Int, now: Int, out: inout KafkaOutbox) {
        let id = m.to, peer = m.from
        guard isLeader(id, of: m.epoch) else { return note(id, .dropsRequest(from: peer, epoch: m.epoch), &out) }
        let leo = nodes[id].leo
        if offset > leo {  // 1: only that
            note(id, .outOfRange(peer: peer, offset: offset, leo: leo), &out)
            return send(from: id, to: peer, request: m.request, .offsetOutOfRange(leo: leo), &out)
        }
        if nodes[id].leading!.held[peer] != nil {  // a newer Fetch replaces a held one
            nodes[id].leading!.held[peer] = nil
            note(id, .replacesHeldFetch(peer: peer), &out)
        }
        updateFetchState(id, peer: peer, offset: offset, now: now, out: &out)  // 2
        maybeExpandISR(id, peer: peer, offset: offset, out: &out)  // 3
        maybeIncrementHW(id, out: &out)  // 4
        if offset < nodes[id].leo {  // 5
            answerFetch(id, peer: peer, request: m.request, offset: offset, out: &out)
        } else {
            let until = now + settings.fetchWait
            nodes[id].leading!.held[peer] = HeldFetch(request: m.request, offset: offset, deadline: until)
            note(id, .holdsFetch(peer: peer, offset: offset, until: until), &out)
            out.timerReset = true
        }
    }

    /// Step 2, the follower's caught-up time and LEO [`Replica.updateFetchState`]: caught up
    /// now if it fetched at the leader's LEO; else, if it fetched at least the leader's LEO of
    /// its previous Fetch, caught up as of that previous Fetch.
    mutating func updateFetchState(_ id: NodeID, peer: NodeID, offset: Int, now: Int, out: inout KafkaOutbox) {
        let leo = nodes[id].leo
        var f = nodes[id].leading!.followers[peer]
        if offset >= leo {
            f.lastCaughtUp = now
        } else if offset >= f.lastFetchLeaderLEO {
            f.lastCaughtUp = max(f.lastCaughtUp, f.lastFetch)
        }
        f.lastFetchLeaderLEO = leo
        f.lastFetch = now
        f.leo = offset  // the Fetch offset is the follower's acknowledgement
        nodes[id].leading!.followers[peer] = f
        note(id, .fetchArrives(from: peer, offset: offset, caughtUp: f.lastCaughtUp), &out)
    }

    /// Step 3, ISR expand [Partition `isFollowerInSync`]: the follower has reached the HW and
    /// the leader's epoch start offset.
    mutating func maybeExpandISR(_ id: NodeID, peer: NodeID, offset: Int, out: inout KafkaOutbox) {
        guard !controller.isr.contains(peer), offset >= nodes[id].hw,
              offset >= nodes[id].leading!.epochStart else { return }
        controller.isr.insert(peer)
        note(id, .expandsISR(peer: peer, isr: controller.isr), &out)
    }

    /// HW := max(HW, the least LEO in the ISR) once every ISR follower's LEO is known (and,
    /// with `strict_min_isr`, the ISR has `min_insync_replicas` members) [Partition
    /// `maybeIncrementLeaderHW`]. Called whenever a follower's LEO, the ISR or the leader's
    /// LEO changes.
    mutating func maybeIncrementHW(_ id: NodeID, out: inout KafkaOutbox) {
        guard nodes[id].isUp, nodes[id].role == .leader, let leading = nodes[id].leading else { return }
        let isr = controller.isr
        if settings.strictMinIsr && isr.count < settings.minInsyncReplicas { return }
        var least = nodes[id].leo
        for peer in isr.members where peer != id {
            guard let leo = leading.followers[peer].leo else { return }
            least = min(least, leo)
        }
        guard least > nodes[id].hw else { return }
        nodes[id].hw = least
        note(id, .advancesHW(hw: least, isr: isr, belowMin: isr.count < settings.minInsyncReplicas), &out)
        change(id, .commits(through: least), &out)  // the HW is a commit index
    }

    /// Answers a Fetch with up to `batch` records from `offset` and the HW as it is now.
    mutating func answerFetch(_ id: NodeID, peer: NodeID, request: Int, offset: Int, out: inout KafkaOutbox) {
        let records = nodes[id].log.slice(from: offset, count: settings.batch)
        let hw = nodes[id].hw
        note(id, .answersFetch(peer: peer, offset: offset, count: records.count, hw: hw), &out)
        send(from: id, to: peer, request: request, .fetchResponse(offset: offset, records: records, hw: hw), &out)
    }

    /// Held Fetches are answered at the leader's next append.
    mutating func answerHeldFetches(_ id: NodeID, due: Int = .max, out: inout KafkaOutbox) {
        guard let held = nodes[id].leading?.held else { return }
        for (peer, fetch) in held.enumerated() {
            guard let fetch, fetch.deadline <= due else { continue }
            nodes[id].leading!.held[peer] = nil
            answerFetch(id, peer: peer, request: fetch.request, offset: fetch.offset, out: &out)
        }
    }

    /// OffsetsForLeaderEpoch reaches the leader: it answers with the first offset at which its
    /// log, as it is now, and the follower's differ in epoch, or the end of the shorter log
    /// (KIP-101 with KIP-279).
    mutating func receiveOffsetsForLeaderEpoch(_ m: Message, lastEpoch: Int, epochs: [EpochStart], leo: Int,
                                               out: inout KafkaOutbox) {
        let id = m.to
        guard isLeader(id, of: m.epoch) else { return note(id, .dropsRequest(from: m.from, epoch: m.epoch), &out) }
        let offset = nodes[id].log.divergence(from: epochs, leo: leo)
        note(id, .answersEpoch(peer: m.from, lastEpoch: lastEpoch, offset: offset), &out)
        send(from: id, to: m.from, request: m.request, .epochEndOffset(offset: offset), &out)
    }

    /// The isr-expiration check, every `replica_lag_time_max / 2` ms (each check schedules the
    /// next): a leader removes each ISR follower whose LEO differs from its own (unknown
    /// differs) and whose last caught-up time is more than `replica_lag_time_max` ago [lag;
    /// Partition `isFollowerOutOfSync`; ReplicaManager "isr-expiration"].
    mutating func checkISR(_ id: NodeID, now: Int, out: inout KafkaOutbox) {
        nodes[id].nextISRCheck = now + settings.isrCheckPeriod
        out.timerReset = true
        guard nodes[id].role == .leader, let leading = nodes[id].leading else { return }
        let leo = nodes[id].leo
        var removed = NodeSet()
        for peer in controller.isr.members where peer != id {
            let f = leading.followers[peer]
            if f.leo != leo && now - f.lastCaughtUp > settings.replicaLagTimeMax { removed.insert(peer) }
        }
        guard !removed.isEmpty else { return }
        removed.forEach { controller.isr.remove($0) }
        note(id, .shrinksISR(removed: removed, isr: controller.isr), &out)
        maybeIncrementHW(id, out: &out)
    }

    /// Client writes reach `id`: a leader appends with its epoch each one it does not hold
    /// already (the idempotent producer), answers its held Fetches, then its HW may rise
    /// [Partition `appendRecordsToLeader`]. Returns the index (offset + 1) of the last write,
    /// appended or found; nil when not leader (the client is redirected).
    mutating func appendWrites<Writes: Sequence<Int>>(_ writes: Writes, at id: NodeID, out: inout KafkaOutbox) -> Int? {
        guard nodes[id].isUp, nodes[id].role == .leader else { return nil }
        var last: Int? = nil
        var appended = false
        for write in writes {
            if let offset = nodes[id].log.offset(ofWrite: write) {
                note(id, .holdsWrite(write: write, offset: offset), &out)
                last = offset + 1
                continue
            }
            let epoch = nodes[id].epoch
            nodes[id].log.append(Record(epoch: epoch, write: write))
            note(id, .appends(offset: nodes[id].leo - 1, epoch: epoch, write: write), &out)
            last = nodes[id].leo
            appended = true
        }
        guard appended else { return last }
        answerHeldFetches(id, out: &out)  // tryCompleteDelayedFetch, then maybeIncrementLeaderHW
        maybeIncrementHW(id, out: &out)
        return last
    }

    func send(from: NodeID, to: NodeID, request: Int, _ body: Message.Body, _ out: inout KafkaOutbox) {
        out.messages.append(Message(from: from, to: to, epoch: nodes[from].epoch, request: request, body: body))
    }
}
