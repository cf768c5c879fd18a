import Testing
import RaftCore
@testable import Lessons

/// The keys, steps and conditions of raft-extensions.md as the loader reads them: good values
/// give the model, bad ones an error at the key at fault with a clear message.
struct ExtensionLoaderTests {
    /// The `expect` of a one-step file on `cluster`.
    func condition(_ yaml: String, cluster: String = "{}") throws -> Condition {
        let s = try parse("title: t\ncluster: \(cluster)\nsteps:\n  - expect: \(yaml)\n")
        guard case .expect(let c) = s.steps[0].step else { throw RunFailure(step: 1, line: 0, stepName: "", time: 0, mismatch: "") }
        return c
    }

    /// `file:line:column key: message` of the refusal, without the file.
    func refused(_ yaml: String) -> String {
        guard let e = refusal(yaml) else { return "loaded" }
        return "\(e.line):\(e.column) \(e.key): \(e.message)"
    }

    // MARK: - Cluster keys

    /// `cluster.voters`: the initial configuration (thesis 4.1); `engine.snapshot_every` (paper 7).
    @Test func votersAndSnapshotEvery() throws {
        let s = try parse("""
            title: t
            cluster:
              nodes: [A, B, C, D]
              voters: [C, A, B]
              engine: {snapshot_every: 5}
              state: {A: {term: 1}}
              leader: A
            steps: [heal]
            """)
        let c = try #require(s.cluster.raft)
        #expect(c.voters == NodeSet([0, 1, 2]))
        #expect(c.engine.snapshotEvery == 5)
        #expect(c.leader == 0)
        let plain = try #require(try parse("title: t\nsteps: [heal]").cluster.raft)
        #expect(plain.voters == nil && plain.engine.snapshotEvery == 0)
        #expect(try parse("title: t\ncluster: {engine: {snapshot_every: 0}}\nsteps: [heal]").cluster.raft?.engine.snapshotEvery == 0)
        #expect(try parse("title: t\ncluster: {engine: {snapshot_every: 1000000}}\nsteps: [heal]").cluster.raft?.engine.snapshotEvery
                == 1_000_000)
    }

    /// A scene takes the same keys.
    @Test func aSceneTakesVotersAndSnapshotEvery() throws {
        let s = try parse("title: t\nsteps: [{scene: {nodes: [A, B], voters: [B], engine: {snapshot_every: 2}}}, {add: A}]")
        guard case .scene(.raft(let spec)) = s.steps[0].step else { Issue.record("not a raft scene"); return }
        #expect(spec.voters == NodeSet([1]) && spec.engine.snapshotEvery == 2)
        #expect(s.steps[1].step == .command(.add(0)))
    }

    @Test(arguments: [
        ("cluster: {voters: []}", "2:19 cluster.voters: the configuration needs at least one voter"),
        ("cluster: {voters: [Pluto]}", "2:20 cluster.voters[1]: unknown node `Pluto`; expected one of: Neptune, Saturn, Jupiter"),
        ("cluster: {voters: [Saturn, Saturn]}", "2:28 cluster.voters[2]: node `Saturn` is listed twice"),
        ("cluster: {voters: Saturn}", "2:19 cluster.voters: expected a list of node names, like [Neptune, Saturn]"),
        ("cluster: {nodes: [A, B], voters: [B], state: {A: {term: 1}}, leader: A}",
         "2:70 cluster.leader: `A` is not in `voters`: a leader at time 0 is one of the voters"),
        ("cluster: {engine: {snapshot_every: -1}}", "2:36 cluster.engine.snapshot_every: must not be negative, found -1"),
        ("cluster: {engine: {snapshot_every: 1000001}}",
         "2:36 cluster.engine.snapshot_every: must be from 0 to 1000000, found 1000001"),
        ("cluster: {engine: {snapshot_every: 2.5}}",
         "2:36 cluster.engine.snapshot_every: expected a whole number of entries (0: never), found `2.5`"),
        ("cluster: {engine: {snapshot_evry: 2}}", "2:20 cluster.engine.snapshot_evry: unknown key `snapshot_evry` (did you mean `snapshot_every`?)"),
        ("cluster: {mode: kafka, voters: [Saturn]}",
         "2:24 cluster.voters: `voters` is Raft's (raft-extensions.md); kafka mode has no snapshots, reads, transfers or membership changes"),
    ])
    func clusterRefusals(_ cluster: String, _ expected: String) {
        #expect(refused("title: t\n\(cluster)\nsteps: [heal]") == expected)
    }

    /// `configure` takes `snapshot_every` (raft-extensions.md); `configured` does not.
    @Test func configureTakesSnapshotEvery() throws {
        let s = try parse("title: t\nsteps: [{configure: {snapshot_every: 3}}, {configure: {snapshot_every: 0, prevote: true}}]")
        #expect(s.steps.map(\.step) == [
            .command(.configure(Reconfiguration(engine: .raft(EngineConfig.Change(snapshotEvery: 3))))),
            .command(.configure(Reconfiguration(engine: .raft(EngineConfig.Change(preVote: true, snapshotEvery: 0))))),
        ])
        #expect(refused("title: t\nsteps: [{configure: {snapshot_every: -2}}]")
                == "2:38 steps[1].configure.snapshot_every: must not be negative, found -2")
        #expect(refused("title: t\nsteps: [{expect: {configured: {snapshot_every: 2}}}]").hasPrefix(
            "2:32 steps[1].expect.configured.snapshot_every: unknown key `snapshot_every`"))
        #expect(refused("title: t\ncluster: {mode: kafka}\nsteps: [{configure: {snapshot_every: 2}}]")
                == "3:22 steps[1].configure.snapshot_every: `snapshot_every` is Raft's (raft-extensions.md); "
                + "kafka mode has no snapshots, reads, transfers or membership changes")
    }

    /// The three new unsafe rules load, and an unknown rule's message lists them.
    @Test func theNewUnsafeRules() throws {
        let s = try parse("title: t\ncluster: {unsafe: [snapshot_uncommitted, lease_ignores_clock, change_without_commit]}\nsteps: [heal]")
        #expect(s.cluster.raft?.engine.unsafe == [.snapshotUncommitted, .leaseIgnoresClock, .changeWithoutCommit])
        let message = refusal("title: t\ncluster: {unsafe: [no_such_rule]}\nsteps: [heal]")?.message ?? ""
        for name in ["snapshot_uncommitted", "lease_ignores_clock", "change_without_commit"] {
            #expect(message.contains(name), "\(message)")
        }
        #expect(refusal("title: t\nsteps: [{configure: {unsafe: [lease_ignores_clok]}}]")?.message
                == "unknown unsafe rule `lease_ignores_clok` (did you mean `lease_ignores_clock`?)")
    }

    // MARK: - Steps

    @Test func readSteps() throws {
        let s = try parse("title: t\nsteps: [{read: }, {read: {at: Saturn}}, {read: {mode: lease}}, {read: {at: Jupiter, mode: local}}]")
        #expect(s.steps.map(\.step) == [.command(.read(at: nil, mode: .readIndex)), .command(.read(at: 1, mode: .readIndex)),
                                        .command(.read(at: nil, mode: .lease)), .command(.read(at: 2, mode: .local))])
        #expect(refused("title: t\nsteps: [{read: {mode: linearizable}}]")
                == "2:23 steps[1].read.mode: unknown read mode `linearizable`; expected one of: read_index, lease, local")
        #expect(refused("title: t\nsteps: [{read: {to: Saturn}}]")
                == "2:17 steps[1].read.to: unknown key `to`; expected one of: at, mode")
        #expect(refused("title: t\nsteps: [{read: {at: Pluto}}]")
                == "2:21 steps[1].read.at: unknown node `Pluto`; expected one of: Neptune, Saturn, Jupiter")
    }

    // MARK: - Conditions

    @Test func snapshotCondition() throws {
        let c = try condition("{snapshot: {Saturn: 4, Neptune: \">= 1\"}}")
        #expect(c.snapshot == [PerNode(1, NumberMatch(4)), PerNode(0, NumberMatch(.ge, 1))])
        #expect(refused("title: t\nsteps: [{expect: {snapshot: {Saturn: -1}}}]")
                == "2:38 steps[1].expect.snapshot.Saturn: must not be negative, found -1")
        #expect(refused("title: t\nsteps: [{expect: {snapshot: {Pluto: 1}}}]").hasPrefix("2:30 steps[1].expect.snapshot.Pluto: unknown node"))
        #expect(refused("title: t\nsteps: [{expect: {snapshot: {}}}]") == "2:29 steps[1].expect.snapshot: expected at least one node")
    }

    @Test func readsCondition() throws {
        #expect(try condition("{reads: {ok: 2, stale: \">= 1\", refused: 0}}").reads
                == ReadCounts(ok: NumberMatch(2), stale: NumberMatch(.ge, 1), refused: NumberMatch(0)))
        #expect(try condition("{reads: {refused: \"< 3\"}}").reads == ReadCounts(refused: NumberMatch(.lt, 3)))
        #expect(refused("title: t\nsteps: [{expect: {reads: {}}}]")
                == "2:26 steps[1].expect.reads: expected at least one of ok, stale and refused")
        #expect(refused("title: t\nsteps: [{expect: {reads: {answered: 1}}}]")
                == "2:27 steps[1].expect.reads.answered: unknown key `answered`; expected one of: ok, stale, refused")
        #expect(refused("title: t\nsteps: [{expect: {reads: {ok: \"=> 1\"}}}]")
                == "2:31 steps[1].expect.reads.ok: expected a whole number or a comparison like \">= 3\", found `=> 1`")
        #expect(refused("title: t\nsteps: [{expect: {reads: 3}}]")
                == "2:26 steps[1].expect.reads: expected a map like {ok: 1, stale: 0, refused: 0}")
    }

    @Test func votersAndMembersConditions() throws {
        let c = try condition("{voters: {Saturn: [Jupiter, Neptune], Jupiter: []}, members: [Saturn]}")
        #expect(c.voters == [PerNode(1, [2, 0]), PerNode(2, [])])
        #expect(c.members == [1])
        #expect(try condition("{members: []}").members == [])
        #expect(refused("title: t\nsteps: [{expect: {voters: {Saturn: [Pluto]}}}]")
                == "2:37 steps[1].expect.voters.Saturn[1]: unknown node `Pluto`; expected one of: Neptune, Saturn, Jupiter")
        #expect(refused("title: t\nsteps: [{expect: {voters: {Saturn: [Saturn, Saturn]}}}]")
                == "2:45 steps[1].expect.voters.Saturn[2]: node `Saturn` is listed twice")
        #expect(refused("title: t\nsteps: [{expect: {voters: {Saturn: Saturn}}}]")
                == "2:36 steps[1].expect.voters.Saturn: expected a list of node names, like [Neptune, Saturn]")
        #expect(refused("title: t\nsteps: [{expect: {voters: [Saturn]}}]")
                == "2:27 steps[1].expect.voters: expected a map from node name to a value, like {Neptune: 1}")
        #expect(refused("title: t\nsteps: [{expect: {members: [Mars]}}]").hasPrefix("2:29 steps[1].expect.members[1]: unknown node `Mars`"))
        #expect(refused("title: t\nsteps: [{expect: {members: Saturn}}]")
                == "2:28 steps[1].expect.members: expected a list of node names, like [Neptune, Saturn]")
    }

    /// `violated: [linearizable_reads]`, the sixth property.
    @Test func theSixthProperty() throws {
        #expect(try condition("{violated: [linearizable_reads], violations: 6}").violated == [.linearizableReads])
        #expect(refusal("title: t\nsteps: [{expect: {violated: [linearizable]}}]")?.message
                == "unknown safety property `linearizable`; expected one of: election_safety, leader_append_only, "
                + "log_matching, leader_completeness, state_machine_safety, linearizable_reads")
        #expect(refusal("title: t\ncluster: {mode: kafka}\nsteps: [{expect: {violated: [linearizable_reads]}}]")?.message
                == "`linearizable_reads` is a property of raft mode; kafka mode's monitor checks "
                + "hw_monotonic, committed_kept, replica_agreement, consumer_visibility")
    }

    /// Each new condition key is refused in kafka mode, at the key.
    @Test(arguments: ["snapshot: {A: 1}", "reads: {ok: 1}", "voters: {A: [A]}", "members: [A]"])
    func newConditionsAreRaftOnly(_ key: String) {
        let name = String(key.prefix { $0 != ":" })
        let e = refusal("title: t\ncluster: {mode: kafka, nodes: [A, B]}\nsteps: [{expect: {\(key)}}]")
        #expect(e?.key == "steps[1].expect.\(name)")
        #expect(e?.message == "`\(name)` is Raft's (raft-extensions.md); kafka mode has no snapshots, reads, "
                + "transfers or membership changes")
        #expect(e.map { "\($0.line):\($0.column)" } == "3:19")
    }
}
