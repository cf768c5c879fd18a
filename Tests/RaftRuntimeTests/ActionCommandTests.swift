import Picture
import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import RaftRuntime

/// The world command each key's action gives in the sandbox (product.md, "Keys").
struct ActionCommandTests {
    let world = RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"]))

    func command(_ action: Action, writes: Int = 0) -> ClusterCommand? {
        var count = writes
        return ActionCommands.command(action, .raft(world), writes: &count)
    }

    @Test func nodeKeysActOnTheirNode() {
        #expect(command(.crash(1)) == .crash(1))
        #expect(command(.isolate(1)) == .partition([[1]]))
        #expect(command(.slow(1)) == .slow(1, latency: 100...200), "ten times the latency")
        #expect(command(.consume(from: 2)) == .consume(from: 2))
        #expect(command(.drop(Link(from: 0, to: 2))) == .drop(from: 0, to: 2))
        #expect(command(.togglePause) == nil)
    }

    /// A recorded session must load again: `s` never slows a link past the format's 24 hours.
    @Test func slowStaysWithinTheFormatsLimit() {
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter"])
        spec.latency = 10...86_400_000
        var count = 0
        let slow = ActionCommands.command(.slow(1), .raft(RaftWorld(spec)), writes: &count)
        #expect(slow == .slow(1, latency: 100...86_400_000))
    }

    @Test func writesCountUpAsKeyValuePairs() {
        var writes = 0
        #expect(ActionCommands.command(.write(to: nil), .raft(world), writes: &writes) == .write(value: "a=1", to: nil, acks: nil, count: 1))
        #expect(ActionCommands.command(.write(to: 2), .raft(world), writes: &writes) == .write(value: "b=2", to: 2, acks: nil, count: 1))
    }

    @Test func acksCycleFromAll() {
        #expect(command(.cycleAcks) == .configure(Reconfiguration(acks: .zero)))
    }

    @Test func optionRowsChangeSettings() {
        #expect(command(.option(id: "prevote", forward: true)) == .configure(Reconfiguration(engine: ClusterChange.raft(EngineConfig.Change(preVote: true)))))
        #expect(command(.option(id: "latency", forward: false)) == .configure(Reconfiguration(latency: 1...5)))
        #expect(command(.option(id: "unsafe:vote_twice", forward: true))
                == .configure(Reconfiguration(engine: ClusterChange.raft(EngineConfig.Change(unsafe: .voteTwice)))))
        #expect(command(.option(id: "no such row", forward: true)) == nil)
    }
}
