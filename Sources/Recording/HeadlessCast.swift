import Lessons
import MainLoop
import Picture
import RaftRuntime
import Screen
import Terminal

/// What `raftlab cast` is asked for.
public struct CastSettings: Sendable {
    public var width: Int
    public var height: Int
    public var lang: Lang
    /// `--speed X`: every recorded time is divided by X.
    public var speed: Double
    public var depth: ColorDepth
    /// The most player time a cast may take (ms).
    public var longestMs: Int

    public init(width: Int = 80, height: Int = 24, lang: Lang = .en, speed: Double = 1, depth: ColorDepth = .full,
                longestMs: Int = CastTiming.longestMs) {
        self.width = width
        self.height = height
        self.lang = lang
        self.speed = speed
        self.depth = depth
        self.longestMs = longestMs
    }

    /// The terminal a headless cast says it was made for.
    public static let term = "xterm-256color"
}

/// Why a headless cast stopped short; `step` is 1-based, as `raftlab check` counts.
public enum CastFailure: Error, Equatable, CustomStringConvertible {
    /// A `wait` or `expect` did not hold.
    case failed(step: Int, what: String)
    /// A task's solution led into one of its wrong turns.
    case wrongTurn(step: Int, turn: Int)
    /// A task's solution, pressed as its hint says, did not set the world going.
    case stuck(step: Int)
    /// Longer than `CastSettings.longestMs` of the player's time.
    case tooLong(step: Int, ms: Int)

    public var description: String {
        switch self {
        case let .failed(step, what): "step \(step) failed: \(what); `raftlab check FILE` says more"
        case let .wrongTurn(step, turn): "step \(step): the task's solution leads into wrong turn \(turn + 1)"
        case .stuck(let step): "step \(step): the task's solution, done by its keys, does not finish it"
        case let .tooLong(step, ms):
            "the lesson runs past \(TimeWords.minutes(ms)) of player time (at step \(step)); a cast stops there"
        }
    }
}

/// A scenario played as a lesson without a terminal, recorded (issue 14, `raftlab cast`): the
/// real player (the main loop, the runtime in step with virtual wall time) drawn on a headless
/// console, so the recording shows exactly what the player draws. The reader reads each
/// narration for `CastTiming.reading`, does each task by the keys its hint names, answers each
/// quiz right after reading it and reads the answer; quiet stretches fast-forward as in the
/// player (`Boost`, which runs on wall time). Everything is a function of the inputs: the same
/// scenario, size, language and speed give the same bytes.
public struct HeadlessCast {
    let runtime: SteppedRuntime
    let console: RecordingConsole
    let keys: HeadlessConsole
    let clock: VirtualClock
    var loop: MainLoop
    let settings: CastSettings

    /// Plays `entry` to its end; the recording, or why it stopped short. `catalog` is what the
    /// lesson's end names as the next lesson (the player's catalog).
    public static func record(_ entry: LessonEntry, catalog: [LessonEntry] = [], _ settings: CastSettings)
        throws(CastFailure) -> AsciicastWriter {
        var cast = HeadlessCast(entry, catalog: catalog, settings)
        try cast.play()
        return cast.console.recorder.writer
    }

    init(_ entry: LessonEntry, catalog: [LessonEntry], _ settings: CastSettings) {
        self.settings = settings
        var core = RuntimeCore(world: ClusterWorld(entry.scenario.cluster))  // at the player's default speed
        core.apply(.pause)
        runtime = SteppedRuntime(core)
        keys = HeadlessConsole(width: settings.width, height: settings.height)
        let clock = VirtualClock()
        self.clock = clock
        let header = AsciicastWriter.Header(width: settings.width, height: settings.height, term: CastSettings.term,
                                            title: ShownText.escaped(entry.scenario.title.resolve(settings.lang.rawValue)))
        let speed = settings.speed
        console = RecordingConsole(keys, recorder: CastRecorder(header, depth: settings.depth),
                                   clock: { Int((Double(clock.ms) * 1000 / speed).rounded()) })
        // Progress is kept nowhere: a cast leaves the learner's progress file alone.
        let entries = catalog.contains { $0.id == entry.id } ? catalog : catalog + [entry]
        let host = LessonHost(store: ProgressStore(path: nil), entries: entries)
        var state = AppState(picture: ClusterPicture(), lang: settings.lang, colors: settings.depth != .none)
        state.player.catalog = entries.map(\.listing)
        state.player.lang = settings.lang.rawValue
        loop = MainLoop(runtime: runtime, console: console, state: state, lessons: host)
        for effect in Player.open(entry.listing, &loop.state) { loop.carryOut(effect) }
        turns()
    }

    var lesson: LessonRun? { runtime.core.lesson }
    /// The current step, 1-based.
    var stepNumber: Int { (lesson?.index ?? 0) + 1 }

    /// Plays the lesson as a reader who reads, does each task by its solution and answers each
    /// quiz right, until it ends.
    mutating func play() throws(CastFailure) {
        var pressedTask: Int?
        while let lesson {
            guard clock.ms <= settings.longestMs else { throw .tooLong(step: stepNumber, ms: settings.longestMs) }
            switch (lesson.phase, lesson.step) {
            case (.narrating, .say(let text)?):
                read(text)
                press(.enter)
            case (.quiz(nil), .quiz(let quiz)?):
                read(quiz.ask, quiz.choices)
                press(.char(Character(String(quiz.answer))))
            case (.quiz(.some), .quiz(let quiz)?):
                read(quiz.explain)
                press(.enter)
            case (.task(let task), _) where task.wrongTurn != nil:
                throw .wrongTurn(step: stepNumber, turn: task.wrongTurn ?? 0)
            case (.task(let task), .task(let spec)?) where task.held:
                guard pressedTask != lesson.index else { throw .stuck(step: stepNumber) }
                pressedTask = lesson.index
                read(spec.say)
                doTask(spec)
            case (.failed(let failure), _):
                throw .failed(step: stepNumber, what: failure.found.map { $0[settings.lang] }
                    .joined(separator: "; "))
            case (.ended, _):
                pass(CastTiming.endMs)
                console.hold()
                return
            default:
                pass(CastTiming.frameMs)
            }
        }
    }

    // MARK: - Time and keys

    /// Reading `text` (and `more`) in the narration pane: its reading time, then ↓ while the
    /// pane has more below, each line it brings read in turn.
    mutating func read(_ text: LocalizedText, _ more: [LocalizedText] = []) {
        pass(CastTiming.reading(([text] + more).map { $0.resolve(settings.lang.rawValue) }.joined()))
        for _ in 0..<CastTiming.longestScroll {
            let frames = console.recorder.frameCount
            keys.queued.append(.key(.down))
            turns()
            guard console.recorder.frameCount != frames else { return }
            pass(CastTiming.readingPerCharacterMs * settings.width)
        }
    }

    /// `ms` of wall time (rounded up to whole frames): the runtime ticks on, a frame is taken
    /// at each frame interval (recorded only when it changed).
    mutating func pass(_ ms: Int) {
        let frames = (ms + CastTiming.frameMs - 1) / CastTiming.frameMs
        for _ in 0..<frames {
            for _ in 0..<(CastTiming.frameMs / CastTiming.tickMs) {
                runtime.advance(wallMs: Double(CastTiming.tickMs))
                clock.ms += CastTiming.tickMs
            }
            turns()
        }
    }

    /// A key, then the pause before the next.
    mutating func press(_ key: Key) {
        keys.queued.append(.key(key))
        turns()
        pass(CastTiming.keyMs)
    }

    /// The main loop's turns: the inputs, then the runtime's news and the frame they make.
    mutating func turns() {
        _ = loop.turn()
        _ = loop.turn()
    }
}


/// Durations in words for messages.
enum TimeWords {
    /// "30 minutes", "1 minute", "5 seconds".
    static func minutes(_ ms: Int) -> String {
        let (count, unit) = ms >= 60_000 ? (ms / 60_000, "minute") : (ms / 1_000, "second")
        return "\(count) \(unit)\(count == 1 ? "" : "s")"
    }
}
