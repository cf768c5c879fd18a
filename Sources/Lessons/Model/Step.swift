import RaftCore
import RaftSim

/// One step of a scenario (format, `steps`). Node names are resolved to ids of the current
/// scene when the file loads.
public indirect enum Step: Sendable, Equatable {
    /// Narration.
    case say(LocalizedText)
    /// A step that acts on the world: `write`, `crash`, `restart`, `partition`, `isolate` (a
    /// partition of one group of one node), `cut`, `slow`, `heal`, `timeout`, `configure`,
    /// `drop` and `consume`.
    case command(ClusterCommand)
    /// The world is replaced by a fresh one, of either mode (kafka-mode.md: "A `scene` may change `mode`").
    case scene(ClusterSpec)
    /// Simulated time moves on this many ms.
    case run(Int)
    /// Time moves on until the condition holds, within `condition.within` (default 5000) ms.
    case wait(Condition)
    /// The condition must hold now.
    case expect(Condition)
    /// The learner acts until a condition holds; headless, the solution runs.
    case task(TaskSpec)
    /// Predict, then reveal.
    case quiz(QuizSpec)

    /// The step's key as written in a file (`write`, `heal`, ...).
    public var name: String {
        switch self {
        case .say: "say"
        case .command(let command): command.stepName
        case .scene: "scene"
        case .run: "run"
        case .wait: "wait"
        case .expect: "expect"
        case .task: "task"
        case .quiz: "quiz"
        }
    }
}

extension WorldCommand {
    /// The step key the format writes this command with: a partition of one group of one node
    /// is written `isolate` (format, `isolate`: "the same as `partition: [[NODE]]`").
    public var stepName: String {
        switch self {
        case .crash: "crash"
        case .restart: "restart"
        case .partition: isolated == nil ? "partition" : "isolate"
        case .cut: "cut"
        case .slow: "slow"
        case .heal: "heal"
        case .timeout: "timeout"
        case .write: "write"
        case .consume: "consume"
        case .drop: "drop"
        case .configure: "configure"
        case .snapshot: "snapshot"
        case .read: "read"
        case .transfer: "transfer"
        case .add: "add"
        case .remove: "remove"
        }
    }

    /// The node a partition of one group of one node isolates; nil for any other command.
    public var isolated: NodeID? {
        guard case .partition(let groups) = self, groups.count == 1, groups[0].count == 1 else { return nil }
        return groups[0][0]
    }
}

/// A `task` step.
public struct TaskSpec: Sendable, Equatable {
    /// What the learner is asked to do.
    public var say: LocalizedText
    /// The lesson goes on once this holds.
    public var until: Condition
    /// Steps run instead of the learner when headless.
    public var solution: [StepAt]
    /// What makes the task impossible, each with its teaching moment (raftlab's extension, issue 11).
    public var wrongTurns: [WrongTurn]

    /// A task.
    public init(say: LocalizedText, until: Condition, solution: [StepAt] = [], wrongTurns: [WrongTurn] = []) {
        self.say = say
        self.until = until
        self.solution = solution
        self.wrongTurns = wrongTurns
    }
}

/// A way a task goes wrong (`wrong_turns`, raftlab's extension, issue 11): once the learner has
/// acted, `when` holding while the task's `until` does not stops the task and shows `say`.
public struct WrongTurn: Sendable, Equatable {
    /// The condition that makes the task impossible.
    public var when: Condition
    /// What happened, as a teaching moment.
    public var say: LocalizedText
    /// Steps a learner might take instead of the solution that lead here; `raftlab check`
    /// verifies that they do.
    public var example: [StepAt]

    public init(when: Condition, say: LocalizedText, example: [StepAt] = []) {
        self.when = when
        self.say = say
        self.example = example
    }
}

/// A `quiz` step.
public struct QuizSpec: Sendable, Equatable {
    /// The question.
    public var ask: LocalizedText
    /// At least two choices.
    public var choices: [LocalizedText]
    /// The right choice, 1-based.
    public var answer: Int
    /// Shown once the learner has picked.
    public var explain: LocalizedText

    /// A quiz; `answer` is 1-based.
    public init(ask: LocalizedText, choices: [LocalizedText], answer: Int, explain: LocalizedText) {
        self.ask = ask
        self.choices = choices
        self.answer = answer
        self.explain = explain
    }
}
