/// What the lesson interpreter reports to the screen: the lesson, where it is, and what the
/// current step shows (narration, task, quiz, a run, a failure, the end), in the lesson's own
/// text (scenario TEXT) and plain values. The screen draws it and sends `LessonAction`s back.
public struct LessonReport: Sendable, Equatable {
    /// The lesson's id (its file name without `.yaml`), number and text.
    public var id: String
    public var number: Int?
    public var title: LocalizedText
    public var summary: LocalizedText?
    /// Every step's first line, for the step list (`g`) and the counts at the end.
    public var steps: [StepSummary]
    /// The current step, 0-based; `steps.count` at the end.
    public var index: Int
    public var phase: Phase
    /// The banner of a scene just passed, if any.
    public var scene: SceneBanner?
    /// A short message for the learner.
    public var note: LessonNote?
    /// The node names of the current scene (for keys and hints).
    public var nodes: [String]

    public init(id: String, number: Int?, title: LocalizedText, summary: LocalizedText?, steps: [StepSummary], index: Int,
                phase: Phase, scene: SceneBanner?, note: LessonNote?, nodes: [String]) {
        self.id = id
        self.number = number
        self.title = title
        self.summary = summary
        self.steps = steps
        self.index = index
        self.phase = phase
        self.scene = scene
        self.note = note
        self.nodes = nodes
    }

    public var ended: Bool { index >= steps.count }

    /// What the current step shows.
    public enum Phase: Sendable, Equatable {
        case narrating(LocalizedText)
        case quiz(QuizReport)
        case task(TaskReport)
        /// The world runs to the step (`run`, `wait`, `expect`), said in words; the text read last
        /// stays dimmed.
        case running(step: Phrase, previous: LocalizedText?)
        /// A `wait` or `expect` that did not hold.
        case failed(FailureReport)
        case ended(EndReport)

        public var isNarrating: Bool { if case .narrating = self { true } else { false } }
    }

    /// The reading position (1-based step) and whether the lesson was finished, for the
    /// progress file and the menu.
    public var progress: (step: Int, steps: Int) { (min(index + 1, steps.count), steps.count) }

    /// Where the learner is, counted in stops (narrations, tasks, quizzes) as the header shows it.
    public var stop: (number: Int, count: Int) {
        StopNumbers.shown(StopNumbers.at(steps.map(\.isStop)), index: index)
    }
}

/// One step's line in the step list.
public struct StepSummary: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case say, task, quiz, scene, other }
    public var kind: Kind
    /// The lesson's own text (say, task, quiz), else the step as written.
    public var text: LocalizedText
    public init(kind: Kind, text: LocalizedText) {
        self.kind = kind
        self.text = text
    }
    /// Whether the step waits for the learner (where `b` lands; what the header counts).
    public var isStop: Bool { kind == .say || kind == .task || kind == .quiz }
}

public struct QuizReport: Sendable, Equatable {
    public var ask: LocalizedText
    public var choices: [LocalizedText]
    /// The right choice, 1-based, and the learner's choice once made.
    public var answer: Int
    public var chosen: Int?
    public var explain: LocalizedText
    public init(ask: LocalizedText, choices: [LocalizedText], answer: Int, chosen: Int?, explain: LocalizedText) {
        self.ask = ask
        self.choices = choices
        self.answer = answer
        self.chosen = chosen
        self.explain = explain
    }
}

public struct TaskReport: Sendable, Equatable {
    public var say: LocalizedText
    /// The world waits for the learner's first actions.
    public var held: Bool
    /// World commands the learner gave so far.
    public var actions: Int
    /// The solution's steps as keys (the footer offers them; the hint spells them out).
    public var keys: [HintItem]
    /// Whether the hint shows (30 s of wall time passed without success).
    public var hint: Bool
    /// The wrong turn's teaching moment when the task went another way: the world stopped and
    /// `u` tries the task again (issue 11).
    public var wrongTurn: LocalizedText?
    public init(say: LocalizedText, held: Bool, actions: Int, keys: [HintItem], hint: Bool,
                wrongTurn: LocalizedText? = nil) {
        self.say = say
        self.held = held
        self.actions = actions
        self.keys = keys
        self.hint = hint
        self.wrongTurn = wrongTurn
    }
    /// Whether Enter still does some steps of the hint (ones no key does).
    public var offersEnter: Bool {
        hint && keys.contains { if case .enter(_, done: false) = $0 { true } else { false } }
    }
}

/// One solution step as the learner does it.
public enum HintItem: Sendable, Equatable {
    /// Select `node` (by `digit` when it has one, else Tab), then the key of `command`.
    case key(KeyCommand, node: String?, digit: Int?)
    /// `m` until the message from `from` to `to` is highlighted, then `x`.
    case drop(from: String, to: String)
    /// `a` until the client's acks mode reads `acks` ("0", "1", "all").
    case acks(String)
    /// `v` until the header's read mode is `mode` (the key goes round ReadIndex, lease, local).
    case readMode(ReadMode)
    /// `o`, ↓ `row` times to the row `label`, then Enter (a switch) or → (a choice) until it
    /// reads `value`, then Esc.
    case option(row: Int, label: Phrase, value: Phrase, isSwitch: Bool)
    /// No key does it: Enter does (`done` once it did); the step in words.
    case enter(Phrase, done: Bool)
}

public struct FailureReport: Sendable, Equatable {
    /// The step in words, what did not hold ("expected: Saturn leads" over "found: Jupiter leads
    /// (term 4)"), and for a `wait` how long it waited (ms).
    public var step: Phrase
    public var found: [Phrase]
    public var waited: Int?
    public init(step: Phrase, found: [Phrase], waited: Int?) {
        self.step = step
        self.found = found
        self.waited = waited
    }
}

public struct EndReport: Sendable, Equatable {
    public var says: Int
    public var tasks: Int
    /// Tasks the learner did live, quiz answers right.
    public var done: Int
    public var quizzes: Int
    public var right: Int
    public var violations: Int
    public init(says: Int, tasks: Int, done: Int, quizzes: Int, right: Int, violations: Int) {
        self.says = says
        self.tasks = tasks
        self.done = done
        self.quizzes = quizzes
        self.right = right
        self.violations = violations
    }
}

/// A new scene: how many nodes, the rules broken on purpose (in words), acks, and whether the
/// no-op is off.
public struct SceneBanner: Sendable, Equatable {
    public var nodes: Int
    public var unsafe: [Phrase]
    public var acks: String
    public var noop: Bool
    public init(nodes: Int, unsafe: [Phrase], acks: String, noop: Bool) {
        self.nodes = nodes
        self.unsafe = unsafe
        self.acks = acks
        self.noop = noop
    }
}

/// A message under the narration.
public enum LessonNote: Sendable, Equatable {
    /// Enter does not skip a task.
    /// Enter does not skip a task (`hintShown`: the hint is already on screen).
    case taskNotDone(hintShown: Bool)
    /// Enter in an unanswered quiz of this many choices: it waits for a digit.
    case pickAnAnswer(Int)
    /// The world is running to the next step.
    case running
    /// Enter cannot go on past a failed step.
    case failedStep
    /// Keys that run the world wait for the reader.
    case waitsForYou
    /// Cluster keys wait while the reader reads (a narration or an answered quiz).
    case keysWhileReading
    /// Cluster keys wait while a quiz of this many choices is unanswered.
    case keysWhileQuiz(Int)
    /// Cluster keys wait while the lesson plays its own steps (between tasks).
    case keysWhileRunning
    /// The lesson resumed at a step (from the progress file).
    case resumed(Int)
    /// Any other text (a progress file problem).
    case text(String)
    /// About trying a task again (issue 11).
    case trap(TrapNote)
}

/// What the player says about a task tried again (issue 11, "No trap").
public enum TrapNote: Sendable, Equatable {
    /// `u` replayed the lesson to the start of the task.
    case retried
    /// `u` outside a task.
    case noTask
    /// A key that acts (or Enter, Space) while the task stopped at a wrong turn.
    case atWrongTurn
    /// A later step would have failed after the learner's own way of doing a task; the scene's
    /// tasks were replayed by their solutions.
    case realigned
}
