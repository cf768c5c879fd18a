/// The controller's decisions (kafka-mode.md, "The controller", "Start").
extension KafkaEngine {
    /// At time 0 the controller elects `leader` with epoch 1 + the highest epoch in any log;
    /// the ISR is `kafka.isr`, which holds the leader (kafka-mode.md, "Start").
    mutating func electAtStart(_ leader: NodeID, now: Int, out: inout KafkaOutbox) {
        controller.epoch = nodes.map { $0.log.lastEpoch ?? 0 }.max() ?? 0  // epochs never decrease along a log
        controller.isr = settings.initialISR
        controller.isr.insert(leader)  // the loader refuses an ISR without it
        controller.epoch += 1
        install(leader, now: now, unclean: false, out: &out)
    }

    /// Every noticing due by `now`, each at its own time (late only while every node is down,
    /// when no timer can fire: then at the next restart).
    mutating func noticeCrashes(upTo now: Int, out: inout KafkaOutbox) {
        while let next = controller.nextNotice(sessionTimeout: settings.sessionTimeout), next.time <= now {
            notice(next.node, at: next.time, out: &out)
        }
    }

    /// `session_timeout` after a crash the node is still down: it leaves the ISR unless it is
    /// the only member (the ISR is never empty); if it led, the controller elects.
    mutating func notice(_ node: NodeID, at time: Int, out: inout KafkaOutbox) {
        controller.crashedAt[node] = nil
        let leaves = controller.isr.contains(node) && controller.isr.count > 1
        if leaves { controller.isr.remove(node) }
        note(nil, .noticesCrash(of: node, leftISR: leaves, isr: controller.isr), &out)
        if controller.leader == node {
            controller.leader = nil
            elect(now: time, out: &out)
        } else if leaves, let leader = controller.leader, nodes[leader].isUp {
            maybeIncrementHW(leader, out: &out)  // the ISR changed
        }
    }

    /// Election whenever there is no leader: the first node in `nodes` order that is up and in
    /// the ISR; else, with unclean election, the first up node, the ISR becoming it alone; else
    /// offline [Design "Unclean leader election"; `offlinePartitionLeaderElection`]. Nothing is random.
    mutating func elect(now: Int, out: inout KafkaOutbox) {
        guard controller.leader == nil else { return }
        let up = nodes.indices.filter { nodes[$0].isUp }
        if let leader = up.first(where: { controller.isr.contains($0) }) {
            controller.epoch += 1
            install(leader, now: now, unclean: false, out: &out)
        } else if settings.uncleanLeaderElection, let leader = up.first {
            controller.isr = NodeSet([leader])
            controller.epoch += 1
            install(leader, now: now, unclean: true, out: &out)
        } else {
            note(nil, .offline(isr: controller.isr), &out)
        }
    }

    /// The controller names `leader` for the current epoch; every up node knows at once: the
    /// leader sets up, every other up node becomes its follower.
    mutating func install(_ leader: NodeID, now: Int, unclean: Bool, out: inout KafkaOutbox) {
        controller.leader = leader
        note(nil, .elects(leader: leader, epoch: controller.epoch, isr: controller.isr, unclean: unclean), &out)
        makeLeader(leader, now: now, resumed: false, out: &out)
        for id in nodes.indices where id != leader && nodes[id].isUp {
            becomeFollower(id, now: now, out: &out)
        }
    }
}
