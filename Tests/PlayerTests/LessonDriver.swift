import Foundation
import Lessons
import LiveBridge
import RaftCore
import RaftRuntime
import RaftSim
@testable import Screen

/// The lesson player driven synchronously: `Update` for keys, ticks and statuses, and its
/// effects carried to a `RuntimeCore` (no threads, no terminal), as the live loop carries
/// them to the threaded runtime.
struct LessonDriver {
    var core: RuntimeCore
    var state: AppState
    /// Progress effects, in order.
    var saved: [(id: String, step: Int, steps: Int, finished: Bool)] = []

    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios").path
    static let catalog = LessonCatalog.load(directory: scenarios)

    /// A driver with `entry` open (from its first step unless `progress` says otherwise).
    init(_ entry: LessonEntry, lang: Lang = .en, width: Int = 120, height: Int = 36,
         catalog: [LessonEntry] = LessonDriver.catalog.entries, progress: [String: LessonProgress] = [:]) {
        let world = WorldBuilder.world(entry.scenario.cluster)
        core = RuntimeCore(world: world, speed: 1, lesson: true)
        core.apply(.pause)
        state = AppState(live: LiveStatus(world: world, paused: true, speed: 1), lang: lang,
                         seed: entry.scenario.cluster.seed)
        state.width = width
        state.height = height
        state.player.catalog = catalog
        state.player.lang = lang.rawValue
        state.player.progress = progress
        carry(Player.open(entry, &state))
        sync()
    }

    /// A driver with the menu open.
    init(menu lang: Lang, width: Int = 120, height: Int = 36, progress: [String: LessonProgress] = [:],
         note: String? = nil) {
        let world = WorldBuilder.world(ClusterSpec())
        core = RuntimeCore(world: world, speed: 1, lesson: true)
        core.apply(.pause)
        state = AppState(live: LiveStatus(world: world, paused: true, speed: 1), lang: lang)
        state.width = width
        state.height = height
        state.player.catalog = Self.catalog.entries
        state.player.lang = lang.rawValue
        state.player.progress = progress
        carry(Player.openMenu(&state, note: note))
    }

    var lesson: LessonState { state.player.lesson! }
    var phase: LessonPhase { lesson.phase }
    var world: RaftWorld { core.world }

    /// What the live loop builds from a snapshot.
    var status: LiveStatus { RuntimeBridge.live(core.snapshot, lesson: true) }

    mutating func carry(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .command(let command): core.apply(.world(command))
            case .control(let control): core.apply(RuntimeBridge.command(control))
            case let .lesson(.goal(goal, running)): core.setGoal(RuntimeBridge.goal(goal), running: running)
            case .lesson(.replace(let world)):
                core.apply(.pause)
                core.replace(world: world)
            case .lesson(.resume): core.apply(.resume)
            case let .lesson(.progress(id, step, steps, finished)): saved.append((id, step, steps, finished))
            case .quit: break
            }
        }
    }

    /// Feeds the runtime's state to the player until it asks nothing more.
    mutating func sync() {
        for _ in 0..<1000 {
            let effects = Update.apply(&state, .live(status))
            if effects.isEmpty { return }
            carry(effects)
        }
    }

    mutating func press(_ key: Key) {
        carry(Update.apply(&state, .key(key)))
        sync()
    }

    mutating func press(_ c: Character) { press(.char(c)) }

    mutating func tick(_ seconds: Double) {
        carry(Update.apply(&state, .tick(seconds)))
        sync()
    }

    /// Wall time passing (at speed 1, as many simulated ms).
    mutating func advance(_ ms: Double = 1000) {
        core.advance(wallMs: ms)
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

    /// Selects a node by its key (a digit, else Tab).
    mutating func select(_ name: String) {
        guard let id = lesson.cluster.nodes.firstIndex(of: name) else { return }
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
            case .crash(let n): select(n); press("c")
            case .restart(let n): select(n); press("r")
            case .isolate(let n): select(n); press("p")
            case .partition(let groups) where groups.count == 1 && groups[0].count == 1: select(groups[0][0]); press("p")
            case .heal: press("h")
            case .slow(let n, _): select(n); press("s")
            case .timeout(let n): select(n); press("t")
            case .consume(let n): select(n); press("k")
            case .write(let w) where (w.count ?? 1) == 1:
                if let to = w.to { select(to); press("W") } else { press("w") }
            case let .drop(from, to):
                let names = lesson.cluster.nodes
                let a = names.firstIndex(of: from)!, b = names.firstIndex(of: to)!
                for _ in 0..<(names.count * names.count) {
                    press("m")
                    if let h = state.highlighted, h.from == a, h.to == b { break }
                }
                press("x")
            case .run, .wait, .expect, .say: undone.append(item.step)
            default: keyless = true
            }
        }
        if keyless {
            tick(clock)
            clock += TaskState.hintAfter + 1
            tick(clock)
            press(.enter)
        }
        return undone
    }


}

/// The parts of a world that say it is the same world: two runs that agree on all of them
/// handled the same events to the same state.
struct WorldPrint: Equatable, CustomStringConvertible {
    var now: Int
    var events: Int
    var sent: Int
    var nodes: [Node]
    var network: Network<Message>
    var values: [String]
    var acked: Int
    var lost: Int
    var consumed: Int
    var violations: Int

    init(_ w: RaftWorld) {
        now = w.now
        events = w.eventCount
        sent = w.messagesSent
        nodes = w.nodes
        network = w.network
        values = w.values
        acked = w.clients.acked
        lost = w.clients.lost
        consumed = w.clients.consumed
        violations = w.violations.count
    }

    var description: String {
        "t=\(now) events=\(events) sent=\(sent) acked=\(acked) lost=\(lost) consumed=\(consumed) violations=\(violations) "
            + nodes.map { "\($0.id):\($0.role)/\($0.term)/\($0.log.entries.map(\.term))/c\($0.commitIndex)" }.joined(separator: " ")
    }
}
