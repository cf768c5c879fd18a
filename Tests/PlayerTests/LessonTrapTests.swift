import Foundation
import Lessons
import Picture
import RaftCore
import RaftRuntime
import RaftSim
import Testing
import TestSupport
@testable import Screen

/// No trap (issue 11): a task stops at its wrong turn and says why, `u` tries it again from
/// its start, and a later step that fails after a task done the learner's own way is replayed
/// with the task's solution instead of failing.
struct LessonTrapTests {
    static func entry(_ yaml: String) throws -> LessonEntry {
        LessonEntry(id: "/test/wrong-turns.yaml", number: nil, path: "/test/wrong-turns.yaml",
                    scenario: try ScenarioLoader.parse(yaml: yaml, file: "wrong-turns.yaml"))
    }

    /// `Tests/LessonsTests/scenarios/wrong-turns.yaml`: the traps of lessons 7 and 3, and a task
    /// the learner can do in a way the next step does not expect.
    static let testLesson: LessonEntry = {
        let path = URL(fileURLWithPath: LessonDriver.scenarios).deletingLastPathComponent()
            .appendingPathComponent("Tests/LessonsTests/scenarios/wrong-turns.yaml").path
        guard case .success(let entry) = LessonDriver.catalog.resolve(path) else { fatalError("cannot load \(path)") }
        return entry
    }()

    /// The narration pane's text, in one string per line.
    static func narration(_ d: LessonDriver, _ lang: Lang) -> [String] {
        var state = d.state
        state.lang = lang
        state.player.lang = lang.rawValue
        return NarrationView.lines(state, width: 200).map { $0.runs.map(\.text).joined() }
    }

    @Test func theWrongKeyStopsTheTaskSaysWhyAndURetriesIt() throws {
        var d = LessonDriver(try Self.entry(WrongTurnLesson.yaml(when: "{role: {Jupiter: [candidate, leader]}}")), catalog: [])
        guard case .task(let task) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(task.held && task.wrongTurn == nil)
        let start = WorldPrint(d.world)
        #expect(LessonFooter.hints(d.state)?.contains { $0.key == "u" } == true, "u is offered in any task")

        d.select(2)
        d.press("t")  // Jupiter, not Saturn
        #expect(d.lesson.atWrongTurn)
        guard case .task(let report)? = d.state.lesson?.phase else { return #expect(Bool(false)) }
        #expect(report.wrongTurn?.written("en") == "Jupiter timed out, so Jupiter is the candidate.")
        let en = Self.narration(d, .en)
        #expect(en.contains("✗ That went another way:"))
        #expect(en.contains("Jupiter timed out, so Jupiter is the candidate."))
        #expect(en.contains("u ▸ try the task again from its start"))
        let ko = Self.narration(d, .ko)
        #expect(ko.contains("✗ 과제와 다른 길로 갔습니다:"))
        #expect(ko.contains("Jupiter가 타임아웃되어 후보가 되었습니다."))
        #expect(ko.contains("u ▸ 과제를 처음부터 다시 해 보기"))
        #expect(LessonFooter.hints(d.state)?.first?.key == "u")

        // The world stays where the task went another way: no time, no event, no command.
        let stopped = WorldPrint(d.world)
        d.advance(5000)
        d.press(".")
        d.press(" ")
        d.select(1)
        d.press("c")
        #expect(WorldPrint(d.world) == stopped)
        #expect(d.lesson.note == .trap(.atWrongTurn))
        #expect(d.lesson.journal.commands[0]?.count == 1)

        d.press("u")
        guard case .task(let again) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(d.lesson.index == 0)
        #expect(again.wrongTurn == nil && again.actions == 0 && again.held && again.hint)
        #expect(d.lesson.note == .trap(.retried))
        #expect(d.lesson.journal.commands[0] == nil)
        #expect(WorldPrint(d.world) == start)

        d.select(1)
        d.press("t")
        d.settle()
        #expect(d.lesson.index == 1)
        d.press("a")
        d.press("a")  // acks: all, then 0, then 1
        d.settle()
        #expect(d.phase == .ended)
        #expect(d.lesson.journal.played == [0, 1])
    }

    /// A wrong turn that holds only after some events: the world runs to the event after which
    /// it holds, and stops there.
    @Test func aWrongTurnStopsTheWorldAtTheEventThatMadeIt() throws {
        var d = LessonDriver(try Self.entry(WrongTurnLesson.yaml(when: "{leader: Jupiter}")), catalog: [])
        d.select(2)
        d.press("t")
        #expect(!d.lesson.atWrongTurn, "Jupiter is only a candidate yet")
        d.settle()
        #expect(d.lesson.atWrongTurn)
        let stopped = d.world
        #expect(stopped.nodes[2].role == .leader)
        d.advance(1000)
        #expect(d.world.now == stopped.now && d.world.eventCount == stopped.eventCount)
        d.press("u")
        #expect(!d.lesson.atWrongTurn && d.world.now == 0)
    }

    /// `u` outside a task says there is none; in a task before any wrong turn it starts the task
    /// again too, the learner's commands of the step dropped.
    @Test func uOutsideATaskAndInATask() throws {
        var d = LessonDriver(Self.testLesson, catalog: [])
        #expect(d.phase == .narrating)
        d.press("u")
        #expect(d.lesson.note == .trap(.noTask) && d.lesson.index == 0)
        d.press(.enter)
        d.settle()
        let task = d.lesson.index
        guard case .task = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        let start = WorldPrint(d.world)
        d.select(0)
        d.press("p")
        #expect(d.lesson.journal.commands[task]?.count == 1)
        d.press("u")
        #expect(d.lesson.index == task && d.lesson.journal.commands[task] == nil)
        #expect(WorldPrint(d.world) == start)
        guard case .task(let again) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(!again.hint, "no wrong turn: the hint keeps its time")
    }

    /// Item 2: the task's `until` accepts timing Saturn out without isolating Neptune, but the
    /// next `expect` wants Neptune still leading: the task is replayed by its solution and the
    /// lesson goes on, saying so.
    @Test(arguments: Lang.allCases)
    func aTaskDoneAnotherWayIsReplayedByItsSolution(_ lang: Lang) throws {
        var d = LessonDriver(Self.testLesson, lang: lang, catalog: [])
        d.press(.enter)
        d.settle()
        let task = d.lesson.index
        d.select(1)
        d.press("t")  // Saturn times out while Neptune still leads
        d.press(" ")  // the task waits for two commands: run it
        d.settle()
        #expect(d.phase == .narrating, "\(d.phase)")
        #expect(d.lesson.index == task + 2)
        #expect(d.lesson.note == .trap(.realigned))
        #expect(d.lesson.journal.realigned == [task] && d.lesson.journal.played.isEmpty)
        #expect(WorldPrint(d.world) == WorldPrint(LessonRun.replay(Self.testLesson.scenario, to: d.lesson.index)))
        let text = Self.narration(d, lang).joined(separator: " ")
        #expect(text.contains(lang == .en ? "it was replayed the way the hint shows so you can go on"
                                          : "힌트에 나온 방법으로 다시 재생했습니다"), "\(text)")

        // On to the end: the realigned task still counts as done by the learner.
        var clock = 0.0
        for _ in 0..<200 where d.phase != .ended {
            switch d.phase {
            case .narrating: d.press(.enter)
            case .task:
                guard case .task(let spec)? = d.lesson.step else { break }
                _ = d.performTask(spec, clock: &clock)
                d.settle()
            case .running: d.advance()
            default: return #expect(Bool(false), "\(d.phase)")
            }
        }
        guard case .ended(let end)? = d.state.lesson?.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(end.done == 2 && end.tasks == 2)
    }

    /// A step that fails even with the tasks done by their solutions: the lesson itself is
    /// broken, and the failure shows as before.
    @Test func aStepThatFailsAnywayStillFails() throws {
        let yaml = """
        title: broken
        cluster: {seed: 7, state: {Neptune: {term: 1}, Saturn: {term: 1}, Jupiter: {term: 1}}, leader: Neptune}
        steps:
          - task: {say: Crash Jupiter, until: {role: {Jupiter: crashed}}, solution: [crash: Jupiter]}
          - expect: {leader: Saturn}
        """
        var d = LessonDriver(try Self.entry(yaml), catalog: [])
        d.select(2)
        d.press("c")
        d.settle()
        guard case .failed(let failure) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(failure.found.map { $0[.en] }.joined().contains("Saturn"))
        #expect(d.lesson.note == nil)
        #expect(d.lesson.journal.realigned == [0])
    }
}
