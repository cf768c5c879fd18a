import Foundation
import Lessons
import MainLoop
import KafkaCore
import Picture
import RaftCore
import RaftRuntime
import RaftSim
import TestSupport
@testable import Screen

/// The lesson player driven synchronously through the real main loop: a scripted console
/// for keys, a runtime that moves only when the test says (no threads, no terminal).
struct LessonDriver {
    let runtime: SteppedRuntime
    let console: ScriptConsole
    let host: LessonHost
    var loop: MainLoop
    /// The wall clock of the last `tick`.
    var clock: Double?

    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios").path
    static let catalog = LessonCatalog.load(directory: scenarios)

    /// A driver with `entry` open (from its first step unless `progress` says otherwise).
    init(_ entry: LessonEntry, lang: Lang = .en, width: Int = 120, height: Int = 36,
         catalog: [LessonEntry] = LessonDriver.catalog.entries, progress: [String: LessonProgress] = [:],
         unshown: [String] = []) {
        self.init(world: ClusterWorld(entry.scenario.cluster), lang: lang, width: width, height: height,
                  catalog: catalog + (catalog.contains { $0.id == entry.id } ? [] : [entry]), progress: progress,
                  unshown: unshown)
        for effect in Player.open(entry.listing, &loop.state) { loop.carryOut(effect) }
        sync()
    }

    /// A driver with the menu open.
    init(menu lang: Lang, width: Int = 120, height: Int = 36, progress: [String: LessonProgress] = [:],
         note: String? = nil) {
        self.init(world: ClusterWorld(.raft(.defaultCluster)), lang: lang, width: width, height: height,
                  catalog: Self.catalog.entries, progress: progress)
        Player.openMenu(&loop.state, note: note)
        sync()
    }

    private init(world: ClusterWorld, lang: Lang, width: Int, height: Int, catalog: [LessonEntry],
                 progress: [String: LessonProgress], unshown: [String] = []) {
        var core = RuntimeCore(world: world, speed: 1)
        core.apply(.pause)
        runtime = SteppedRuntime(core)
        console = ScriptConsole(width: width, height: height)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raftlab-driver-\(UUID().uuidString)").path
        host = LessonHost(store: ProgressStore(environment: ["XDG_STATE_HOME": dir]), entries: catalog,
                          unshown: unshown)
        var state = AppState(picture: ClusterPicture(), lang: lang)
        state.player.catalog = catalog.map(\.listing)
        state.player.lang = lang.rawValue
        state.player.progress = progress
        loop = MainLoop(runtime: runtime, console: console, state: state, lessons: host)
    }

    var state: AppState {
        get { loop.state }
        set { loop.state = newValue }
    }
    var core: RuntimeCore { runtime.core }
    var lesson: LessonRun { core.lesson! }
    var phase: LessonRun.Phase { lesson.phase }
    var world: ClusterWorld { core.world }
    /// What the progress file holds for a lesson.
    func saved(_ id: String) -> LessonProgress? { host.store.lessons[id] }

    /// Replays the lesson to step `k` (0-based), as `g` does.
    mutating func jump(to k: Int) {
        runtime.send(.action(.lesson(.jump(k))))
        sync()
    }

    /// Straight to the end of the lesson (its last step replayed).
    mutating func jumpToEnd() { jump(to: lesson.steps.count) }

    /// One turn of the main loop: the runtime's news, a frame, the inputs queued.
    mutating func sync() {
        _ = loop.turn()
        _ = loop.turn()
    }

    mutating func press(_ key: Key) {
        console.queued.append(.key(key))
        sync()
    }

    mutating func press(_ c: Character) { press(.char(c)) }

    /// The wall clock reads `seconds` (a task's hint comes after 30 s of it).
    mutating func tick(_ seconds: Double) {
        if let clock { runtime.advance(wallMs: (seconds - clock) * 1000) }
        clock = seconds
        sync()
    }

    /// Wall time passing (at speed 1, as many simulated ms).
    mutating func advance(_ ms: Double = 1000) {
        runtime.advance(wallMs: ms)
        sync()
    }

    /// Wall time passing until the lesson waits for the learner (or has failed or ended).
    mutating func settle() {
        for _ in 0..<100 {
            switch phase {
            case .running: advance()
            case .task(let task) where !task.held: advance()
            default: return
            }
        }
    }

    /// Plays on to the end as a learner who does each task by its solution and answers each
    /// quiz right. Returns why it stopped short (a failed step, a phase it cannot go on from),
    /// or nil once the lesson has ended.
    mutating func playToEnd(limit: Int = 10_000) -> String? {
        var clock = 0.0
        for _ in 0..<limit where phase != .ended {
            switch phase {
            case .narrating, .quiz(chosen: .some): press(.enter)
            case .quiz(nil):
                guard case .quiz(let quiz)? = lesson.step else { break }
                press(Character(String(quiz.answer)))
            case .task(let progress) where progress.held:
                guard case .task(let spec)? = lesson.step else { break }
                _ = performTask(spec, clock: &clock)
            case .task, .running: advance()
            case .failed(let failure): return "step \(lesson.index + 1) failed: \(failure.step): \(failure.found)"
            case .ended, .entering: break
            }
        }
        return phase == .ended ? nil : "not ended after \(limit) turns: \(phase)"
    }

    /// Selects a node by its key (a digit, else Tab).
    mutating func select(_ id: NodeID) {
        if id < 9 { return press(Character(String(id + 1))) }
        while state.selected != id { press(.tab) }
    }

    /// Does a task's solution with the keys a learner would press (Enter for steps with no key,
    /// after the hint). Returns the steps it could not do.
    mutating func performTask(_ task: TaskSpec, clock: inout Double) -> [Step] {
        var undone: [Step] = []
        var keyless = false
        for item in task.solution {
            switch item.step {
            case .command(let command): keyless = !perform(command) || keyless
            case .run, .wait, .expect, .say: undone.append(item.step)
            default: keyless = true
            }
        }
        if keyless {
            tick(clock)
            clock += TaskProgress.hintAfter + 1
            tick(clock)
            press(.enter)
        }
        return undone
    }

    /// Does a command with its keys; false for a command no key does (Enter does it).
    mutating func perform(_ command: ClusterCommand) -> Bool {
        switch command {
        case .crash(let n): select(n); press("c")
        case .restart(let n): select(n); press("r")
        case .partition(let groups) where groups.count == 1 && groups[0].count == 1: select(groups[0][0]); press("p")
        case .heal: press("h")
        case .slow(let n, _): select(n); press("s")
        case .timeout(let n): select(n); press("t")
        case .consume(let n): select(n); press("k")
        case let .write(_, to, _, 1): if let to { select(to); press("W") } else { press("w") }
        case let .drop(from, to):
            let count = lesson.cluster.names.count
            for _ in 0..<(count * count) {
                press("m")
                if state.highlighted == Link(from: from, to: to) { break }
            }
            press("x")
        case .configure: return configure(command)
        case .snapshot(let n): select(n); press("S")
        case .read(nil, let mode): return play(.readMode(mode)) && { press("R"); return true }()
        case .transfer(let n): select(n); press("T")
        case .add(let n): select(n); press("A")
        case .remove(let n): select(n); press("D")
        default: return false
        }
        return true
    }
}

/// The parts of a world that say it is the same world: two runs that agree on all of them
/// handled the same events to the same state. A Raft world's nodes and network, or a Kafka
/// world's engine (its replicas and controller) and network.
struct WorldPrint: Equatable, CustomStringConvertible {
    struct Raft: Equatable {
        var nodes: [Node]
        var network: Network<RaftCore.Message>
    }
    struct Kafka: Equatable {
        var engine: KafkaEngine
        var network: Network<KafkaCore.Message>
    }

    var now: Int
    var events: Int
    var sent: Int
    var raft: Raft?
    var kafka: Kafka?
    var values: [String]
    var acked: Int
    var lost: Int
    var consumed: Int
    var violations: Int

    init(_ w: ClusterWorld) {
        now = w.now
        events = w.eventCount
        sent = w.messagesSent
        raft = w.raftWorld.map { Raft(nodes: $0.nodes, network: $0.network) }
        kafka = w.kafkaWorld.map { Kafka(engine: $0.engine, network: $0.network) }
        values = w.values
        acked = w.clients.acked
        lost = w.clients.lost
        consumed = w.clients.consumed
        violations = w.violations.count
    }

    var description: String {
        let nodes = raft.map { r in
            r.nodes.map { "\($0.id):\($0.role)/\($0.term)/\($0.log.entries.map(\.term))/c\($0.commitIndex)" }
        } ?? kafka.map { k in
            k.engine.nodes.map { "\($0.id):\($0.role)/e\($0.epoch)/\($0.log.records.map(\.epoch))/hw\($0.hw)" }
        } ?? []
        return "t=\(now) events=\(events) sent=\(sent) acked=\(acked) lost=\(lost) consumed=\(consumed) violations=\(violations) "
            + nodes.joined(separator: " ")
    }
}
