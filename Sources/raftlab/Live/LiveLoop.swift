import LiveBridge
import Glibc
import RaftRuntime
import Screen
import Terminal

/// The main loop (Elm architecture): the one owner of the `AppState`. Keys, clicks and
/// resizes go through `Update.apply`; its effects go to the runtime; runtime changes arrive
/// as wake-ups on the session's pipe and are read as snapshots. Sleeps in `poll()`.
struct LiveLoop {
    let runtime: Runtime
    let session: TerminalSession
    var state: AppState
    /// The runtime version last shown.
    var shown = -1
    var dirty = true
    /// The lesson player's progress file and log (nil in the sandbox).
    var lessons: LessonHost? = nil
    /// While running, `poll()` wakes at least this often (ms); paused, it sleeps until input.
    static let runningTimeout: Int32 = 100

    init(runtime: Runtime, session: TerminalSession, state: AppState) {
        self.runtime = runtime
        self.session = session
        self.state = state
        let size = session.backend.size
        _ = Update.apply(&self.state, .resize(width: size.width, height: size.height))
    }

    /// Runs until `q` (0), a caught signal (128 + the signal) or a hung-up terminal (as SIGHUP).
    mutating func run() -> Int32 {
        while true {
            if let signal = session.signals.received { return 128 + signal }
            if takeSnapshot() == .quit { return 0 }
            if state.player.active { tick() }
            if dirty {
                session.backend.draw(Render.screen(state))
                dirty = false
            }
            let idle: Int32 = state.player.wantsTicks ? LessonHost.tickTimeout : -1
            let woken = session.wake.wait(input: 0, timeout: state.live.paused ? idle : Self.runningTimeout)
            session.wake.drain()
            if woken == .hangup { return 128 + SIGHUP }
            for input in session.backend.inputs() {
                dirty = true
                for effect in Update.apply(&state, input) {
                    if carry(effect) == .quit { return 0 }
                }
            }
        }
    }

    /// Takes the runtime's state if its version moved (with what the lesson player needs to
    /// know of it), and carries the effects (a lesson goes on when a goal is reached).
    mutating func takeSnapshot() -> Next {
        let snapshot = runtime.snapshot()
        guard snapshot.version != shown else { return .go }
        shown = snapshot.version
        let live = RuntimeBridge.live(snapshot, lesson: state.player.active)
        dirty = true
        for effect in Update.apply(&state, .live(live)) where carry(effect) == .quit { return .quit }
        return .go
    }

    enum Next { case go, quit }

    /// Carries one effect to the runtime, or says the loop ends (`.quit`).
    func carry(_ effect: Effect) -> Next {
        switch effect {
        case .command(let command): runtime.send(.world(command))
        case .control(let control): runtime.send(RuntimeBridge.command(control))
        case .lesson(let effect): lessons?.carry(effect, to: runtime)
        case .quit: return .quit
        }
        return .go
    }

}
