import Picture

/// What the learner does in a lesson: world commands by key (logged with their times for
/// replays, counted toward a task), going on, and answering quizzes (product.md, "Keys").
extension LessonRun {
    /// A world command from the learner's keys: in a task, a write or a slow link takes the
    /// values of the matching solution step; it is applied, logged and counted. Once a held
    /// task has as many commands as its solution has steps, the world runs. At a wrong turn
    /// the world stays as it is (a note offers `u`).
    @discardableResult
    public mutating func learner(_ command: ClusterCommand, _ world: inout ClusterWorld) -> ClusterCommand {
        if atWrongTurn {
            note = .trap(.atWrongTurn)
            return command
        }
        // A key outside a task would change what the next steps expect (issue 11: nothing after
        // a task can fail because of how the learner did it).
        switch phase {
        case .quiz(chosen: nil):
            if case .quiz(let quiz)? = step { note = .keysWhileQuiz(quiz.choices.count) }
            return command
        case .narrating, .quiz:
            note = .keysWhileReading
            return command
        case .running:
            note = .keysWhileRunning
            return command
        default: break
        }
        let command = adopt(command)
        let idle = world.ignored(command) != nil  // the world says why; it does not count toward a task
        world.apply(command)
        journal.commands[index, default: []].append(SessionRecord.Command(time: world.now, command: command))
        note = nil
        guard !idle, case .task(var task) = phase, case .task(let spec)? = step else { return command }
        task.actions += 1
        if task.held && task.actions >= LessonHints.actions(spec) { task.held = false }
        phase = .task(task)
        watchWrongTurns(spec, world)
        // A task done by this very command goes on at once, even while the world is paused.
        if let goal, case .reached? = goal.atOnce(world), finish(.reached, &world) { enter(&world) }
        return command
    }

    /// In a task, `w`, `W` and `s` take the values of the matching solution step (so the write
    /// carries the value the narration names, and the slow link its latency): a write without
    /// a target the next write without `to`, a write to a node the next write to it, a slow
    /// node the slow step of that node. Anything else is taken as it is.
    mutating func adopt(_ command: ClusterCommand) -> ClusterCommand {
        guard case .task(var task) = phase, case .task(let spec)? = step else { return command }
        for (k, item) in spec.solution.enumerated() where !task.used.contains(k) {
            guard case .command(let adopted) = item.step else { continue }
            let fits: Bool
            switch (command, adopted) {
            case let (.write(_, to, _, 1), .write(_, wanted, _, count)): fits = count == 1 && wanted == to
            case let (.slow(node, _), .slow(wanted, _)): fits = wanted == node
            default: fits = false
            }
            guard fits else { continue }
            task.used.insert(k)
            phase = .task(task)
            return adopted
        }
        return command
    }

    /// Space while a task holds the world: the learner runs it; it no longer waits for them,
    /// and what time alone brings may be a wrong turn (one the learner let happen).
    public mutating func release(_ world: ClusterWorld) {
        guard case .task(var task) = phase, task.held, case .task(let spec)? = step else { return }
        task.held = false
        phase = .task(task)
        watchWrongTurns(spec, world)
    }

    /// Enter or `n`: on from a narration or an answered quiz; in a task, once the hint shows,
    /// the solution steps no key does. Elsewhere a note says why nothing happened.
    public mutating func goOn(_ world: inout ClusterWorld) {
        note = nil
        switch phase {
        case .narrating, .quiz(chosen: .some):
            scene = nil
            index += 1
            enter(&world)
        case .quiz(chosen: nil):
            if case .quiz(let quiz)? = step { note = .pickAnAnswer(quiz.choices.count) }
        case .task(let task) where task.wrongTurn != nil:
            note = .trap(.atWrongTurn)
        case .task(var task):
            guard task.hint, !task.keylessDone, case .task(let spec)? = step, !LessonHints.keyless(spec).isEmpty else {
                note = .taskNotDone(hintShown: task.hint)
                return
            }
            task.keylessDone = true
            phase = .task(task)
            for case .command(let command) in LessonHints.keyless(spec) { learner(command, &world) }
            release(world)  // the offered press is the whole of what the learner does
        case .running: note = .running
        case .failed: note = .failedStep
        case .entering, .ended: break
        }
    }

    /// A digit in an open quiz picks that choice (1-based).
    public mutating func answer(_ choice: Int) {
        guard case .quiz(chosen: nil) = phase, case .quiz(let quiz)? = step, (1...quiz.choices.count).contains(choice)
        else { return }
        phase = .quiz(chosen: choice)
        answers[index] = choice
        note = nil
    }

    /// Keys that run the world wait while the reader reads (Space or `.` outside a run or a task).
    public mutating func holdsForReader() -> Bool {
        switch phase {
        case .task(let task) where task.wrongTurn != nil:
            note = .trap(.atWrongTurn)
            return true
        case .running, .task: return false
        default:
            note = .waitsForYou
            return true
        }
    }
}
