import Lessons
import Picture
import RaftCore
import RaftSim
import Testing
import TestSupport
@testable import RaftRuntime

/// No dead time (issue 11, item 2): a lesson's quiet stretch fast-forwards, visibly, and drops
/// back to the learner's speed the moment something new happens; `+`/`-` multiply it; a
/// paused world does not move, nor does its boost. Virtual wall time, in `Runtime`'s 20 ms ticks.
struct BoostTests {
    static let tick = 20.0

    /// Three followers whose election timers are 3 to 3.5 simulated seconds: nothing happens
    /// before the first one fires (150 s of wall time at ×0.02 without a boost).
    static let quiet = """
        title: quiet
        cluster:
          seed: 1
          timing: {heartbeat: 50, election: [3000, 3500]}
        steps:
          - run: 10000
        """

    /// The same followers, then a task that holds the world for the learner.
    static let task = """
        title: a task
        cluster:
          seed: 1
          timing: {heartbeat: 50, election: [3000, 3500]}
        steps:
          - task:
              say: crash Neptune
              until: {role: {Neptune: crashed}}
              solution:
                - crash: Neptune
          - run: 10000
        """

    static func lesson(_ yaml: String, speed: Double = 0.02) throws -> RuntimeCore {
        let scenario = try ScenarioLoader.parse(yaml: yaml, file: "t.yaml")
        var core = RuntimeCore(world: ClusterWorld(scenario.cluster), speed: speed)
        core.apply(.startLesson(LessonStart(id: "t", number: nil, scenario: scenario)))
        return core
    }

    /// Ticks `wallMs` of wall time on, `tick` ms at a time.
    static func tick(_ core: inout RuntimeCore, _ wallMs: Double) {
        for _ in 0..<Int(wallMs / tick) { core.advance(wallMs: tick) }
    }

    @Test func theFactorDoublesEachSecondAfterTwoSecondsOfQuietUpToSixtyFour() {
        #expect(Boost.factor(afterQuiet: 0) == 1)
        #expect(Boost.factor(afterQuiet: 1_999) == 1)
        #expect(Boost.factor(afterQuiet: 2_000) == 2)
        #expect(Boost.factor(afterQuiet: 2_999) == 2)
        #expect(Boost.factor(afterQuiet: 3_000) == 4)
        #expect(Boost.factor(afterQuiet: 6_000) == 32)
        #expect(Boost.factor(afterQuiet: 7_000) == 64)
        #expect(Boost.factor(afterQuiet: 1_000_000) == 64)
        var boost = Boost()
        let changes = [boost.quiet(1_999), boost.quiet(1)]
        #expect(changes == [false, true] && boost.factor == 2)
        let dropped = [boost.news(), boost.news()]
        #expect(dropped == [true, false] && boost.factor == 1 && boost.quietMs == 0)
    }

    @Test func aQuietStretchRampsUpAndIsShown() throws {
        var c = try Self.lesson(Self.quiet)
        var pictures = Pictures()
        Self.tick(&c, 1_980)
        #expect(c.boost.factor == 1)
        #expect(c.world.now == 39)  // 1980 ms at ×0.02: the learner's own speed
        Self.tick(&c, 20)
        #expect(c.boost.factor == 2)
        #expect(c.picture(&pictures).run.boost == 2)
        var factors: [Int] = []
        for _ in 0..<5 {
            Self.tick(&c, 1_000)
            factors.append(c.boost.factor)
        }
        #expect(factors == [4, 8, 16, 32, 64])
        #expect(c.effectiveSpeed == 0.02 * 64)
        #expect(c.picture(&pictures).run.boost == 64)
        // 7 s of wall time went through 1,280 simulated ms, not 140.
        #expect(c.world.now >= 1_200 && c.world.now <= 1_280)
        #expect(c.events.allSatisfy { !$0.event.isSomethingNew })
    }

    @Test func somethingNewBringsTheLearnersSpeedBackAtOnce() throws {
        var c = try Self.lesson(Self.quiet)
        var factors: [Int] = []
        for _ in 0..<1_000 where !c.events.contains(where: \.event.isSomethingNew) {
            c.advance(wallMs: Self.tick)
            factors.append(c.boost.factor)
        }
        let first = try #require(c.events.first { $0.event.isSomethingNew })
        guard case .note(_, .startsElection) = first.event.kind else { return #expect(Bool(false), "\(first.event)") }
        #expect(factors.dropLast().last == 64)
        #expect(c.boost.factor == 1 && c.boost.quietMs == 0)
        #expect(c.world.now - first.event.time <= 1)  // it stopped in the millisecond of the news
        #expect(c.carry == 0)  // the boosted rest of that tick was dropped
        let then = c.world.now
        Self.tick(&c, 1_000)
        #expect(c.world.now - then == 20)  // then on at the learner's speed
    }

    @Test func plusAndMinusMultiplyTheBoost() throws {
        var c = try Self.lesson(Self.quiet)
        Self.tick(&c, 4_000)
        #expect(c.boost.factor == 8)
        c.apply(.faster)
        #expect(c.speed == 0.05 && c.boost.factor == 8)  // a change of speed keeps the boost
        let from = c.world.now
        Self.tick(&c, 200)
        #expect(c.world.now - from == 80)  // 200 ms × 0.05 × 8
        c.apply(.action(.slower))
        c.apply(.action(.slower))
        #expect(c.speed == 0.01 && c.effectiveSpeed == 0.01 * Double(c.boost.factor))
        var pictures = Pictures()
        #expect(c.picture(&pictures).run.speed == 0.01)
        #expect(c.picture(&pictures).run.boost == c.boost.factor)
    }

    @Test func aPausedWorldDoesNotMoveNorDoesItsBoost() throws {
        var c = try Self.lesson(Self.quiet)
        Self.tick(&c, 5_000)
        let boost = c.boost
        #expect(boost.factor == 16)
        c.apply(.pause)
        let now = c.world.now, events = c.world.eventCount, version = c.version
        Self.tick(&c, 60_000)
        #expect(c.world.now == now && c.world.eventCount == events)
        #expect(c.boost == boost && c.version == version)
        var pictures = Pictures()
        let run = c.picture(&pictures).run
        #expect(run.paused && run.boost == 1)  // a paused world shows no fast-forward
        c.apply(.action(.togglePause))  // Space: the learner runs it on, at their own speed
        #expect(!c.paused && c.boost.factor == 1)
        Self.tick(&c, 1_000)
        #expect(c.world.now - now == 20)
    }

    /// Space pauses and steps with `.`: nothing moves but the one event asked for.
    @Test func spaceInALessonPausesEverything() throws {
        var c = try Self.lesson(Self.quiet)
        Self.tick(&c, 3_000)
        c.apply(.action(.togglePause))
        #expect(c.paused && c.boost.factor == 1)
        let now = c.world.now
        Self.tick(&c, 30_000)
        #expect(c.world.now == now && c.boost.quietMs == 0)
    }

    @Test func aWorldHeldForTheLearnerDoesNotCountAsQuiet() throws {
        var c = try Self.lesson(Self.task)
        Self.tick(&c, 30_000)
        #expect(c.world.now == 0 && c.boost.factor == 1 && c.boost.quietMs == 0)
        c.apply(.action(.crash(0)))  // the learner acts: the world runs, and its quiet counts
        #expect(c.lesson?.wantsToRun == true)
        for _ in 0..<10 where c.lesson?.index == 0 { c.advance(wallMs: Self.tick) }
        #expect(c.lesson?.index == 1 && c.boost.quietMs == 0)  // the task is done: something new
        Self.tick(&c, 3_000)
        #expect(c.boost.factor == 4)
    }

    @Test func theSandboxKeepsTheLearnersSpeed() {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.engine.election = 3_000...3_500
        var c = RuntimeCore(world: RaftWorld(spec), speed: 0.02)
        Self.tick(&c, 10_000)
        #expect(c.boost.factor == 1 && c.world.now == 200)
        var pictures = Pictures()
        #expect(c.picture(&pictures).run.boost == 1)
    }
}
