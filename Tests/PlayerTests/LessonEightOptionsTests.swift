import Lessons
import Picture
import RaftSim
import Testing
@testable import Screen

/// Lesson 8's min.insync.replicas task: ← on the options' acks row sets acks=1, not 0 (the
/// row goes round both ways). The world must stop at a wrong turn that says so, or the next
/// quiz would speak of acks=all under an acks=1 header. `a` from all gives 0 first, so the
/// wrong-turn play test reaches the acks=0 turn; this one takes the panel's ←.
struct LessonEightOptionsTests {
    @Test(arguments: Lang.allCases)
    func leftOnTheAcksRowStopsAtItsWrongTurn(_ lang: Lang) throws {
        let entry = try #require(LessonDriver.catalog.entries.first { $0.id.hasPrefix("08-") })
        let steps = entry.scenario.steps
        let k = try #require(steps.indices.first { k in
            guard case .task(let task) = steps[k].step else { return false }
            return task.say.resolve("en").contains("min.insync.replicas")
        })
        guard case .task(let task) = steps[k].step else { return }
        let turn = try #require(task.wrongTurns.firstIndex { $0.say.resolve("en").contains("to 1") })
        var d = LessonDriver(entry, lang: lang)
        d.jump(to: k)
        d.press("o")
        d.press(.left)
        d.press(.escape)
        d.settle()
        #expect(d.world.acks.rawValue == "1")
        guard case .task(let progress) = d.phase else {
            Issue.record("not in the task: \(d.phase)")
            return
        }
        #expect(progress.wrongTurn == turn)
        let lines = NarrationView.lines(d.state, width: 1000).map { $0.runs.map(\.text).joined() }
        #expect(lines.contains(task.wrongTurns[turn].say.resolve(lang.rawValue)), "\(lines)")
    }
}
