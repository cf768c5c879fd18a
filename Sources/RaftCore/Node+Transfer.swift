/// Leadership transfer (thesis 3.10): the leader catches the target up, sends it TimeoutNow,
/// and holds new writes meanwhile; it gives up after one election timeout, drawn at the step.
extension Node {
    /// `transfer: NODE`: nothing for a node that is not leader, for itself, or for a target
    /// outside its configuration; a new transfer replaces one under way.
    public mutating func transferLeadership(to target: NodeID, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        guard isUp, volatile.role == .leader, target != id, configuration.contains(target) else { return }
        // "Within one election timeout, drawn at the step" (raft-extensions.md).
        volatile.leading.transfer = Transfer(target: target, deadline: now + rng.draw(config.election))
        out.timerReset = true
        out.notes.append(.startsTransfer(to: target))
        if !sendTimeoutNowIfReady(now: now, out: &out) { replicate(to: target, now: now, out: &out, force: true) }
    }

    /// Once the target's match index reaches the leader's last index, TimeoutNow goes to it (once).
    @discardableResult
    mutating func sendTimeoutNowIfReady(now: Int, out: inout RaftOutbox) -> Bool {
        guard let transfer = volatile.leading.transfer, !transfer.sent,
              volatile.peers[transfer.target].matchIndex >= durable.log.lastIndex else { return false }
        volatile.leading.transfer?.sent = true
        volatile.leading.sentTimeoutNow = true
        out.notes.append(.sendsTimeoutNow(to: transfer.target))
        send(.timeoutNow, to: transfer.target, out: &out)
        return true
    }

    /// The target did not lead within the time: the leader takes writes again.
    mutating func abandonTransfer(out: inout RaftOutbox) {
        guard let transfer = volatile.leading.transfer else { return }
        volatile.leading.transfer = nil
        out.timerReset = true
        out.notes.append(.abandonsTransfer(to: transfer.target))
    }

    /// TimeoutNow of the current term: an election at once, without Pre-Vote, whose requests
    /// carry the transfer flag. A node outside its configuration does not campaign.
    mutating func handleTimeoutNow(_ m: Message, now: Int, rng: inout SplitMix64, out: inout RaftOutbox) {
        guard m.term == durable.term, volatile.role != .leader, configuration.contains(id) else { return }
        out.notes.append(.timesOutNow(from: m.from))
        startElection(now: now, transfer: true, rng: &rng, out: &out)
    }
}
