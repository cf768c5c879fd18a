import Picture
import RaftCore
import RaftSim

/// What the lesson reports to the screen (part of the cluster picture).
extension LessonRun {
    /// The report of the lesson as it is, with `world` for the counts at the end.
    public func report(_ world: ClusterWorld) -> LessonReport {
        LessonReport(id: id, number: number, title: scenario.title, summary: scenario.summary,
                     steps: summaries, index: index, phase: reportPhase(world),
                     scene: sceneBanner(world), note: note, nodes: cluster.names)
    }

    func reportPhase(_ world: ClusterWorld) -> LessonReport.Phase {
        switch phase {
        case .entering, .narrating:
            if case .say(let text)? = step { return .narrating(text) }
            return .narrating(LocalizedText(""))
        case .quiz(let chosen):
            guard case .quiz(let quiz)? = step else { return .narrating(LocalizedText("")) }
            return .quiz(QuizReport(ask: quiz.ask, choices: quiz.choices, answer: quiz.answer, chosen: chosen,
                                    explain: quiz.explain))
        case .task(let task):
            guard case .task(let spec)? = step else { return .narrating(LocalizedText("")) }
            let keys = LessonHints.items(spec, names: cluster.names, keylessDone: task.keylessDone)
            let turn = task.wrongTurn.flatMap { spec.wrongTurns.indices.contains($0) ? spec.wrongTurns[$0].say : nil }
            return .task(TaskReport(say: spec.say, held: task.held, actions: task.actions, keys: keys, hint: task.hint,
                                    wrongTurn: turn))
        case .running:
            return .running(step: step.map { StepWords.running($0, names: cluster.names) } ?? Phrase(""), previous: lastText)
        case .failed(let failure):
            return .failed(failure)
        case .ended:
            return .ended(ending(world))
        }
    }

    /// The text the learner read last (a narration or a task), dimmed while the world runs.
    var lastText: LocalizedText? {
        guard let previous = steps[..<min(index, steps.count)].last(where: { Self.isStop($0.step) }) else { return nil }
        switch previous.step {
        case .say(let text): return text
        case .task(let spec): return spec.say
        default: return nil
        }
    }

    /// What the lesson showed: narrations, tasks done live, quiz answers right, violations seen.
    func ending(_ world: ClusterWorld) -> EndReport {
        var says = 0, tasks = 0, quizzes = 0, right = 0
        for (k, step) in steps.enumerated() {
            switch step.step {
            case .say: says += 1
            case .task: tasks += 1
            case .quiz(let quiz):
                quizzes += 1
                if answers[k] == quiz.answer { right += 1 }
            default: break
            }
        }
        let done = journal.played.count + journal.realigned.count  // a realigned task was done by the learner
        return EndReport(says: says, tasks: tasks, done: min(done, tasks), quizzes: quizzes,
                         right: right, violations: world.violations.count)
    }

    /// The banner of the scene just passed, with the settings in force: a task right after the
    /// scene may switch acks or an option, and the banner must not go on naming the old one.
    func sceneBanner(_ world: ClusterWorld) -> SceneBanner? {
        guard let scene, scene < steps.count, case .scene(let spec) = steps[scene].step else { return nil }
        switch world {
        case .raft(let raft):
            return SceneBanner(nodes: spec.names.count, unsafe: RaftRules.words(of: raft.settings.unsafe),
                               acks: raft.acks.rawValue, noop: raft.settings.noop)
        case .kafka(let kafka):
            return SceneBanner(nodes: spec.names.count, unsafe: kafka.settings.unsafeWords, acks: kafka.acks.rawValue, noop: true)
        }
    }

    /// Every step's line in the step list, its nodes named by the names of its scene.
    var summaries: [StepSummary] {
        var names = scenario.cluster.names
        return steps.map { at in
            if case .scene(let spec) = at.step { names = spec.names }
            return Self.summary(at.step, names: names)
        }
    }

    /// A step's line in the step list: the lesson's own text, else the step in words.
    static func summary(_ step: Step, names: [String]) -> StepSummary {
        switch step {
        case .say(let text): return StepSummary(kind: .say, text: text)
        case .task(let task): return StepSummary(kind: .task, text: task.say)
        case .quiz(let quiz): return StepSummary(kind: .quiz, text: quiz.ask)
        case .scene: return StepSummary(kind: .scene, text: LocalizedText(StepWords.title(step, names: names)))
        default: return StepSummary(kind: .other, text: LocalizedText(StepWords.title(step, names: names)))
        }
    }
}
