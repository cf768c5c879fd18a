import Lessons
import MainLoop
import Picture
import RaftRuntime
import Screen
import Terminal
import TestSupport
import Testing
@testable import Recording

/// `--cast FILE` live: the recording console passes everything through to the console it
/// wraps and records each frame drawn, with the time its clock gives.
struct RecordingConsoleTests {
    /// A sandbox on a scripted console, wrapped; the clock is the test's.
    final class Setup {
        let script = ScriptConsole(width: 80, height: 24)
        let runtime = SteppedRuntime(RuntimeCore(world: ClusterWorld(.raft(.defaultCluster)), speed: 1))
        var micros = 0
        lazy var console = RecordingConsole(
            script, recorder: CastRecorder(.init(width: 80, height: 24, timestamp: 1, term: "xterm-256color"), depth: .full),
            clock: { [unowned self] in self.micros })
        lazy var loop = MainLoop(runtime: runtime, console: console, state: AppState(picture: ClusterPicture()))
    }

    @Test func framesAreRecordedWithTheirTimesAndPassedThrough() throws {
        let setup = Setup()
        _ = setup.loop.turn()
        for k in 1...20 {
            setup.micros = k * 100_000
            setup.runtime.advance(wallMs: 100)
            if k == 5 { setup.script.queued.append(.key(.char("c"))) }
            _ = setup.loop.turn()
            _ = setup.loop.turn()
        }
        setup.micros = 2_100_000
        setup.console.hold()
        let writer = setup.console.recorder.writer
        let cast = try CastFile(writer.bytes)
        #expect(cast.header["timestamp"] as? Int == 1)
        #expect(cast.events.count > 5, "the world moved: frames were recorded")
        #expect(cast.events.count == setup.console.recorder.frameCount + 1, "the held end adds one event")
        #expect(cast.timesNeverGoBack)
        #expect(cast.events.last?.time == 2.1)
        #expect(setup.script.frames >= setup.console.recorder.frameCount, "every frame reached the console too")
        let shown = try #require(setup.script.frame)
        #expect(cast.finalScreen().lines == shown.lines, "the recording ends on the frame the console shows")
        #expect(shown.text.contains("crashed"), "the key reached the loop through the recording console")
    }

    /// A signal caught by the wrapped console ends the loop (128 + the signal) through it.
    @Test func theSignalIsPassedThrough() {
        let setup = Setup()
        setup.script.signal = 15
        #expect(setup.console.signal == 15)
        let code = setup.loop.turn()
        #expect(code == Int32(128 + 15))
    }

    /// A frame of a new size: a resize event, then the frame whole.
    @Test func aResizeIsRecorded() throws {
        let setup = Setup()
        _ = setup.loop.turn()
        setup.micros = 500_000
        setup.script.size = (100, 30)
        setup.script.queued.append(.resize(width: 100, height: 30))
        _ = setup.loop.turn()
        _ = setup.loop.turn()
        let cast = try CastFile(setup.console.recorder.writer.bytes)
        let resize = try #require(cast.events.firstIndex { $0.code == "r" })
        #expect(cast.events[resize].data == "100x30")
        #expect(cast.events[resize + 1].data.contains("\u{1B}[2J"))
        #expect(cast.finalScreen().lines == setup.script.frame?.lines)
    }
}
