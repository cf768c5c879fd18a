/// Timers, crash and restart (kafka-mode.md, "Crash and restart", "The controller").
extension KafkaEngine {
    /// Whatever of the node's own timers is due: a follower's re-send, a leader's held
    /// Fetches (answered empty after `fetch_wait`), the isr-expiration check.
    mutating func fireOwnTimers(_ id: NodeID, now: Int, out: inout KafkaOutbox) {
        guard nodes[id].isUp else { return }
        if let outstanding = nodes[id].outstanding, outstanding.deadline <= now { resend(id, now: now, out: &out) }
        if let leading = nodes[id].leading, leading.nextHeldDeadline <= now {
            answerHeldFetches(id, due: now, out: &out)
            out.timerReset = true
        }
        if nodes[id].nextISRCheck <= now { checkISR(id, now: now, out: &out) }
    }

    /// A crash keeps the log and the HW checkpoint (the HW at the crash); role, follower LEOs
    /// and times, held Fetches and the outstanding request are lost. The controller will
    /// notice it `session_timeout` later if it is still down.
    mutating func stop(_ id: NodeID, now: Int, out: inout KafkaOutbox) {
        guard nodes[id].isUp else { return }
        nodes[id].isUp = false
        nodes[id].role = .follower
        nodes[id].leader = nil
        nodes[id].outstanding = nil
        nodes[id].answeredInEpoch = false
        nodes[id].leading = nil
        nodes[id].nextISRCheck = .max
        controller.crashed(id, at: now)
        note(id, .state(role: nil, epoch: nodes[id].epoch), &out)
        change(id, .follows, &out)  // waiting writes die with their leader
    }

    /// A restarted node follows the current leader, or leads again if the controller never
    /// noticed its crash (the same epoch, set up as a new leader); then the controller may
    /// elect. Its isr-expiration check starts again at once.
    mutating func comeBack(_ id: NodeID, now: Int, out: inout KafkaOutbox) {
        guard !nodes[id].isUp else { return }
        noticeCrashes(upTo: now, out: &out)  // noticings due while every node was down
        nodes[id].isUp = true
        nodes[id].nextISRCheck = now
        controller.crashedAt[id] = nil
        if controller.leader == id {
            makeLeader(id, now: now, resumed: true, out: &out)
        } else {
            becomeFollower(id, now: now, out: &out)
        }
        elect(now: now, out: &out)
    }
}
