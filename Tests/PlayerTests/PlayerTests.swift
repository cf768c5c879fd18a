import Foundation
import Lessons
import Picture
import RaftCore
import RaftRuntime
import RaftSim
import Testing
@testable import Screen

/// A lesson from YAML, as an entry the player opens.
func lesson(_ yaml: String, id: String = "test") throws -> LessonEntry {
    LessonEntry(id: id, number: nil, path: "\(id).yaml", scenario: try ScenarioLoader.parse(yaml: yaml, file: "\(id).yaml"))
}

/// Neptune leads term 1 with a committed entry; the steps follow.
func leaderLesson(_ steps: String) throws -> LessonEntry {
    try lesson("""
        title: {en: A test, ko: 시험}
        summary: {en: What it shows, ko: 보여 주는 것}
        cluster:
          state:
            Neptune: {term: 1, log: [1], commit: 1}
            Saturn: {term: 1, log: [1], commit: 1}
            Jupiter: {term: 1, log: [1], commit: 1}
          leader: Neptune
        steps:
        \(steps)
        """)
}

/// The player's keys and phases: what Enter, digits, Space, `b` and `g` do in each step.
struct PlayerTests {
    static let crashTask = """
          - say: Watch the leader.
          - task:
              say: {en: Select Neptune with 1 and press c., ko: 1로 Neptune을 골라 c를 누르세요.}
              until: {role: {Neptune: crashed}}
              solution: [crash: Neptune]
          - wait: {leader: any, within: 1000}
          - say: A new leader.
        """

    @Test func aSayHoldsTheWorldUntilEnter() throws {
        var d = LessonDriver(try leaderLesson(Self.crashTask))
        #expect(d.phase == .narrating && d.core.paused)
        let now = d.world.now
        d.advance(5000)
        #expect(d.world.now == now)
        d.press(" ")  // Space does not run the world under a narration
        d.advance(5000)
        #expect(d.world.now == now && d.lesson.note == .waitsForYou)
        d.press(.enter)
        guard case .task = d.phase else { return #expect(Bool(false), "\(d.phase)") }
    }

    @Test func enterNeverSkipsATaskAndTheHintComesAfterThirtySeconds() throws {
        var d = LessonDriver(try leaderLesson(Self.crashTask))
        d.press(.enter)
        let before = WorldPrint(d.world)
        d.press(.enter)
        guard case .task(let task) = d.phase else { return #expect(Bool(false)) }
        #expect(WorldPrint(d.world) == before && !task.hint && d.lesson.note == .taskNotDone(hintShown: false))
        d.tick(100)
        d.tick(129)
        guard case .task(let early) = d.phase else { return #expect(Bool(false)) }
        #expect(!early.hint)
        d.tick(130)
        guard case .task(let late) = d.phase else { return #expect(Bool(false)) }
        #expect(late.hint)
        let text = Render.screen(d.state).text
        #expect(text.contains("Hint:"))
        #expect(text.contains("select Neptune with 1, then press c (crash)"))
        d.press(.enter)  // no key-less step to offer: still nothing
        guard case .task = d.phase else { return #expect(Bool(false)) }
        #expect(d.lesson.note == .taskNotDone(hintShown: true))
        d.press("1")
        d.press("c")
        d.settle()
        #expect(d.lesson.index == 3 && d.phase == .narrating)
    }

    @Test func theKoreanHintNamesTheKeyAndTheNode() throws {
        var d = LessonDriver(try leaderLesson(Self.crashTask), lang: .ko)
        d.press(.enter)
        d.tick(0)
        d.tick(30)
        let text = Render.screen(d.state).text
        #expect(text.contains("힌트:"))
        #expect(text.contains("1로 Neptune을 고르고 c를 누르세요 (다운)"))
    }

    @Test func aTaskWaitsForTheLearnersActionsThenRuns() throws {
        var d = LessonDriver(try leaderLesson(Self.crashTask))
        d.press(.enter)
        let now = d.world.now
        d.advance(3000)
        #expect(d.world.now == now, "the world waits for the task's first action")
        d.press("2")
        d.press("c")  // not what was asked: the world runs anyway, the task goes on
        d.advance(2000)
        #expect(d.world.now > now)
        guard case .task = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        d.press("1")
        d.press("c")
        d.settle()
        // Neptune and Saturn are down: no leader can be elected, and the wait would fail; the
        // task is replayed by its solution instead, and the lesson goes on (issue 11).
        #expect(d.lesson.index == 3 && d.phase == .narrating && d.lesson.note == .trap(.realigned))
        #expect(d.lesson.journal.realigned == [1])
        d.press("b")
        #expect(d.lesson.index == 1)
        d.press("1")
        d.press("c")
        d.advance(1)  // the task is done: the wait runs
        #expect(d.lesson.index == 2)
        d.press("2")
        d.press("c")  // Saturn down during the wait: refused, the lesson plays its own steps
        #expect(d.lesson.note == .keysWhileRunning && d.world.engine.isUp(1))
        d.settle()
        #expect(d.lesson.index == 3 && d.phase == .narrating)
    }

    @Test func aTaskDoneWhilePausedGoesOnAtOnce() throws {
        var d = LessonDriver(try leaderLesson(Self.crashTask))
        d.press(.enter)
        let now = d.world.now
        d.press("1")
        d.press("c")
        // The world has not moved, yet the task is done: the lesson is on its wait.
        #expect(d.lesson.index == 2 && d.world.now == now && d.phase == .running)
    }

    @Test func aWrongTurnThatTimeBringsStopsTheTaskAfterSpace() throws {
        var d = LessonDriver(try leaderLesson("""
              - write: a=1
              - task:
                  say: Crash Neptune before a=1 is committed.
                  until: {role: {Neptune: crashed}}
                  solution: [crash: Neptune]
                  wrong_turns:
                    - when: {committed: a=1}
                      say: a=1 was committed before Neptune went down.
                      example: [run: 100]
            """))
        guard case .task(let held) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(held.held)
        d.press(" ")  // the learner lets the world run instead of acting
        d.advance(200)
        guard case .task(let task) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(task.wrongTurn == 0 && d.lesson.atWrongTurn)
    }

    @Test func uInTheOptionsPanelAtAWrongTurnTriesAgain() throws {
        var d = LessonDriver(try leaderLesson("""
              - task:
                  say: Switch Pre-Vote on.
                  until: {configured: {prevote: true}}
                  solution: [configure: {prevote: true}]
                  wrong_turns:
                    - when: {configured: {check_quorum: true}}
                      say: That was CheckQuorum, the row below Pre-Vote.
                      example: [configure: {check_quorum: true}]
            """))
        d.press("o")
        d.press(.down)
        d.press(.enter)  // CheckQuorum, the second row: the wrong turn
        #expect(d.lesson.atWrongTurn)
        d.press("u")
        #expect(d.state.overlay == nil && !d.lesson.atWrongTurn && d.lesson.note == .trap(.retried))
    }

    @Test func aStepThatDoesNotHoldSaysWhatItFound() throws {
        var d = LessonDriver(try leaderLesson("""
              - say: Watch.
              - wait: {leader: none, within: 1000}
              - say: Never.
            """))
        d.press(.enter)
        d.settle()
        guard case .failed(let failure) = d.phase else { return #expect(Bool(false), "\(d.phase)") }
        #expect(d.lesson.index == 1 && failure.waited == 1000)
        #expect(failure.found == [Phrase(en: "expected: no node leads\nfound: Neptune leads (term 1)", ko: "기대: 리더 없음\n실제: Neptune이 리더 (임기 1)")])
        let text = Render.screen(d.state).text
        #expect(text.contains("This step did not go as the lesson expected"))
        #expect(text.contains("• expected: no node leads"))
        #expect(text.contains("  found: Neptune leads (term 1)"))
        d.press(.enter)
        #expect(d.lesson.note == .failedStep && d.lesson.index == 1)
    }

    @Test func learnerCommandsInATaskReplayExactly() throws {
        var d = LessonDriver(try leaderLesson("""
              - say: One.
              - task:
                  say: Crash Jupiter.
                  until: {role: {Jupiter: crashed}}
                  solution: [crash: Jupiter]
              - say: Two.
              - run: 100
              - say: Three.
            """))
        d.press(.enter)
        d.press("w")  // a write first: the held task runs from here
        d.advance(137)
        d.press("3")
        d.press("c")
        d.settle()
        #expect(d.lesson.index == 2 && d.world.now == 137)
        let two = WorldPrint(d.world)
        #expect(d.lesson.journal.commands[1]?.map(\.time) == [0, 137])
        d.press(.enter)
        d.advance(1000)
        #expect(d.lesson.index == 4)
        d.press("b")
        #expect(d.lesson.index == 2 && WorldPrint(d.world) == two)
        d.press("b")
        #expect(d.lesson.index == 1 && d.world.now == 0 && d.lesson.journal.commands.isEmpty)
    }

    @Test func lookingIntoThePastThenGoingOnKeepsOneTimeline() throws {
        let entry = try leaderLesson("""
              - say: One.
              - run: 600
              - say: Two.
              - write: y=2
              - run: 200
              - say: Three.
            """)
        var straight = LessonDriver(entry)
        var looking = LessonDriver(entry)
        for d in [0, 1] {
            var driver = d == 0 ? straight : looking
            driver.press(.enter)
            driver.advance(1000)
            if d == 1 {
                for _ in 0..<4 { driver.press("[") }
                #expect(driver.core.history.inPast && driver.world.now < 600)
            }
            driver.press(.enter)
            driver.advance(1000)
            #expect(driver.lesson.index == 5)
            if d == 0 { straight = driver } else { looking = driver }
        }
        #expect(WorldPrint(looking.world) == WorldPrint(straight.world))
        #expect(looking.lesson.journal == straight.lesson.journal && !looking.core.history.inPast)
    }

    @Test func clusterKeysWaitWhileTheReaderReads() throws {
        var d = LessonDriver(try leaderLesson("""
              - say: One.
              - say: Two.
            """))
        // `w` while a narration is open: refused with a note, so the next steps see the world they expect.
        d.press("w")
        #expect(d.lesson.note == .keysWhileReading && !d.world.values.contains("a=1"))
        #expect(d.lesson.journal.commands.isEmpty)
        #expect(Render.screen(d.state).text.contains("Cluster keys (crash"))
        d.press(.enter)
        #expect(d.lesson.index == 1 && d.lesson.note == nil)
    }

    @Test func clusterKeysWaitWhileTheLessonPlaysItsOwnSteps() throws {
        var d = LessonDriver(try leaderLesson("""
              - say: Watch.
              - run: 5000
              - expect: {leader: Neptune}
            """))
        d.press(.enter)
        #expect(d.lesson.phase == .running)
        // `c` on the leader during a scripted run: refused, so the expectation after it still holds.
        d.press("1")
        d.press("c")
        #expect(d.lesson.note == .keysWhileRunning && d.world.engine.isUp(0))
        #expect(d.lesson.journal.commands.isEmpty)
        #expect(Render.screen(d.state).text.contains("your turn"))
        d.advance(6000)
        #expect(d.lesson.phase == .ended)
    }

    @Test func aSceneReplacesTheWorldWithABanner() throws {
        var d = LessonDriver(try leaderLesson("""
              - say: Three nodes.
              - scene: {nodes: 5, unsafe: [write_without_quorum]}
              - say: Five nodes.
            """))
        d.press(.enter)
        #expect(d.world.size == 5)
        #expect(d.world.now == 0)
        #expect(d.lesson.scene == 1)
        let banner = Render.screen(d.state).text.contains("═ New scene: 5 nodes · broken on purpose:")
        #expect(banner, "\(Render.screen(d.state).text)")
        d.press(.enter)
        #expect(d.phase == .ended && d.lesson.scene == nil)
        d.press("b")
        #expect(d.lesson.index == 2 && d.world.size == 5 && d.lesson.scene == 1)
    }

    @Test func theEndSummarisesAndEnterStartsTheNextLesson() throws {
        let four = try #require(LessonDriver.catalog.find("4"))
        var d = LessonDriver(four)
        d.jumpToEnd()
        #expect(d.phase == .ended)
        let text = Render.screen(d.state).text
        #expect(text.contains("Finished: Who may lead"))
        #expect(text.contains("Next: 5. Majority quorum"))
        d.press(.enter)
        #expect(d.lesson.id == "05-majority-quorum" && d.lesson.index == 0)
        let nineteen = try #require(LessonDriver.catalog.find("membership-change"))
        var last = LessonDriver(nineteen)
        last.jumpToEnd()
        last.press(.enter)
        #expect(last.state.player.menu != nil && last.state.lesson == nil)
    }

    @Test func aLessonResumesWhereTheLearnerStopped() throws {
        let four = try #require(LessonDriver.catalog.find("who-may-lead"))
        let steps = four.scenario.steps.count
        let d = LessonDriver(four, progress: ["04-who-may-lead": LessonProgress(step: 15, steps: steps)])
        // The note counts stops (narrations, tasks, quizzes), as the header does.
        let stops = four.scenario.steps.prefix(15).filter { LessonRun.isStop($0.step) }.count
        #expect(d.lesson.index == 14 && d.lesson.note == .resumed(stops) && stops < 15)
        #expect(Render.screen(d.state).lines[0].contains("step \(stops)/"))
        let straight = LessonRun.replay(four.scenario, to: 14)
        #expect(WorldPrint(d.world).raft?.nodes == WorldPrint(straight).raft?.nodes)
        let done = LessonDriver(four, progress: ["04-who-may-lead": LessonProgress(finished: true, step: steps, steps: steps)])
        #expect(done.lesson.index == 0)
    }

    @Test func aProgressFileProblemShowsUnderTheFirstLessonOpened() throws {
        let four = try #require(LessonDriver.catalog.find("who-may-lead"))
        let problem = "raftlab: the progress file is not valid; progress starts afresh."
        var d = LessonDriver(four, unshown: [problem])
        #expect(d.lesson.note == .text(problem))
        #expect(Render.screen(d.state).text.contains("the progress file is not valid"))
        d.press(.enter)
        #expect(d.lesson.index > 0 && d.lesson.note != .text(problem))
        d.runtime.send(.stopLesson)
        for effect in Player.open(four.listing, &d.loop.state, fromStart: true) { d.loop.carryOut(effect) }
        d.sync()
        #expect(d.lesson.note == nil)
    }

    @Test func progressIsSavedAtEachStop() throws {
        var d = LessonDriver(try leaderLesson(Self.crashTask), catalog: [])
        #expect(d.saved("test")?.step == 1)
        d.press(.enter)
        #expect(d.saved("test")?.step == 2 && d.saved("test")?.finished == false)
        #expect(d.state.player.progress["test"] == LessonProgress(step: 2, steps: 4))
    }

    @Test func theMenuListsLessonsWithProgressAndOpensOne() throws {
        var d = LessonDriver(menu: .en, progress: ["01-welcome": LessonProgress(finished: true, step: 24, steps: 24),
                                                   "02-asynchronous-network": LessonProgress(step: 7, steps: 40)])
        #expect(d.state.player.menu?.cursor == 1)
        let text = Render.screen(d.state).text
        #expect(text.contains("✓ finished") && text.contains("▶ stopped at 7/40"))
        d.press("4")
        #expect(d.state.player.menu?.cursor == 3)
        d.press(.down)
        d.press(.enter)
        #expect(d.state.player.menu == nil && d.lesson.id == "05-majority-quorum")
    }
}
