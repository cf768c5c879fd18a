import Testing
@testable import Lessons

/// Where a step stops the world (`StepGoal`): the one definition headless runs, live lessons
/// and their replays share.
struct StepGoalTests {
    func world() -> ClusterWorld { .raft(RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"]))) }

    @Test func aRunGoalCountsFromNowAndEndsThere() throws {
        var w = world()
        w.run(for: 120)
        let goal = try #require(StepGoal.of(.run(300), &w))
        #expect(goal.advance(&w, by: 100) == nil && w.now == 220)
        #expect(goal.advance(&w, by: 10_000) == .reached && w.now == 420)
    }

    @Test func aWaitGoalStopsWhereAHeadlessWaitStops() throws {
        var w = world()
        let goal = try #require(StepGoal.of(.wait(Condition(leader: .any)), &w))
        #expect(goal.advance(&w, by: 60_000) == .reached)
        var headless = world()
        headless.run(for: 0)
        _ = headless.wait(limit: 5000) { ConditionEvaluator($0).holds(Condition(leader: .any)) }
        #expect(w.now == headless.now && w.eventCount == headless.eventCount)
    }

    @Test func aWaitTimesOutAtItsLimit() throws {
        var w = world()
        let goal = try #require(StepGoal.of(.wait(Condition(leader: LeaderMatch.none, within: 300)), &w))
        #expect(goal.atOnce(w) == .reached, "no leader yet at time 0")
        let never = try #require(StepGoal.of(.wait(Condition(acked: NumberMatch(5), within: 300)), &w))
        #expect(never.advance(&w, by: 10_000) == .timedOut && w.now == 300)
    }

    @Test func anExpectIsDecidedAtOnce() throws {
        var w = world()
        let holds = try #require(StepGoal.of(.expect(Condition(violations: NumberMatch(0))), &w))
        #expect(holds.atOnce(w) == .reached)
        let fails = try #require(StepGoal.of(.expect(Condition(leader: .any)), &w))
        #expect(fails.atOnce(w) == .timedOut && w.now == 0)
    }

    @Test func stepsNeverPassTheGoal() throws {
        var w = world()
        let goal = try #require(StepGoal.of(.run(7), &w))
        var result: StepGoal.Result?
        for _ in 0..<50 where result == nil { result = goal.step(&w) }
        #expect(result == .reached && w.now == 7)
        var headless = world()
        headless.run(for: 7)
        #expect(w.eventCount == headless.eventCount)
    }

    @Test func aTaskWaitsWithoutALimit() throws {
        var w = world()
        let task = TaskSpec(say: LocalizedText("crash Saturn"), until: Condition(role: [PerNode(1, [nil])]))
        let goal = try #require(StepGoal.of(.task(task), &w))
        #expect(goal.unlimited && goal.advance(&w, by: 1000) == nil)
        w.apply(.crash(1))
        #expect(goal.advance(&w, by: 1) == .reached)
    }
}
