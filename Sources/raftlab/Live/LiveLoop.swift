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
            takeSnapshot()
            if dirty {
                session.backend.draw(Render.screen(state))
                dirty = false
            }
            let woken = session.wake.wait(input: 0, timeout: state.live.paused ? -1 : Self.runningTimeout)
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

    /// Takes the runtime's state if its version moved.
    mutating func takeSnapshot() {
        let snapshot = runtime.snapshot()
        guard snapshot.version != shown else { return }
        shown = snapshot.version
        let live = LiveStatus(world: snapshot.world, events: Array(snapshot.events), paused: snapshot.paused,
                              speed: snapshot.speed, inPast: snapshot.inPast)
        _ = Update.apply(&state, .live(live))
        dirty = true
    }

    enum Next { case go, quit }

    /// Carries one effect to the runtime, or says the loop ends (`.quit`).
    func carry(_ effect: Effect) -> Next {
        switch effect {
        case .command(let command): runtime.send(.world(command))
        case .control(let control): runtime.send(Self.command(control))
        case .quit: return .quit
        }
        return .go
    }

    static func command(_ control: Control) -> RuntimeCommand {
        switch control {
        case .togglePause: .togglePause
        case .stepEvent: .stepEvent
        case .faster: .faster
        case .slower: .slower
        case .back: .back
        case .forward: .forward
        }
    }
}
