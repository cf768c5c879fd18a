import Foundation
import Lessons
import Picture
import RaftCore
import RaftRuntime
import RaftSim
import Testing
@testable import Screen

/// Every lesson with wrong turns, in both languages (issue 11, Tests): played live with the
/// earlier tasks done by their solutions as the learner's keys; at each task, every wrong
/// turn's `example` is taken with the keys, the world runs until the wrong turn shows with its
/// teaching moment in the learner's language, `u` brings back the task's start exactly, and
/// after the solution the lesson plays on to its end, where the world is the headless run's.
struct WrongTurnPlayTests {
    typealias Case = LessonInLanguage

    /// The lessons, and the test lesson of wrong turns (so the test runs whatever the lessons hold).
    static let entries: [LessonEntry] = LessonDriver.catalog.entries + [LessonTrapTests.testLesson]

    static func examples(_ entry: LessonEntry) -> Int {
        entry.scenario.steps.reduce(0) { count, at in
            guard case .task(let task) = at.step else { return count }
            return count + task.wrongTurns.filter { !$0.example.isEmpty }.count
        }
    }

    static let cases: [Case] = entries.filter { examples($0) > 0 }
        .flatMap { entry in Lang.allCases.map { Case(entry: entry, lang: $0) } }

    @Test func theTestLessonHasWrongTurns() {
        #expect(Self.examples(LessonTrapTests.testLesson) == 3)
    }

    @Test(arguments: cases)
    func everyWrongTurnExplainsItselfAndRecovers(_ c: Case) throws {
        var d = LessonDriver(c.entry, lang: c.lang)
        var tried: Set<Int> = []
        var shown = 0
        var clock = 0.0
        for _ in 0..<20_000 where d.phase != .ended {
            let index = d.lesson.index
            switch d.phase {
            case .narrating: d.press(.enter)
            case .quiz(nil):
                guard case .quiz(let quiz)? = d.lesson.step else { break }
                d.press(Character(String(quiz.answer)))
            case .quiz: d.press("n")
            case .task(let progress) where progress.wrongTurn != nil:
                Issue.record("\(c): step \(index + 1) stopped at a wrong turn its solution should avoid")
                return
            case .task:
                guard case .task(let task)? = d.lesson.step else { break }
                guard tried.insert(index).inserted else {
                    d.advance()
                    break
                }
                for (k, turn) in task.wrongTurns.enumerated() where !turn.example.isEmpty {
                    try takeWrongTurn(k, turn, of: task, at: index, &d, c)
                    shown += 1
                }
                let undone = d.performTask(task, clock: &clock)
                #expect(undone.isEmpty, "\(c): task at step \(index + 1) has steps no key does: \(undone)")
            case .running: d.advance()
            case .failed(let failure):
                Issue.record("\(c): step \(index + 1) failed: \(failure.step): \(failure.found)")
                return
            case .ended, .entering: break
            }
        }
        try #require(d.phase == .ended, "\(c) did not reach its end: at step \(d.lesson.index + 1), \(d.phase)")
        #expect(shown == Self.examples(c.entry))
        #expect(d.lesson.journal.realigned.isEmpty)

        // Every retry left no trace: the world at the end is the headless run's.
        var headless = ScenarioRunner(c.entry.scenario)
        #expect(headless.run() == nil)
        var live = d.world
        var end = headless.world
        live.run(for: 0)
        end.run(for: 0)
        #expect(WorldPrint(live) == WorldPrint(end), "\(c): live \(WorldPrint(live))\n  headless \(WorldPrint(end))")
    }

    /// Takes wrong turn `k` of the task at step `index` by its example, checks what the player
    /// shows, and presses `u`.
    func takeWrongTurn(_ k: Int, _ turn: WrongTurn, of task: TaskSpec, at index: Int, _ d: inout LessonDriver,
                       _ c: Case) throws {
        let start = WorldPrint(d.world)
        let name = "\(c): step \(index + 1), wrong turn \(k + 1)"
        for item in turn.example where !d.lesson.atWrongTurn {
            switch item.step {
            case .command(let command):
                let done = if case .configure = command { d.configure(command, shortest: true) } else { d.perform(command) }
                if !done {
                    Issue.record("\(name): no key does \(command)")
                }
            case .run(let ms):
                d.runHeld()
                d.advance(Double(ms))
            default:
                Issue.record("\(name): the example's \(item.step.name) has no key")
            }
        }
        d.runHeld()
        for _ in 0..<100 where !d.lesson.atWrongTurn && d.lesson.index == index { d.advance(100) }
        try #require(d.lesson.atWrongTurn, "\(name): not shown; at step \(d.lesson.index + 1), \(d.phase)")

        // Its teaching moment, in both languages, on screen in the learner's.
        guard case .task(let progress) = d.phase, let shownTurn = progress.wrongTurn else { return }
        let say = task.wrongTurns[shownTurn].say
        for lang in ["en", "ko"] {  // written in both, not one falling back to the other
            #expect(say.translations.contains { $0.language == lang && !$0.text.isEmpty }, "\(name): no \(lang) text")
        }
        let lines = NarrationView.lines(d.state, width: 1000).map { $0.runs.map(\.text).joined() }
        let marker = LessonWords(c.lang).wrongTurn
        #expect(lines.contains(marker), "\(name): \(lines)")
        #expect(lines.contains(say.resolve(c.lang.rawValue)), "\(name): \(lines)")
        for (w, h) in [(80, 24), (120, 36)] {
            var s = d.state
            s.width = w
            s.height = h
            _ = Render.screen(s)
        }

        d.press("u")
        guard case .task(let again) = d.phase else {
            Issue.record("\(name): after u, \(d.phase)")
            return
        }
        #expect(d.lesson.index == index && again.actions == 0 && again.wrongTurn == nil, "\(name)")
        #expect(WorldPrint(d.world) == start, "\(name): u does not bring back the task's start")
    }
}

extension LessonDriver {
    /// Lets a task that holds the world for the learner run (Space), as a learner would after
    /// fewer commands than the solution has.
    mutating func runHeld() {
        if case .task(let task) = phase, task.held { press(" ") }
    }
}
