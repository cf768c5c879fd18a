import Testing
import RaftCore
import RaftSim
@testable import RaftRuntime

/// What the lesson player asks of the runtime: goals relative to now that pause the world
/// where they end, a serial for each request, `.` that stops at the goal, and one timeline.
struct LessonGoalTests {
    func core(lesson: Bool = false) -> RuntimeCore {
        RuntimeCore(world: RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])), speed: 1, lesson: lesson)
    }

    @Test func aRunGoalCountsFromNowAndPausesWhereItEnds() {
        var c = core()
        c.advance(wallMs: 120)
        c.setGoal(.after(ms: 300), running: true)
        c.advance(wallMs: 10_000)
        #expect(c.world.now == 420 && c.goalResult == .reached && c.paused)
        c.advance(wallMs: 10_000)
        #expect(c.world.now == 420, "a reached goal holds the world")
    }

    @Test func aConditionGoalWithinALimitMatchesAHeadlessWait() {
        var c = core()
        c.apply(.pause)
        c.setGoal(.within({ $0.undisputedLeader != nil }, limit: 5000), running: true)
        #expect(!c.paused)
        c.advance(wallMs: 60_000)
        var headless = RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"]))
        headless.run(for: 0)
        _ = headless.wait(limit: 5000) { $0.undisputedLeader != nil }
        #expect(c.goalResult == .reached && c.paused)
        #expect(c.world.now == headless.now && c.world.eventCount == headless.eventCount)
    }

    @Test func anExpectIsDecidedAtOnce() {
        var c = core()
        c.apply(.pause)
        c.setGoal(.within({ $0.now == 0 }, limit: 0))
        #expect(c.goalResult == .reached && c.goal == nil)
        c.setGoal(.within({ _ in false }, limit: 0))
        #expect(c.goalResult == .timedOut && c.goal == nil && c.world.now == 0)
    }

    @Test func everyGoalAndReplacementCountsInTheSerial() {
        var c = core()
        #expect(c.serial == 0)
        c.setGoal(.after(ms: 10))
        c.replace(world: RaftWorld(WorldSpec(names: ["A", "B"])))
        c.setGoal(nil)
        #expect(c.serial == 3)
    }

    @Test func stepsStopAtTheGoalAndALessonHoldsWithoutOne() {
        var c = core(lesson: true)
        c.apply(.pause)
        c.setGoal(.after(ms: 7))
        for _ in 0..<50 { c.apply(.stepEvent) }
        #expect(c.world.now == 7 && c.goalResult == .reached)
        var headless = RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"]))
        headless.run(for: 7)
        #expect(c.world.eventCount == headless.eventCount)
        c.apply(.resume)
        c.advance(wallMs: 1000)
        #expect(c.world.now == 7, "without a goal, a lesson's world holds")
    }

    @Test func withoutForksActingInThePastActsInThePresent() {
        var c = core(lesson: true)
        c.setGoal(.after(ms: 300), running: true)
        c.advance(wallMs: 300)
        c.apply(.world(.write(value: "a=1", to: nil, acks: nil, count: 1)))
        c.setGoal(.after(ms: 700), running: true)
        c.advance(wallMs: 700)
        let present = c.world.now
        for _ in 0..<5 { c.apply(.back) }
        #expect(c.history.inPast && c.world.now < present)
        c.apply(.world(.crash(1)))
        #expect(!c.history.inPast && c.world.now == present)
        #expect(c.log.map(\.time) == [300, present] && c.log.count == 2)
        for _ in 0..<3 { c.apply(.back) }
        c.apply(.resume)
        #expect(!c.history.inPast && c.world.now == present && !c.paused)
        c.advance(wallMs: 1000)
        #expect(c.world.now == present)
    }
}
