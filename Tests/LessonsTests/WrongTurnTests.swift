import Testing
import TestSupport
@testable import Lessons

/// A task's `wrong_turns` and the condition key `configured` (raftlab's extension, issue 11).
struct WrongTurnTests {
    static let timeoutSaturn = WrongTurnLesson.yaml(when: "{role: {Jupiter: [candidate, leader]}}")

    func failure(_ yaml: String) throws -> String? {
        var runner = ScenarioRunner(try parse(yaml), recording: false)
        return runner.run()?.mismatch
    }

    @Test func readsAndWritesWrongTurnsAndConfigured() throws {
        let scenario = try parse(Self.timeoutSaturn)
        guard case .task(let task) = scenario.steps[0].step, case .task(let second) = scenario.steps[1].step else {
            Issue.record("expected two tasks")
            return
        }
        #expect(task.wrongTurns.count == 1)
        #expect(task.wrongTurns[0].example.map(\.step) == [.command(.timeout(2))])
        #expect(task.wrongTurns[0].say.written("ko") == "Jupiter가 타임아웃되어 후보가 되었습니다.")
        #expect(second.until.configured?.acks == .one)
        #expect(second.until.configured?.engine?.raft?.preVote == false)
        #expect(try reparsed(scenario).positionsErased == scenario.positionsErased)
    }

    @Test func passesWhenTheSolutionAvoidsEveryWrongTurnAndEachExampleLeadsToIt() throws {
        #expect(try failure(Self.timeoutSaturn) == nil)
    }

    @Test func failsWhenAnExampleDoesTheTask() throws {
        let yaml = WrongTurnLesson.yaml(until: "{role: {Saturn: [candidate, leader]}}", solution: "[timeout: Saturn]",
                               when: "{role: {Jupiter: [candidate, leader]}}", example: "[timeout: Saturn]")
        #expect(try failure(yaml) == "wrong turn 1's example does the task instead of leading to the wrong turn")
    }

    @Test func failsWhenAnExampleLeadsNowhere() throws {
        let yaml = WrongTurnLesson.yaml(until: "{role: {Saturn: [candidate, leader]}}", solution: "[timeout: Saturn]",
                               when: "{role: {Jupiter: crashed}}", example: "[heal]")
        #expect(try failure(yaml)?.hasPrefix("wrong turn 1's example does not lead to it: role Jupiter") == true)
    }

    @Test func failsWhenTheSolutionLeadsIntoAWrongTurn() throws {
        let yaml = WrongTurnLesson.yaml(until: "{leader: Saturn}", solution: "[timeout: Saturn]",
                               when: "{role: {Saturn: candidate}}", example: "[timeout: Saturn]")
        #expect(try failure(yaml) == "the solution leads into wrong turn 1 (its `when` holds before `until`)")
    }

    @Test func configuredComparesTheSettingsInForce() throws {
        let yaml = "title: c\nsteps:\n  - expect: {configured: {check_quorum: true}}\n"
        #expect(try failure(yaml) == "configured check_quorum: expected true, found false")
        #expect(try failure("title: c\nsteps:\n  - configure: {check_quorum: true}\n" + "  - expect: {configured: {check_quorum: true}}\n") == nil)
    }

    @Test func refusesSettingsNoLearnerSwitches() {
        #expect(throws: ScenarioError.self) {
            try parse("title: c\nsteps:\n  - expect: {configured: {unsafe: [vote_twice]}}\n")
        }
        #expect(throws: ScenarioError.self) {
            try parse("title: c\nsteps:\n  - task: {say: a, until: {leader: any}, wrong_turns: []}\n")
        }
    }
}
