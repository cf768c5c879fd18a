import Foundation
import Lessons
import Picture
import RaftCore
import RaftSim
import Testing
@testable import Screen

/// Traps of lessons 5 and 7 found in review (issue 11: no trap, no dead time).
struct LessonOneToSevenTrapTests {
    static func entry(_ id: String) throws -> LessonEntry {
        try #require(LessonDriver.catalog.entries.first { $0.id == id })
    }

    /// The index of the first task whose hint contains `words`.
    static func task(_ entry: LessonEntry, saying words: String) throws -> Int {
        try #require(entry.scenario.steps.firstIndex { at in
            guard case .task(let task) = at.step else { return false }
            return task.say.resolve("en").contains(words)
        })
    }

    /// Lesson 5, the 4/2 split: cutting off a third node leaves no group of four, and the
    /// wrong turn says so within half a simulated second (about 20 s of wall time at ×0.02),
    /// not after a minute and more of failed elections.
    @Test func lessonFiveSaysSoonThatThreeCutOffNodesLeaveNoMajority() throws {
        let entry = try Self.entry("05-majority-quorum")
        var d = LessonDriver(entry)
        d.jump(to: try Self.task(entry, saying: "cut off Venus"))
        guard case .task = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        let start = d.world.now
        for node in [4, 5, 3] {  // Venus, Mercury, then Mars too
            d.select(node)
            d.press("p")
        }
        for _ in 0..<20 where !d.lesson.atWrongTurn { d.advance(50) }
        let shown = d.lesson.atWrongTurn
        #expect(shown)
        #expect(d.world.now - start <= 500, "the wrong turn came \(d.world.now - start) ms after the cuts")
    }

    /// Lesson 7, the heal task: a learner who writes (or lets the world run) before pressing h
    /// lets the client's retry of c=3 reach the new leader first, so Neptune's log goes straight
    /// past [1, 1, 1, 2]; the task still ends once Neptune follows with the commit, and the
    /// lesson reaches its end.
    @Test(arguments: ["w", " "])
    func lessonSevenHealsAfterAWriteOrAWait(_ first: String) throws {
        let entry = try Self.entry("07-no-quorum-no-writes")
        var d = LessonDriver(entry)
        let task = try Self.task(entry, saying: "press h")
        d.jump(to: task)
        guard case .task = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        d.press(Character(first))
        d.advance(1500)
        let stopped = d.lesson.atWrongTurn
        #expect(d.lesson.index == task && !stopped)
        d.press("h")
        d.settle()
        try #require(d.lesson.index > task, "the heal task never ended: \(d.phase)")
        Self.playToEnd(&d)
    }

    /// Lesson 4, restarting Neptune under the broken vote rule: a write pressed first is appended
    /// by Jupiter, so Neptune's log goes straight past [1, 1, 3]; the task still ends once Neptune
    /// follows Jupiter in term 3.
    @Test func lessonFourRestartsNeptuneAfterAWrite() throws {
        let entry = try Self.entry("04-who-may-lead")
        var d = LessonDriver(entry)
        let task = try Self.task(entry, saying: "Watch its row in the log table")
        d.jump(to: task)
        guard case .task = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        d.press("w")
        d.advance(1500)
        d.select(0)
        d.press("r")
        d.settle()
        try #require(d.lesson.index > task, "the restart task never ended: \(d.phase)")
        Self.playToEnd(&d)
    }

    /// Lesson 6, restarting Neptune and Saturn: a learner who lets the world run first (Space)
    /// or writes first lets Jupiter append the client's retry of y=2 at index 4, so their logs go
    /// straight past [1, 1, 2]; the task still ends once both follow Jupiter's log.
    @Test(arguments: ["w", " "])
    func lessonSixRestartsAfterAWaitOrAWrite(_ first: String) throws {
        let entry = try Self.entry("06-six-steps-of-replication")
        var d = LessonDriver(entry)
        let task = try Self.task(entry, saying: "Restart Neptune (1, then r)")
        d.jump(to: task)
        guard case .task = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        d.press(Character(first))
        d.advance(1500)
        d.select(0)
        d.press("r")
        d.select(1)
        d.press("r")
        d.settle()
        try #require(d.lesson.index > task, "the restart task never ended: \(d.phase)")
        Self.playToEnd(&d)
    }

    /// Enter in an open quiz: the prompt gives way to the note saying Enter does not answer,
    /// shown once (not the prompt and the note both).
    @Test(arguments: Lang.allCases)
    func enterInAnOpenQuizShowsThePromptOnce(_ lang: Lang) throws {
        let entry = try Self.entry("01-welcome")
        var d = LessonDriver(entry, lang: lang)
        let quiz = try #require(entry.scenario.steps.firstIndex { if case .quiz = $0.step { true } else { false } })
        d.jump(to: quiz)
        guard case .quiz(nil) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        d.press(.enter)
        #expect(d.lesson.note == .pickAnAnswer(3))
        let words = LessonWords(lang)
        let lines = NarrationView.lines(d.state, width: 200).map { $0.runs.map(\.text).joined() }
        #expect(lines.filter { $0.contains(words.note(.pickAnAnswer(3))) }.count == 1, "\(lines)")
        #expect(!lines.contains { $0.contains(words.answerWith(3)) }, "\(lines)")
    }

    /// The rest of the lesson, the tasks by their solutions: it reaches its end.
    static func playToEnd(_ d: inout LessonDriver) {
        let stopped = d.playToEnd(limit: 500)
        #expect(stopped == nil, "\(stopped ?? "")")
    }
}
