import Foundation
import Testing
import RaftCore
@testable import Lessons

/// The Example of the format page, exactly as written there.
let formatExampleText = """
title:
  en: Only an up-to-date node can become leader
  ko: 최신 로그를 가진 노드만 리더가 될 수 있다
cluster:
  seed: 7
  state:
    Neptune: {term: 2, log: [1, 1, 2, 2]}
    Saturn:  {term: 2, log: [1, 1, 2, 2]}
    Jupiter: {term: 2, log: [1, 1]}
  leader: Neptune
steps:
  - crash: Jupiter                 # Jupiter misses what follows
  - wait: {commit: {Neptune: 5}}   # the no-op of term 2 is on a majority
  - crash: Neptune
  - restart: Jupiter
  - timeout: Jupiter               # Jupiter asks first ...
  - run: 30
  - expect: {role: {Jupiter: candidate}, term: {Jupiter: 3}}
  - wait: {leader: Saturn, within: 3000}   # ... but only Saturn can win
  - wait: {commit: {Saturn: 6}}
  - expect: {violations: 0}

"""

/// Parses `yaml`, failing the test on an error.
func parse(_ yaml: String) throws -> Scenario {
    try ScenarioLoader.parse(yaml: yaml, file: "test.yaml")
}

/// The error `yaml` is refused with.
func refusal(_ yaml: String) -> ScenarioError? {
    do {
        _ = try ScenarioLoader.parse(yaml: yaml, file: "test.yaml")
        return nil
    } catch {
        return error
    }
}

/// The format's default cluster (or one of `names`) with `change` made.
func cluster(_ names: [String] = WorldSpec.defaultCluster.names,
             _ change: (inout WorldSpec) -> Void = { _ in }) -> ClusterSpec {
    var spec = WorldSpec(names: names)
    change(&spec)
    return .raft(spec)
}

struct LoaderTests {
    @Test func formatExample() throws {
        let s = try parse(formatExampleText)
        #expect(s.title == LocalizedText(translations: [
            .init(language: "en", text: "Only an up-to-date node can become leader"),
            .init(language: "ko", text: "최신 로그를 가진 노드만 리더가 될 수 있다"),
        ]))
        #expect(s.summary == nil)
        let full = [LogItem(term: 1), LogItem(term: 1), LogItem(term: 2), LogItem(term: 2)]
        #expect(s.cluster == cluster {
            $0.seed = 7
            $0.state = [0: InitialState(term: 2, log: full), 1: InitialState(term: 2, log: full),
                        2: InitialState(term: 2, log: Array(full.prefix(2)))]
            $0.leader = 0
        })
        let steps: [Step] = [
            .command(.crash(2)),
            .wait(Condition(commit: [PerNode(0, NumberMatch(5))])),
            .command(.crash(0)),
            .command(.restart(2)),
            .command(.timeout(2)),
            .run(30),
            .expect(Condition(role: [PerNode(2, [.candidate])], term: [PerNode(2, NumberMatch(3))])),
            .wait(Condition(leader: .node(1), within: 3000)),
            .wait(Condition(commit: [PerNode(1, NumberMatch(6))])),
            .expect(Condition(violations: NumberMatch(0))),
        ]
        #expect(s.steps.map(\.step) == steps)
        #expect(s.steps.map(\.line) == Array(12...21))
        #expect(s.steps.allSatisfy { $0.column == 5 })
    }

    @Test func defaults() throws {
        let s = try parse("title: Defaults\nsteps: [heal]\n")
        let c = try #require(s.cluster.raft)
        #expect(c.names == ["Neptune", "Saturn", "Jupiter"])
        #expect(c.seed == 1)
        #expect(c.engine.heartbeat == 50)
        #expect(c.engine.election == 150...300)
        #expect(c.latency == 10...20)
        #expect(!c.engine.preVote && !c.engine.checkQuorum && c.engine.batch == 64 && c.engine.pipeline && c.engine.noop)
        #expect(c.acks == .all)
        #expect(c.engine.unsafe.isEmpty)
        #expect(c.state.isEmpty)
        #expect(c.leader == nil)
        #expect(c.monitor)
        #expect(c == WorldSpec.defaultCluster)
        #expect(s.steps == [StepAt(.command(.heal), line: 2, column: 9)])
    }

    @Test func everyClusterKey() throws {
        let s = try parse("""
            title: All keys
            summary: {ko: 요약}
            cluster:
              nodes: 5
              seed: 18446744073709551615
              timing: {heartbeat: 20, election: [100, 100], latency: 7}
              engine: {prevote: true, check_quorum: TRUE, batch: 1, pipeline: false, noop: False}
              acks: 0
              unsafe: [commit_old_terms, vote_without_log_check]
              state:
                Venus: {term: 3, voted_for: Venus, log: [1, {term: 3, value: "x=1"}, {term: 3}], commit: 2}
                Mars: {voted_for: none}
              leader: Venus
            steps: [heal]
            """)
        let c = try #require(s.cluster.raft)
        #expect(s.summary?.resolve("en") == "요약")
        #expect(c.names == ["Neptune", "Saturn", "Jupiter", "Mars", "Venus"])
        #expect(c.seed == UInt64.max)
        #expect(c.engine.heartbeat == 20 && c.engine.election == 100...100 && c.latency == 7...7)
        #expect(c.engine.preVote && c.engine.checkQuorum && c.engine.batch == 1 && !c.engine.pipeline && !c.engine.noop)
        #expect(c.acks == .zero)
        #expect(c.engine.unsafe == [.commitOldTerms, .voteWithoutLogCheck])
        #expect(c.state[4] == InitialState(term: 3, votedFor: 4,
                                            log: [LogItem(term: 1), LogItem(term: 3, value: "x=1"), LogItem(term: 3)],
                                            commit: 2))
        #expect(c.state[3] == InitialState())
        #expect(c.state.count == 2)
        #expect(c.leader == 4)
    }

    @Test func partialTimingKeepsOtherDefaults() throws {
        let s = try parse("title: t\ncluster: {timing: {election: [10, 20]}}\nsteps: [heal]")
        #expect(s.cluster == cluster { $0.engine.election = 10...20 })
    }

    @Test func nodeNamesAreFreeForm() throws {
        let s = try parse("title: t\ncluster: {nodes: [a, 2, true, 노드]}\nsteps: [{crash: 2}, {restart: true}, {isolate: 노드}]")
        #expect(s.cluster.names == ["a", "2", "true", "노드"])
        #expect(s.steps.map(\.step) == [.command(.crash(1)), .command(.restart(2)), .command(.partition([[3]]))])
    }

    @Test func scalarsAreTakenAsWritten() throws {
        let s = try parse("""
            title: yes
            steps:
              - write: yes
              - write: 1
              - write: 1.50
              - write: ~
              - write: {value: "off", to: Saturn, acks: 1, count: 3}
              - wait: {committed: 0x10}
            """)
        #expect(s.title == LocalizedText("yes"))
        #expect(s.steps.map(\.step) == [
            .command(.write(value: "yes", to: nil, acks: nil, count: 1)),
            .command(.write(value: "1", to: nil, acks: nil, count: 1)),
            .command(.write(value: "1.50", to: nil, acks: nil, count: 1)),
            .command(.write(value: "~", to: nil, acks: nil, count: 1)),
            .command(.write(value: "off", to: 1, acks: .one, count: 3)),
            .wait(Condition(committed: "0x10")),
        ])
    }

    @Test func everyStep() throws {
        let s = try parse("""
            title: Every step
            steps:
              - say: {en: Hello, ko: 안녕}
              - write: x
              - crash: Neptune
              - restart: Neptune
              - partition: [[Neptune, Saturn], [Jupiter]]
              - isolate: Jupiter
              - cut: {from: Neptune, to: Saturn}
              - slow: {node: Saturn, latency: [100, 200]}
              - heal
              - heal:
              - timeout: Saturn
              - configure: {batch: 2, pipeline: false, noop: false, acks: "1", prevote: true, check_quorum: true, unsafe: [write_without_quorum], timing: {heartbeat: 10}}
              - drop: {from: Saturn, to: Neptune}
              - consume: {from: Jupiter}
              - run: 0
              - wait: {leader: any}
              - expect: {leader: none}
              - task:
                  say: Crash the leader
                  until: {leader: [Saturn, Jupiter]}
                  solution:
                    - crash: Neptune
                    - run: 500
              - quiz: {ask: Who?, choices: [Saturn, {en: Jupiter}], answer: 2, explain: Because.}
              - scene: {nodes: [A, B]}
              - crash: B
            """)
        let task = TaskSpec(say: LocalizedText("Crash the leader"), until: Condition(leader: .oneOf([1, 2])),
                            solution: [StepAt(.command(.crash(0)), line: 24, column: 11), StepAt(.run(500), line: 25, column: 11)])
        let expected: [Step] = [
            .say(LocalizedText(translations: [.init(language: "en", text: "Hello"), .init(language: "ko", text: "안녕")])),
            .command(.write(value: "x", to: nil, acks: nil, count: 1)),
            .command(.crash(0)), .command(.restart(0)),
            .command(.partition([[0, 1], [2]])),
            .command(.partition([[2]])),
            .command(.cut(from: 0, to: 1)),
            .command(.slow(1, latency: 100...200)),
            .command(.heal), .command(.heal),
            .command(.timeout(1)),
            .command(.configure(Reconfiguration(engine: ClusterChange.raft(EngineConfig.Change(heartbeat: 10, batch: 2, pipeline: false, noop: false,
                                                                   preVote: true, checkQuorum: true,
                                                                   unsafe: [.writeWithoutQuorum])),
                                       acks: .one))),
            .command(.drop(from: 1, to: 0)),
            .command(.consume(from: 2)),
            .run(0),
            .wait(Condition(leader: .any)),
            .expect(Condition(leader: LeaderMatch.none)),
            .task(task),
            .quiz(QuizSpec(ask: LocalizedText("Who?"), choices: [LocalizedText("Saturn"),
                                                                   LocalizedText(translations: [.init(language: "en", text: "Jupiter")])],
                           answer: 2, explain: LocalizedText("Because."))),
            .scene(.raft(WorldSpec(names: ["A", "B"]))),
            .command(.crash(1)),
        ]
        #expect(s.steps.map(\.step) == expected)
        #expect(s.steps.map(\.line) == Array(3...20) + [26, 27, 28])
    }

    @Test func configureTimingGoesToTheEngineAndTheLatency() throws {
        let s = try parse("""
            title: t
            steps:
              - configure: {timing: {latency: 5}}
              - configure: {timing: {election: [1, 2], latency: [3, 4]}}
              - configure: {timing: {}}
              - configure: {unsafe: []}
            """)
        #expect(s.steps.map(\.step) == [
            .command(.configure(Reconfiguration(latency: 5...5))),
            .command(.configure(Reconfiguration(engine: ClusterChange.raft(EngineConfig.Change(election: 1...2)), latency: 3...4))),
            .command(.configure(Reconfiguration())),
            .command(.configure(Reconfiguration(engine: ClusterChange.raft(EngineConfig.Change(unsafe: []))))),
        ])
    }

    @Test func everyConditionKey() throws {
        let s = try parse("""
            title: Every condition key
            steps:
              - wait:
                  leader: Neptune
                  role: {Neptune: leader, Saturn: [follower, precandidate, crashed]}
                  term: {Neptune: ">= 2", Saturn: 2}
                  voted_for: {Neptune: Neptune, Saturn: none}
                  log: {Neptune: [1, 1, 2], Saturn: []}
                  commit: {Saturn: "> 1"}
                  committed: x=1
                  applied: {Jupiter: "<= 3"}
                  match: {Saturn: "!= 0"}
                  in_flight: "< 4"
                  consumed: 1
                  acked: "== 2"
                  lost: 0
                  violations: ">=1"
                  violated: [log_matching, election_safety]
                  within: 0
            """)
        let expected = Condition(
            leader: .node(0),
            role: [PerNode(0, [.leader]), PerNode(1, [.follower, .preCandidate, nil])],
            term: [PerNode(0, NumberMatch(.ge, 2)), PerNode(1, NumberMatch(2))],
            votedFor: [PerNode(0, 0), PerNode(1, nil)],
            log: [PerNode(0, [1, 1, 2]), PerNode(1, [])],
            commit: [PerNode(1, NumberMatch(.gt, 1))],
            committed: "x=1",
            applied: [PerNode(2, NumberMatch(.le, 3))],
            match: [PerNode(1, NumberMatch(.ne, 0))],
            inFlight: NumberMatch(.lt, 4), consumed: NumberMatch(1), acked: NumberMatch(2), lost: NumberMatch(0),
            violations: NumberMatch(.ge, 1), violated: [.logMatching, .electionSafety], within: 0)
        #expect(s.steps.map(\.step) == [.wait(expected)])
    }

    @Test func conditionMapsKeepTheirWrittenOrder() throws {
        let s = try parse("title: t\nsteps: [{expect: {term: {Saturn: 1, Neptune: 2, Jupiter: 3}}}]")
        guard case .expect(let c) = s.steps[0].step else { Issue.record("not an expect"); return }
        #expect(c.term?.map(\.node) == [1, 0, 2])
    }

    @Test func stepsAfterASceneNameItsNodes() throws {
        #expect(refusal("title: t\nsteps: [{scene: {nodes: 1}}, {crash: Saturn}]")?.key == "steps[2].crash")
        #expect(refusal("title: t\nsteps: [{scene: {nodes: 1}}, {crash: Neptune}]") == nil)
    }

    /// "A node name is 1 to 16 letters (any script), digits, `-` or `_`".
    @Test func nodeNamesOfAnyScript() {
        #expect(refusal("title: t\ncluster: {nodes: [넵튠, नेपच्यून, Ωmega, a_b-1, Abcdefghijklmnop]}\nsteps: [heal]") == nil)
        for bad in ["\"a\\tb\"", "\"a\\u0085b\"", "\"\\u0301a\"", "a.b", "a/b", "\"a\\u200Eb\""] {
            #expect(refusal("title: t\ncluster: {nodes: [\(bad), B]}\nsteps: [heal]")?.key == "cluster.nodes[1]", "\(bad)")
        }
    }

    @Test func everyTestScenarioLoads() throws {
        let dir = try #require(Bundle.module.url(forResource: "scenarios", withExtension: nil))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }
        for name in names.sorted() {
            #expect(throws: Never.self, "\(name)") { try ScenarioLoader.load(path: dir.appendingPathComponent(name).path) }
        }
    }}
