import Lessons
import Picture
import RaftSim
import Testing
@testable import Screen

/// Keys with nothing to act on, and cluster keys in an open quiz: the learner is told why
/// nothing happened, and the task does not count them (issue 11, "No trap").
struct IdleKeyTests {
    @Test func aKeyWithNothingToActOnSaysWhyAndIsNotCountedTowardTheTask() throws {
        var d = LessonDriver(try leaderLesson(PlayerTests.crashTask))
        d.press(.enter)
        let now = d.world.now
        d.press("1")
        d.press("t")  // Neptune leads: no election timer to fire
        d.press("2")
        d.press("r")  // Saturn is up: nothing to restart
        let screen = Render.screen(d.state).text
        #expect(screen.contains("Neptune is the leader: a") && screen.contains("Saturn is already up"))
        d.advance(3000)
        #expect(d.world.now == now, "the task still waits for an action that does something")
        guard case .task(let task) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(task.actions == 0 && task.held)
    }

    @Test func aClusterKeyOrEnterInAnOpenQuizAsksForAnAnswer() throws {
        var d = LessonDriver(try leaderLesson("""
              - quiz:
                  ask: Which?
                  choices: [One, Two, Three]
                  answer: 2
                  explain: Two.
            """))
        d.press("w")
        #expect(d.lesson.note == .keysWhileQuiz(3) && !d.world.values.contains("a=1"))
        #expect(Render.screen(d.state).text.contains("wait until"))
        d.press(.enter)
        #expect(d.lesson.note == .pickAnAnswer(3) && d.lesson.index == 0)
        #expect(Render.screen(d.state).text.contains("Enter does not answer"))
        d.press("2")
        d.press("w")
        #expect(d.lesson.note == .keysWhileReading)
    }
}

extension IdleKeyTests {
    /// `o` over a narration: the panel shows the settings and says changes wait for a task.
    @Test func theOptionsPanelOutsideATaskSaysChangesWait() throws {
        var d = LessonDriver(try leaderLesson(PlayerTests.crashTask))
        d.press("o")
        let reading = Render.screen(d.state).text
        #expect(reading.contains("The lesson is reading"), "\(reading)")
        d.press(.escape)
        d.press(.enter)  // the task
        guard case .task = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        d.press("o")
        #expect(!Render.screen(d.state).text.contains("The lesson is reading"))
    }
}

extension IdleKeyTests {
    /// Enter while the lesson runs says so; the note goes with the run, so the next step
    /// never shows "running to the next step" under a paused task.
    @Test func theRunningNoteEndsWithTheRun() throws {
        var d = LessonDriver(try leaderLesson(PlayerTests.crashTask))
        d.press(.enter)
        d.press("1")
        d.press("c")  // the task is done: the wait runs
        d.press(.enter)
        #expect(d.phase == .running && d.lesson.note == .running)
        d.settle()
        #expect(d.phase == .narrating && d.lesson.note == nil)
    }
}
