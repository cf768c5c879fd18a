import Picture

/// No trap (issue 11): a task watches its wrong turns once the learner has acted (or let the
/// world run with Space), stops the world at one and offers `u`, which replays the lesson to
/// the task's start; a later step
/// that fails after tasks the learner did their own way replays those tasks by their
/// solutions instead of failing.
extension LessonRun {
    /// After a learner's command in a task: from now on the task's goal watches its wrong
    /// turns, and one that already holds (while `until` does not) stops the task.
    mutating func watchWrongTurns(_ spec: TaskSpec, _ world: ClusterWorld) {
        guard !spec.wrongTurns.isEmpty, goal != nil else { return }
        let watched = StepGoal.task(spec.until, wrongTurns: spec.wrongTurns.map(\.when))
        goal = watched
        if case .wrongTurn(let turn)? = watched.atOnce(world) {
            goal = nil
            stop(atWrongTurn: turn)
        }
    }

    /// The task went another way: the world stops (no goal) and the turn's `say` shows.
    mutating func stop(atWrongTurn turn: Int) {
        guard case .task(var task) = phase else { return }
        task.wrongTurn = turn
        task.held = false
        phase = .task(task)
    }

    /// Whether the task in progress stopped at a wrong turn.
    public var atWrongTurn: Bool {
        if case .task(let task) = phase { task.wrongTurn != nil } else { false }
    }

    /// `u`: the task again from its start: the lesson replayed to it (as `g` does), the
    /// learner's commands of this step dropped. The hint stays if it showed, and shows at once
    /// after a wrong turn. Outside a task a note says `u` has nothing to do.
    public mutating func retry(_ world: inout ClusterWorld) {
        guard case .task(let before) = phase else {
            note = .trap(.noTask)
            return
        }
        let task = index
        jump(to: task, &world)
        guard index == task, case .task(var fresh) = phase else { return }
        fresh.wallMs = before.wallMs
        fresh.hint = before.hint || before.wrongTurn != nil
        phase = .task(fresh)
        note = .trap(.retried)
    }

    /// A timed-out `wait` or `expect` after tasks of this scene the learner did live: the lesson
    /// is replayed to this step with those tasks done by their solutions (their commands
    /// dropped), and the step starts again there. Returns nil when no such task was done, or
    /// when the learner acted during this very step (then that is what changed it): the step
    /// fails. Else whether the lesson went past the step at once.
    mutating func realign(_ world: inout ClusterWorld) -> Bool? {
        let start = steps[..<index].lastIndex { Self.isScene($0.step) }.map { $0 + 1 } ?? 0
        let tasks = journal.played.filter { $0 >= start && $0 < index }
        guard !tasks.isEmpty, journal.commands[index]?.isEmpty ?? true, let step else { return nil }
        var redone = journal.before(index)
        for k in tasks {
            redone.played.remove(k)
            redone.commands[k] = nil
            redone.realigned.insert(k)
        }
        journal = redone
        world = Self.replay(scenario, to: index, journal: journal)
        replacedWorld = true
        note = .trap(.realigned)
        phase = .running
        return setGoal(step, &world)
    }
}
