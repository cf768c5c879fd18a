import Foundation
import Lessons
import Picture
import RaftCore
import RaftRuntime
import RaftSim
import Testing
@testable import Screen

/// One lesson played in one language: the argument of the tests that play every lesson.
struct LessonInLanguage: Sendable, CustomStringConvertible {
    let entry: LessonEntry
    let lang: Lang
    var description: String { "\(entry.id) (\(lang.rawValue))" }
}

/// Every lesson played through the player's update logic with a RuntimeCore (issue 5, Tests):
/// on through each `say`, each quiz answered, each task done with the keys, to the end; the
/// run matches a headless run; then `b` and `g` land on exactly the worlds of the straight run.
struct LessonPlayTests {
    typealias Case = LessonInLanguage

    static let cases: [Case] = LessonDriver.catalog.entries.flatMap { entry in Lang.allCases.map { Case(entry: entry, lang: $0) } }

    @Test func theNineteenLessonsAreThere() {
        #expect(LessonDriver.catalog.entries.count == 19)
        #expect(LessonDriver.catalog.problems.isEmpty)
    }

    /// Any scenario file plays as a lesson: the test scenarios, played live, end where a
    /// headless run ends.
    @Test(arguments: ["figure-7", "figure-8", "format-example"])
    func anyScenarioPlaysAsALesson(_ name: String) throws {
        let path = URL(fileURLWithPath: LessonDriver.scenarios).deletingLastPathComponent()
            .appendingPathComponent("Tests/LessonsTests/scenarios/\(name).yaml").path
        guard case .success(let entry) = LessonDriver.catalog.resolve(path) else { return #expect(Bool(false), "\(path)") }
        var d = LessonDriver(entry, catalog: [])
        if let stopped = d.playToEnd() {
            Issue.record("\(name): \(stopped)")
            return
        }
        #expect(d.phase == .ended)
        var headless = ScenarioRunner(entry.scenario)
        #expect(headless.run() == nil)
        var live = d.world
        var end = headless.world
        live.run(for: 0)
        end.run(for: 0)
        #expect(WorldPrint(live) == WorldPrint(end))
    }

    @Test(arguments: cases)
    func playsToTheEndAndReplaysExactly(_ c: Case) throws {
        var d = LessonDriver(c.entry, lang: c.lang)
        var prints: [Int: WorldPrint] = [:]
        var done: Set<Int> = []
        var clock = 0.0
        var rendered = 0
        for _ in 0..<20_000 {
            let index = d.lesson.index
            if prints[index] == nil, LessonRun.isStop(d.lesson.step ?? .command(.heal)) {
                prints[index] = WorldPrint(d.world)
                for (w, h) in [(80, 24), (120, 36)] {
                    var s = d.state
                    s.width = w
                    s.height = h
                    _ = Render.screen(s)
                    rendered += 1
                }
            }
            switch d.phase {
            case .narrating: d.press(.enter)
            case .quiz(nil):
                guard case .quiz(let quiz)? = d.lesson.step else { break }
                d.press(Character(String(quiz.answer)))
                #expect(d.phase == .quiz(chosen: quiz.answer))
            case .quiz: d.press("n")
            case .task:
                guard case .task(let task)? = d.lesson.step else { break }
                if done.insert(index).inserted {
                    let undone = d.performTask(task, clock: &clock)
                    #expect(undone.isEmpty, "\(c): task at step \(index + 1) has steps no key does: \(undone)")
                } else {
                    d.advance()
                }
            case .running: d.advance()
            case .failed(let failure):
                Issue.record("\(c): step \(d.lesson.index + 1) failed: \(failure.step): \(failure.found)")
                return
            case .ended, .entering: break
            }
            if d.phase == .ended { break }
        }
        try #require(d.phase == .ended, "\(c) did not reach its end: at step \(d.lesson.index + 1), \(d.phase)")
        #expect(d.saved(c.entry.id).map { $0.finished && $0.step == c.entry.scenario.steps.count } == true)
        let steps = c.entry.scenario.steps.map(\.step)
        #expect(prints.count == steps.filter(LessonRun.isStop).count)
        #expect(done.count == steps.filter { if case .task = $0 { true } else { false } }.count)
        #expect(d.lesson.journal.played == done)
        #expect(rendered == 2 * prints.count)

        // The live run is the headless run (the keys gave the solutions' commands at the same times).
        var headless = ScenarioRunner(c.entry.scenario)
        #expect(headless.run() == nil)
        var live = d.world
        var end = headless.world
        live.run(for: 0)
        end.run(for: 0)
        #expect(WorldPrint(live) == WorldPrint(end), "\(c): live \(WorldPrint(live))\n  headless \(WorldPrint(end))")

        // b: the previous stop, exactly as the straight run had it.
        let stops = prints.keys.sorted()
        d.press("b")
        let last = try #require(stops.last)
        #expect(d.lesson.index == last)
        #expect(WorldPrint(d.world) == prints[last], "\(c): b to step \(last + 1)")
        d.press("b")
        if stops.count >= 2 {
            let before = stops[stops.count - 2]
            #expect(d.lesson.index == before)
            #expect(WorldPrint(d.world) == prints[before], "\(c): b again to step \(before + 1)")
        }

        // g: back to the first task (or the first stop), then forward to a late stop.
        let tasks = stops.filter { if case .task = c.entry.scenario.steps[$0].step { true } else { false } }
        for target in [tasks.first ?? stops[0], stops[stops.count / 2], stops[0], last] {
            d.press("g")
            try #require(d.state.player.stepList != nil)
            while let cursor = d.state.player.stepList, cursor != target {
                d.press(cursor < target ? .down : .up)
            }
            d.press(.enter)
            #expect(d.state.player.stepList == nil)
            #expect(d.lesson.index == target)
            #expect(WorldPrint(d.world) == prints[target], "\(c): g to step \(target + 1)")
        }
    }
}
