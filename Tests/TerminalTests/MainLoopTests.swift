import MainLoop
import Picture
import RaftCore
import RaftRuntime
import RaftSim
import Screen
import Terminal
import TestSupport
import Testing

/// The main loop without a terminal: a scripted console's keys reach the runtime as actions,
/// the runtime's snapshots come back as pictures and frames, and it ends as the terminal
/// would (q, a signal).
struct MainLoopTests {
    func loop(_ console: ScriptConsole) -> (MainLoop, SteppedRuntime) {
        let runtime = SteppedRuntime(RuntimeCore(world: .raft(RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"]))), speed: 1))
        return (MainLoop(runtime: runtime, console: console, state: AppState(picture: ClusterPicture())), runtime)
    }

    @Test func keysReachTheWorldAndTheScreenShowsIt() throws {
        let console = ScriptConsole()
        var (main, runtime) = loop(console)
        #expect(main.turn() == nil)
        #expect(console.frames == 1 && main.state.nodeCount == 3)
        runtime.advance(wallMs: 400)
        console.queued = [.key(.char("2")), .key(.char("c"))]
        #expect(main.turn() == nil)
        #expect(runtime.core.world.role(of: 1) == nil, "Saturn crashed")
        #expect(main.turn() == nil)
        #expect(main.state.picture.nodes[1].up == false)
        let frame = try #require(console.frame)
        #expect(frame.text.contains("Saturn") && frame.text.contains("crashed"))
    }

    @Test func qQuitsWithZeroAndASignalWithItsStatus() {
        let console = ScriptConsole()
        var (main, _) = loop(console)
        console.queued = [.key(.char("q"))]
        #expect(main.turn() == 0)
        console.signal = 15
        #expect(main.turn() == 143)
    }

    @Test func theRunLoopSleepsUntilInputWhenPausedAndEndsOnHangup() {
        let console = HangingConsole()
        var (main, runtime) = loop(console)
        runtime.send(.pause)
        #expect(main.run() == 129, "a terminal that goes away is a hang-up")
        #expect(console.waits == 1)
    }
}

/// A console whose input is gone at the first wait.
final class HangingConsole: ScriptConsole {
    var waits = 0
    override func wait(timeout: Int32) -> WakePipe.Wake {
        waits += 1
        return .hangup
    }
}

/// While the runtime works on something long (a replay, a seek far back), the loop still
/// serves `q` and signals: it never waits for the runtime's lock (issue 10).
struct BusyRuntimeTests {
    final class BusyRuntime: RuntimeLink {
        var sent: [RuntimeCommand] = []
        func send(_ command: RuntimeCommand) { sent.append(command) }
        func snapshot() -> RuntimeSnapshot { fatalError("the main loop waited for a busy runtime") }
        func snapshotIfFree() -> RuntimeSnapshot? { nil }
    }

    @Test func qAndSignalsAreServedWhileTheRuntimeIsBusy() {
        let console = ScriptConsole()
        let busy = BusyRuntime()
        var main = MainLoop(runtime: busy, console: console, state: AppState(picture: ClusterPicture()))
        console.queued = [.key(.char("[")), .key(.char("["))]
        #expect(main.turn() == nil)
        #expect(busy.sent.count == 2)
        console.queued = [.key(.char("q"))]
        #expect(main.turn() == 0)
        console.signal = 1
        #expect(main.turn() == 129)
    }
}
