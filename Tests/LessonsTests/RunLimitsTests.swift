import Testing
import RaftSim
@testable import Lessons

/// A legal file can ask for more than a laptop has: the run stops at its limits, says so in
/// an event, and fails with the reason (issue 10).
struct RunLimitsTests {
    func runner(_ yaml: String, limits: RunLimits) throws -> ScenarioRunner {
        var runner = ScenarioRunner(try ScenarioLoader.parse(yaml: yaml, file: "limits.yaml"))
        runner.world.limits = limits
        return runner
    }

    @Test func retriesUnderADaysLatencyStopAtTheInFlightLimit() throws {
        let yaml = """
            title: t
            cluster: {timing: {latency: [86400000, 86400000]}}
            steps:
              - write: {value: x, count: 2000}
              - run: 60000
              - expect: {acked: 0}
            """
        var r = try runner(yaml, limits: RunLimits(inFlight: 20_000, events: nil))
        var stops = 0
        let failure = r.run { line, _ in
            if case .event(let e) = line, case .overloaded(.inFlight(20_000)) = e.kind { stops += 1 }
        }
        #expect(failure?.step == 2)
        #expect(failure?.mismatch.contains("over 20000 messages") == true, "\(String(describing: failure))")
        #expect(stops == 1)
        #expect(r.world.now < 60_000)
    }

    @Test func manyWriteStepsStopAtTheWritesLimit() throws {
        let yaml = "title: t\nsteps:\n" + String(repeating: "  - write: {value: a, count: 10000}\n", count: 3)
        var r = try runner(yaml, limits: RunLimits(inFlight: 1_000_000, events: nil, writes: 25_000))
        let failure = r.run()
        #expect(failure?.step == 3)
        #expect(failure?.mismatch.contains("more than 25000 client writes") == true, "\(String(describing: failure))")
        #expect(r.world.values.count <= 25_001)
    }

    @Test func aDayOfHeartbeatsStopsAtTheEventLimit() throws {
        let yaml = """
            title: t
            steps:
              - run: 86400000
            """
        var r = try runner(yaml, limits: RunLimits(inFlight: 500_000, events: 50_000))
        let failure = r.run()
        #expect(failure?.mismatch.contains("handled 50000 events") == true, "\(String(describing: failure))")
        #expect(r.world.eventCount < 52_000)
    }

    @Test func aLongRunShowsItsEventsAsItGoes() throws {
        var r = try runner("title: t\nsteps:\n  - run: 60000\n", limits: .headless)
        var shownAt: [Int: Int] = [:]  // the world's time when shown -> events shown then
        let failure = r.run { line, world in
            if case .event = line { shownAt[world.now, default: 0] += 1 }
        }
        #expect(failure == nil)
        let largest = shownAt.values.max() ?? 0
        #expect(largest > 0 && largest < 1_000 && shownAt.count > 50)  // a second of events at a time
    }

    @Test func headlessRunsHaveTheEventLimitAndLiveWorldsDoNot() throws {
        let r = try runner("title: t\nsteps: [heal]\n", limits: .headless)
        #expect(ScenarioRunner(r.scenario).world.limits == .headless)
        #expect(RaftWorld(.defaultCluster).limits == .live && RunLimits.live.events == nil)
    }
}

/// `g`, `b` and resuming replay the lesson so far: the replay keeps no more events than the
/// live view shows, however long its steps (issue 10).
struct ReplayEventsTests {
    @Test func aReplayOfLongStepsKeepsOnlyTheNewestEvents() throws {
        let yaml = """
            title: t
            steps:
              - say: one
              - run: 300000
              - say: two
              - run: 300000
              - say: three
            """
        let scenario = try ScenarioLoader.parse(yaml: yaml, file: "long.yaml")
        let world = LessonRun.replay(scenario, to: 4)
        #expect(world.now == 600_000)
        #expect(world.events.count == LessonRun.keptEvents)
        #expect(world.eventCount > 10 * LessonRun.keptEvents)
    }
}
