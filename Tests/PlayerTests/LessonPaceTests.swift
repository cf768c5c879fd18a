import Foundation
import Lessons
import Picture
import RaftCore
import RaftSim
import Testing
@testable import RaftRuntime
@testable import Screen

/// No dead time (issue 11, item 2): every lesson played by its solutions through the live
/// runtime core at the default speed, with a virtual wall clock ticking as `Runtime`'s timer
/// does (the reader presses Enter at once, quizzes are answered at once, tasks done at once).
/// The longest stretch of wall time with nothing new on screen is at most 10 s.
struct LessonPaceTests {
    /// `Runtime`'s timer period, in wall ms.
    static let tickMs = 20.0
    /// The longest quiet a learner may wait (issue 11: 10 s of wall time).
    static let limitMs = 10_000.0

    /// The longest quiet stretch of one play, and the step it was in (1-based).
    struct Quiet: CustomStringConvertible {
        var ms = 0.0
        var step = 0
        var wallMs = 0.0
        var description: String {
            String(format: "%5.1f s (step %d)", ms / 1000, step)
        }
    }

    /// What a learner sees change, as the test (not the runtime) reads it: the newest line of
    /// the events pane, each node's role, and the lesson's step and what its pane shows.
    struct Seen: Equatable {
        var newestLine: Int?
        var roles: [Role?]
        var step: Int
        var phase: LessonRun.Phase

        /// A line of the events pane that is not a message dropped by a partition, a cut link or a
        /// crashed node (those repeat what was said when the partition, cut or crash began).
        static func new(_ event: ClusterEvent) -> Bool {
            switch event {
            case .raft(let e): if case .dropped(_, let reason) = e.kind { return reason == .byHand }
            case .kafka(let e): if case .dropped(_, let reason) = e.kind { return reason == .byHand }
            }
            return event.isMain
        }

        init(_ core: RuntimeCore) {
            newestLine = core.visibleEvents.last { Self.new($0.event) }?.serial
            roles = (0..<core.world.size).map { core.world.role(of: $0) }
            step = core.lesson?.index ?? -1
            var phase = core.lesson?.phase ?? .ended
            if case .task(var task) = phase {  // the hint's wall clock is not on screen
                task.wallMs = 0
                phase = .task(task)
            }
            self.phase = phase
        }
    }

    /// Plays `entry` to its end; returns its longest quiet stretch.
    static func play(_ entry: LessonEntry, fastForward: Bool) -> Quiet {
        var core = RuntimeCore(world: ClusterWorld(entry.scenario.cluster), speed: 0.02)
        core.fastForward = fastForward
        core.apply(.startLesson(LessonStart(id: entry.id, number: entry.number, scenario: entry.scenario)))
        var wall = 0.0
        var lastNew = 0.0
        var seen = Seen(core)
        var longest = Quiet()
        for _ in 0..<2_000_000 {
            guard let run = core.lesson else { break }
            switch run.phase {
            case .narrating, .quiz(chosen: .some): core.apply(.action(.lesson(.goOn)))
            case .quiz(chosen: nil):
                guard case .quiz(let quiz)? = run.step else { break }
                core.apply(.action(.lesson(.answer(quiz.answer))))
            case .task(let task) where task.held:
                guard case .task(let spec)? = run.step else { break }
                for case .command(let command) in spec.solution.map(\.step) { core.learner(command) }
                core.news()  // the learner's keys, as `apply(.action(...))` notes them
            case .task, .running:
                core.advance(wallMs: tickMs)
                wall += tickMs
            case .failed(let failure):
                Issue.record("\(entry.id): step \(run.index + 1) failed: \(failure.step): \(failure.found)")
                return longest
            case .ended, .entering: return longest
            }
            let now = Seen(core)
            if now != seen {
                if wall - lastNew > longest.ms { longest = Quiet(ms: wall - lastNew, step: run.index + 1, wallMs: wall) }
                lastNew = wall
                seen = now
            }
        }
        Issue.record("\(entry.id) did not end")
        return longest
    }

    @Test func noLessonWaitsMoreThanTenSecondsOnNothing() {
        var lines: [String] = []
        for entry in LessonDriver.catalog.entries {
            let before = Self.play(entry, fastForward: false)
            let after = Self.play(entry, fastForward: true)
            lines.append("\(entry.id.padding(toLength: 30, withPad: " ", startingAt: 0)) before \(before)   after \(after)")
            #expect(after.ms <= Self.limitMs, "\(entry.id): \(after.ms / 1000) s of nothing new at step \(after.step)")
        }
        print("Longest wall time with nothing new on screen, at ×0.02:\n" + lines.joined(separator: "\n"))
    }

    /// Paused means paused (issue 11): Space in a running step and in a task the learner has
    /// set going stops everything, and the header and the narration pane say so in words.
    @Test(arguments: Lang.allCases)
    func spaceStopsEverythingAndTheScreenSaysSo(_ lang: Lang) throws {
        let entry = try #require(LessonDriver.catalog.entries.first { $0.id == "03-leader-election" })
        var d = LessonDriver(entry, lang: lang)
        let words = lang == .en ? (header: "‖ paused", pane: "‖ Paused: no time passes")
                                : (header: "‖ 일시 정지", pane: "‖ 일시 정지: 시간이 흐르지")
        func expectStill(_ where_: String) {
            #expect(d.core.paused, "\(where_)")
            let before = WorldPrint(d.world)
            d.advance(60_000)
            #expect(WorldPrint(d.world) == before, "\(where_): the world moved while paused")
            let screen = Render.screen(d.state).lines
            #expect(screen[0].contains(words.header), "\(where_): \(screen[0])")
            #expect(screen.contains { $0.contains(words.pane) }, "\(where_): \(screen.joined(separator: "\n"))")
            #expect(!screen[0].contains("⏩"))
        }
        d.press(.enter)  // the first narration read: the world runs half a second
        #expect(d.phase == .running)
        d.press(" ")
        expectStill("a running step")
        d.press(" ")
        #expect(!d.core.paused)
        var clock = 0.0
        for _ in 0..<200 {
            switch d.phase {
            case .narrating, .quiz(chosen: .some): d.press(.enter)
            case .quiz(nil):
                guard case .quiz(let quiz)? = d.lesson.step else { break }
                d.press(Character(String(quiz.answer)))
            case .running: d.advance(100)
            case .task(let task) where task.held:
                guard case .task(let spec)? = d.lesson.step else { break }
                _ = d.performTask(spec, clock: &clock)  // Neptune crashes: the world runs toward a new leader
                d.press(" ")
                guard case .task(let now) = d.phase, !now.held else {
                    Issue.record("the task ended at once")
                    return
                }
                return expectStill("a task set going")
            default:
                Issue.record("\(d.phase)")
                return
            }
        }
        Issue.record("no task reached")
    }
}
