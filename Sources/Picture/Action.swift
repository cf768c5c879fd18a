/// What the learner asks of the world and the runtime: the screen turns keys into actions,
/// the runtime turns them into the engine's commands (or gives them to the running lesson).
public enum Action: Sendable, Equatable {
    // The world (product.md, "Keys").
    case crash(NodeID), restart(NodeID), isolate(NodeID), heal, slow(NodeID), timeout(NodeID)
    /// A client write: to the node the client believes leads (nil) or to this node.
    case write(to: NodeID?)
    case cycleAcks
    case consume(from: NodeID)
    /// raft-extensions.md: a snapshot now, a client read in a mode, a leadership transfer, a
    /// membership change, each of the selected node (the simulator's read goes to the believed
    /// leader; a real etcd cluster's to the selected member).
    case snapshot(NodeID), read(ReadMode, selected: NodeID), transfer(NodeID), addMember(NodeID), removeMember(NodeID)
    /// A real etcd member paused (SIGSTOP) or resumed (SIGCONT): alive but silent (issue 14).
    case freeze(NodeID)
    /// Drops the oldest message on the link.
    case drop(Link)
    /// The options panel's row `id` takes its next (or previous) value.
    case option(id: String, forward: Bool)
    // The run.
    case togglePause, stepEvent, faster, slower, back, forward
    /// What the lesson player asks of the lesson interpreter.
    case lesson(LessonAction)
}

/// The lesson player's requests.
public enum LessonAction: Sendable, Equatable {
    /// Enter or `n`: on from a narration or an answered quiz; in a task, what its hint offers.
    case goOn
    /// `b`: back to the step that waited for the learner before this one.
    case back
    /// `g` then Enter: replay to the start of step `index` (0-based).
    case jump(Int)
    /// A digit in an open quiz.
    case answer(Int)
    /// `u`: the current task again from its start (issue 11).
    case retry
}
