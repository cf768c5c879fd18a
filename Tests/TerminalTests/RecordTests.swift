import Foundation
import Lessons
import RaftCore
import RaftRuntime
import RaftSim
import Testing

/// `raftlab --record`: a session's command log, written as a scenario, replays and passes.
struct RecordTests {
    let cluster = {
        var spec = WorldSpec.defaultCluster
        spec.seed = 7
        return spec
    }()

    /// A session with commands at different times, a pause with single steps, and an act in
    /// the past that forks history.
    func session() -> RuntimeCore {
        var core = RuntimeCore(world: .raft(RaftWorld(cluster)), speed: 1)
        core.advance(wallMs: 450)
        let leader = core.world.raftWorld!.nodes.firstIndex { $0.isUp && $0.role == .leader } ?? 0
        core.apply(.world(.write(value: "a=1", to: nil, acks: nil, count: 1)))
        core.advance(wallMs: 37)
        core.apply(.world(.write(value: "b", to: (leader + 1) % 3, acks: .one, count: 3)))
        core.advance(wallMs: 90)
        core.apply(.world(.crash(leader)))
        core.advance(wallMs: 611)
        core.apply(.world(.partition([[(leader + 1) % 3]])))
        core.advance(wallMs: 123)
        core.apply(.world(.heal))
        let change = Reconfiguration(engine: ClusterChange.raft(EngineConfig.Change(unsafe: [])), latency: 1...5, acks: .zero)
        core.apply(.world(.configure(change)))
        core.apply(.pause)
        core.apply(.stepEvent)
        core.apply(.stepEvent)
        core.apply(.world(.timeout((leader + 2) % 3)))
        core.apply(.resume)
        core.advance(wallMs: 300)
        core.apply(.back)
        core.apply(.back)
        core.apply(.world(.restart(leader)))  // acting in the past forks history here
        core.apply(.resume)
        core.advance(wallMs: 700)
        core.apply(.world(.slow(leader, latency: 100...200)))
        core.apply(.world(.consume(from: leader)))
        core.advance(wallMs: 250)
        return core
    }

    func scenario(_ core: RuntimeCore) -> Scenario {
        SessionRecord.scenario(cluster: .raft(cluster),
                               commands: core.log.map { SessionRecord.Command(time: $0.time, command: $0.command) },
                               end: core.world)
    }

    @Test func aRecordedSessionPassesCheck() throws {
        let core = session()
        #expect(core.log.count >= 8)
        let yaml = ScenarioWriter.yaml(scenario(core))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("raftlab-record-\(UUID()).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = Checker.check(path: file.path)
        #expect(result == .passed, "\(result)\n\(yaml)")
        #expect(yaml.contains("- run: "))
        #expect(yaml.contains("- expect: {role: {"))
    }

    @Test func theFinalExpectationIsNotEmptyHanded() throws {
        // Without its last command the replay ends elsewhere, so the expect fails: it checks something.
        let core = session()
        var commands = core.log.map { SessionRecord.Command(time: $0.time, command: $0.command) }
        let crash = try #require(commands.firstIndex { if case .crash = $0.command { true } else { false } })
        commands.remove(at: crash)
        var recorded = SessionRecord.scenario(cluster: .raft(cluster), commands: commands, end: core.world)
        recorded = try ScenarioLoader.parse(yaml: ScenarioWriter.yaml(recorded), file: "tampered.yaml")
        var runner = ScenarioRunner(recorded, recording: false)
        #expect(runner.run() != nil)
    }

    @Test func theExpectationNamesEveryNode() {
        let core = session()
        let condition = SessionRecord.condition(core.world)
        #expect(condition.role?.map(\.node) == Array(cluster.names.indices))
        #expect(condition.term?.count == 3 && condition.log?.count == 3 && condition.commit?.count == 3)
        #expect(condition.role?.contains { $0.value == [.leader] } == true)
    }

    static let commands: [ClusterCommand] = {
        var engine = EngineConfig.Change()
        engine.batch = 4
        engine.pipeline = false
        engine.noop = false
        engine.preVote = true
        engine.checkQuorum = true
        engine.unsafe = [.voteWithoutLogCheck, .writeWithoutQuorum]
        engine.heartbeat = 25
        engine.election = 300...600
        let change = Reconfiguration(engine: ClusterChange.raft(engine), acks: .one)
        let timing = Reconfiguration<ClusterChange>(latency: 50...100)
        return [
            .crash(0), .restart(2), .partition([[1]]), .partition([[0, 2], [1]]), .cut(from: 2, to: 0),
            .slow(1, latency: 100...200), .heal, .timeout(1), .write(value: "a=1", to: nil, acks: nil, count: 1),
            .write(value: "x", to: 2, acks: .zero, count: 5), .write(value: "y", to: nil, acks: .all, count: 1),
            .consume(from: 1), .drop(from: 0, to: 2), .configure(change), .configure(timing),
        ]
    }()

    /// A recorded command is a step as it is: written to the file, then loaded, it is the same.
    @Test(arguments: commands)
    func aCommandReadsBackFromTheFile(_ command: ClusterCommand) throws {
        #expect(SessionRecord.recordable(command, size: cluster.names.count))
        let file = Scenario(title: LocalizedText("one step"), cluster: .raft(cluster), steps: [StepAt(.command(command))])
        let loaded = try ScenarioLoader.parse(yaml: ScenarioWriter.yaml(file), file: "one-step.yaml")
        #expect(loaded.steps.map(\.step) == [.command(command)])
    }

    @Test func unknownNodesAndEmptyChangesAreNotRecorded() {
        let size = cluster.names.count
        #expect(!SessionRecord.recordable(.crash(5), size: size))
        #expect(!SessionRecord.recordable(.partition([[0], [3]]), size: size))
        #expect(!SessionRecord.recordable(.write(value: "v", to: 9, acks: nil, count: 1), size: size))
        #expect(!SessionRecord.recordable(.configure(Reconfiguration()), size: size))
    }
}
