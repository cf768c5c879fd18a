import RaftCore

/// One step of a scenario (format, `steps`).
public indirect enum Step: Sendable, Equatable {
    /// Narration.
    case say(LocalizedText)
    /// A client write.
    case write(WriteSpec)
    /// The node stops; persistent state is kept.
    case crash(String)
    /// The node comes back as a follower from its persistent state.
    case restart(String)
    /// Groups of nodes that can talk only within their group; unlisted nodes form one more group.
    case partition([[String]])
    /// The same as `partition: [[NODE]]`.
    case isolate(String)
    /// Messages from `from` to `to` are dropped until `heal`.
    case cut(from: String, to: String)
    /// Messages to and from `node` take `latency` ms until `heal`.
    case slow(node: String, latency: ClosedRange<Int>)
    /// All partitions, cuts and slow links end.
    case heal
    /// The node's election timer fires now.
    case timeout(String)
    /// Settings change from now on: the engine's, the latency and the default acks mode.
    case configure(Reconfiguration<EngineConfig.Change>)
    /// The oldest message on its way from `from` to `to` is dropped.
    case drop(from: String, to: String)
    /// The world is replaced by a fresh one.
    case scene(WorldSpec)
    /// A consumer asks the node for entries it has not read yet.
    case consume(from: String)
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
        case .write: "write"
        case .crash: "crash"
        case .restart: "restart"
        case .partition: "partition"
        case .isolate: "isolate"
        case .cut: "cut"
        case .slow: "slow"
        case .heal: "heal"
        case .timeout: "timeout"
        case .configure: "configure"
        case .drop: "drop"
        case .scene: "scene"
        case .consume: "consume"
        case .run: "run"
        case .wait: "wait"
        case .expect: "expect"
        case .task: "task"
        case .quiz: "quiz"
        }
    }
}

/// A `write` step: `write: VALUE` or `write: {value, to, acks, count}`.
public struct WriteSpec: Sendable, Equatable {
    /// The value written (with `count`, values are `value#1` .. `value#N`).
    public var value: String
    /// The node the write is sent to first; nil: the node the client believes leads.
    public var to: String?
    /// Acks mode; nil: the cluster's default.
    public var acks: Acks?
    /// Number of writes sent at once; nil: one write of `value` itself.
    public var count: Int?

    /// A write; nil options take the defaults.
    public init(value: String, to: String? = nil, acks: Acks? = nil, count: Int? = nil) {
        self.value = value
        self.to = to
        self.acks = acks
        self.count = count
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

    /// A task.
    public init(say: LocalizedText, until: Condition, solution: [StepAt] = []) {
        self.say = say
        self.until = until
        self.solution = solution
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
