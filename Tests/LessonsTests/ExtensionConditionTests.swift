import Foundation
import Testing
import RaftSim
@testable import Lessons

/// The conditions of raft-extensions.md against running worlds: what holds, what the author
/// reads when one does not (`mismatches`), and what the learner reads (`ConditionWords`).
struct ExtensionConditionTests {
    /// Three nodes, A leading term 1 from time 0, a fixed 10 ms latency; `extra` adds cluster keys.
    static func yaml(_ steps: String, extra: String = "") -> String {
        """
        title: t
        cluster:
          nodes: [A, B, C]
          timing: {latency: 10}
          state: {A: {term: 1}}
          leader: A
        \(extra.isEmpty ? "" : "  " + extra + "\n")steps:
        \(steps)
        """
    }

    /// The failure of the run, nil when every step holds.
    func failure(_ steps: String, extra: String = "") throws -> RunFailure? {
        var runner = ScenarioRunner(try parse(Self.yaml(steps, extra: extra)), recording: false)
        return runner.run()
    }

    /// The world after `steps`, and the condition of a last `expect` (not run).
    func world(_ steps: String, expect: String, extra: String = "") throws -> (ClusterWorld, Condition) {
        let s = try parse(Self.yaml(steps + "\n  - expect: \(expect)", extra: extra))
        guard case .expect(let c) = s.steps.last?.step else { throw RunFailure(step: 0, line: 0, stepName: "", time: 0, mismatch: "") }
        var runner = ScenarioRunner(Scenario(title: s.title, cluster: s.cluster, steps: Array(s.steps.dropLast())), recording: false)
        #expect(runner.run() == nil)
        return (runner.world, c)
    }

    // MARK: - Snapshots (paper 7)

    @Test func snapshotAndTheLogAfterIt() throws {
        #expect(try failure("""
              - expect: {snapshot: {A: 0, B: 0}}
              - write: {value: x, count: 3}
              - wait: {commit: {A: 4}, applied: {A: 4}}
              - snapshot: A
              - expect: {snapshot: {A: 4, B: 0}, log: {A: []}, commit: {A: 4}}
              - write: y
              - wait: {applied: {A: 5}}
              - expect: {snapshot: {A: 4}, log: {A: [1]}}
            """) == nil)
    }

    @Test func snapshotEveryTakesThemByItself() throws {
        #expect(try failure("""
              - write: {value: x, count: 4}
              - wait: {applied: {A: 5, B: 5, C: 5}}
              - expect: {snapshot: {A: ">= 2", B: ">= 2", C: ">= 2"}}
            """, extra: "engine: {snapshot_every: 2}") == nil)
        let f = try #require(try failure("  - expect: {snapshot: {A: \">= 1\"}}"))
        #expect(f.mismatch == "snapshot A: expected >= 1, found 0", "\(f)")
    }

    // MARK: - Reads (thesis 6.4)

    @Test func readsAnsweredRefusedAndStale() throws {
        #expect(try failure("""
              - write: x
              - wait: {acked: 1}
              - read:
              - wait: {reads: {ok: 1}}
              - expect: {reads: {ok: 1, stale: 0, refused: 0}}
              - read: {mode: lease}
              - wait: {reads: {refused: 1}}
              - partition: [[C]]
              - write: y
              - wait: {acked: 2}
              - read: {at: C, mode: local}
              - wait: {reads: {ok: 2}}
              - expect: {reads: {ok: 2, stale: 1, refused: 1}, violations: 0}
            """) == nil)
    }

    @Test func aStaleLeaseReadBreaksLinearizableReads() throws {
        #expect(try failure("""
              - write: x
              - wait: {acked: 1}
              - partition: [[A], [B, C]]
              - wait: {leader: [B, C], within: 1000}
              - write: {value: y, to: B}
              - wait: {acked: 2}
              - read: {at: A, mode: lease}
              - wait: {reads: {ok: 1}}
              - expect: {reads: {stale: 1}, violated: [linearizable_reads], violations: 1}
            """, extra: "unsafe: [lease_ignores_clock]") == nil)
    }

    @Test func readsMismatchesNameTheKey() throws {
        let f = try #require(try failure("  - expect: {reads: {ok: \">= 1\", refused: 0, stale: 2}}"))
        #expect(f.mismatch == "reads ok: expected >= 1, found 0; reads stale: expected 2, found 0", "\(f)")
    }

    // MARK: - Configurations (thesis 4.1)

    @Test func votersAndMembersFollowAnAdd() throws {
        #expect(try failure("""
              - expect: {voters: {A: [B, A], C: [A, B]}, members: [A, B]}
              - add: C
              - wait: {voters: {A: [A, B, C], C: [C, B, A]}, members: [A, B, C]}
              - remove: A
              - wait: {members: [B, C], leader: [B, C]}
            """, extra: "voters: [A, B]") == nil)
    }

    @Test func noLeaderYetMeansNoMembers() throws {
        let s = try parse("title: t\ncluster: {nodes: [A, B]}\nsteps:\n  - expect: {members: []}\n  - expect: {members: [A, B]}")
        var runner = ScenarioRunner(s, recording: false)
        let result = runner.run()
        let f = try #require(result)
        #expect(f.step == 2 && f.mismatch == "members: expected [A, B], found [] (no node has led)", "\(f)")
    }

    @Test func configurationsCompareAsSets() throws {
        let f = try #require(try failure("  - expect: {voters: {B: [C, A]}, members: [B, A, C]}", extra: "voters: [A, B]"))
        #expect(f.mismatch == "voters B: expected [A, C], found [A, B]; members: expected [A, B, C], found [A, B]", "\(f)")
    }

    // MARK: - Words

    @Test func theNewKeysInWords() throws {
        let c = try parse(Self.yaml("""
              - expect: {snapshot: {A: 4, B: 4}, reads: {ok: ">= 2", stale: 0, refused: 1}, voters: {A: [B, A], C: []}, members: [C, A]}
            """)).steps[0].step
        guard case .expect(let c) = c else { Issue.record("not an expect"); return }
        let clauses = ConditionWords.clauses(c, names: ["A", "B", "C"])
        #expect(clauses.map(\.en) == [
            "the last included index of the snapshots of A and B is 4", "at least 2 reads have been answered",
            "no stale read has been answered", "1 read has been refused or gone unanswered",
            "A's configuration is exactly A and B", "C's configuration is empty",
            "the leader's configuration is exactly A and C",
        ])
        #expect(clauses.map(\.koNoun) == [
            "A와 B의 스냅샷 마지막 포함 인덱스 4", "응답받은 읽기 2개 이상", "오래된 값으로 응답받은 읽기 0개",
            "거절되거나 응답받지 못한 읽기 1개", "A의 구성: A와 B", "C의 구성 비어 있음", "리더의 구성: A와 C",
        ])
        let sameSet = Condition(voters: [PerNode(0, [1, 0]), PerNode(1, [0, 1])])
        #expect(ConditionWords.clauses(sameSet, names: ["A", "B"]).map(\.en) == ["the configurations of A and B are exactly A and B"])
        #expect(ConditionWords.until(Condition(members: [0]), names: ["A"]).ko == "리더의 구성이 정확히 A로 바뀔 때까지")
        #expect(ConditionWords.until(Condition(members: []), names: ["A"]).en
                == "until no node has led, or the leader's configuration is empty")
    }

    @Test func whatTheWorldShowsIsFound() throws {
        let (world, c) = try world("  - run: 0", expect: "{snapshot: {B: 1}, reads: {ok: 1, refused: 0}, voters: {C: [C]}, members: [C]}",
                                   extra: "voters: [A, B]")
        let findings = ConditionWords.findings(c, in: world)
        #expect(findings.map(\.found.en) == [
            "the last included index of B's snapshot is 0", "no read has been answered",
            "C's configuration is A and B", "the configuration of the leader, A, is A and B",
        ])
        #expect(findings.map(\.found.ko) == [
            "B의 스냅샷 마지막 포함 인덱스 0", "응답받은 읽기 0개", "C의 구성: A와 B", "리더 A의 구성: A와 B",
        ])
        #expect(findings.map(\.expected.en) == [
            "the last included index of B's snapshot is 1", "1 read has been answered",
            "C's configuration is exactly C", "the leader's configuration is exactly C",
        ])
    }

    @Test func noLeaderIsFoundInWords() throws {
        let s = try parse("title: t\ncluster: {nodes: [A, B]}\nsteps:\n  - expect: {members: [A]}")
        guard case .expect(let c) = s.steps[0].step else { Issue.record("not an expect"); return }
        let found = ConditionWords.findings(c, in: ClusterWorld(s.cluster)).map(\.found)
        #expect(found.map(\.en) == ["no node has led yet"] && found.map(\.ko) == ["리더였던 노드 없음"])
    }

    /// A kafka world never holds a Raft key (the loader refuses them; the evaluator says so).
    @Test func aKafkaWorldSaysNotInMode() {
        let world = ClusterWorld(.kafka(KafkaWorldSpec(names: ["A", "B"])))
        let c = Condition(snapshot: [PerNode(0, NumberMatch(0))], reads: ReadCounts(ok: NumberMatch(0)),
                          voters: [PerNode(0, [0])], members: [0])
        #expect(ConditionEvaluator(world).mismatches(c) == ["snapshot: not in kafka mode", "reads: not in kafka mode",
                                                           "voters: not in kafka mode", "members: not in kafka mode"])
    }

    /// A `configure` of `snapshot_every` in words; the options panel has no row for it, so a
    /// hint offers it as Enter.
    @Test func configureSnapshotEveryInWords() throws {
        let change = Reconfiguration<ClusterChange>(engine: .raft(.init(snapshotEvery: 3)))
        #expect(StepWords.configure(change).en == "settings change: a snapshot every 3 applied entries")
        #expect(StepWords.configure(change).ko == "설정 변경: 적용된 항목 3개마다 스냅샷")
        let never = Reconfiguration<ClusterChange>(engine: .raft(.init(preVote: true, snapshotEvery: 0)))
        #expect(StepWords.configure(never).en == "settings change: Pre-Vote on, no automatic snapshots")
        let task = TaskSpec(say: LocalizedText("t"), until: Condition(leader: .any),
                            solution: [StepAt(.command(.configure(never)))])
        guard case .enter? = LessonHints.items(task, names: ["A"]).first else {
            Issue.record("\(LessonHints.items(task, names: ["A"]))")
            return
        }
    }
}

/// `scenarios/extensions-conditions.yaml` passes `raftlab check` and writes back the same.
struct ExtensionScenarioTests {
    @Test func passesAndWritesBackTheSame() throws {
        let path = try #require(Bundle.module.url(forResource: "scenarios", withExtension: nil))
            .appendingPathComponent("extensions-conditions.yaml").path
        let result = Checker.check(path: path)
        #expect(result == .passed, "\(Checker.line(path: path, result))")
        let scenario = try ScenarioLoader.load(path: path)
        #expect(try reparsed(scenario).positionsErased == scenario.positionsErased, "\(ScenarioWriter.yaml(scenario))")
    }
}
