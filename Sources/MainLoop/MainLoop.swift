import Picture
import RaftRuntime
import Screen
import Terminal

/// The main loop (Elm architecture): the one owner of the `AppState`. Keys, clicks and
/// resizes go through `Update.apply`; its effects go to the runtime and the progress file;
/// changes arrive as wake-ups and are read as pictures from the source (the simulator's
/// runtime, or a real cluster). It sleeps in the console's `wait`. A terminal or a script drives it.
public struct MainLoop {
    let source: any PictureSource
    /// The simulator's runtime, which lessons start in (nil for a real cluster).
    let runtime: (any RuntimeLink)?
    let console: any Console
    public var state: AppState
    /// The lessons and the progress file (nil in the sandbox).
    let lessons: LessonHost?
    var dirty = true
    /// While running, `wait` returns at least this often (ms); paused, it sleeps until input.
    static let runningTimeout: Int32 = 100

    public init(runtime: any RuntimeLink, console: any Console, state: AppState, lessons: LessonHost? = nil) {
        self.init(source: RuntimeSource(runtime), runtime: runtime, console: console, state: state, lessons: lessons)
    }

    /// A loop over any source of pictures (a real cluster: no runtime, no lessons).
    public init(source: any PictureSource, runtime: (any RuntimeLink)? = nil, console: any Console, state: AppState,
                lessons: LessonHost? = nil) {
        self.source = source
        self.runtime = runtime
        self.console = console
        self.state = state
        self.lessons = lessons
        let size = console.size
        _ = Update.apply(&self.state, .resize(width: size.width, height: size.height))
    }

    /// Runs until `q` (0), a caught signal (128 + the signal) or a hung-up terminal (as SIGHUP).
    public mutating func run() -> Int32 {
        while true {
            if let code = turn() { return code }
            // A key that changed only the screen (an overlay, `v`) is drawn at once: paused, nothing
            // else would wake the loop to draw it.
            let idle: Int32 = state.picture.run.paused && state.picture.lesson == nil ? -1 : Self.runningTimeout
            let woken = console.wait(timeout: dirty ? 0 : idle)
            if woken == .hangup { return 128 + 1 }
        }
    }

    /// One turn: the runtime's news, a frame if anything changed, then the inputs waiting.
    /// Returns an exit code once the session ends.
    public mutating func turn() -> Int32? {
        if let signal = console.signal { return 128 + signal }
        if takePicture() == .quit { return 0 }
        if dirty {
            console.draw(Render.screen(state))
            dirty = false
        }
        for input in console.inputs() {
            dirty = true
            for effect in Update.apply(&state, input) where carry(effect) == .quit { return 0 }
        }
        return nil
    }

    /// Takes the source's pictures if they changed, and carries what the screen asks of it
    /// (progress to save).
    mutating func takePicture() -> Next {
        guard let (main, side) = source.newPictures() else { return .go }
        dirty = true
        // The side first: the main picture's update then sees both (a highlighted link kept
        // while either side has a message on it).
        if let side { _ = Update.apply(&state, .sidePicture(side)) }
        for effect in Update.apply(&state, .picture(main)) where carry(effect) == .quit {
            return .quit
        }
        return .go
    }

    enum Next { case go, quit }

    /// Carries an effect made outside the loop (a lesson opened from the command line).
    public func carryOut(_ effect: Effect) { _ = carry(effect) }

    /// Carries one effect to the runtime or the progress file, or says the loop ends.
    func carry(_ effect: Effect) -> Next {
        switch effect {
        case .action(let action): source.perform(action)
        case let .openLesson(id, fromStart):
            if let start = lessons?.start(id, fromStart: fromStart, progress: state.player.progress[id]) {
                runtime?.send(start)
            }
        case let .saveProgress(id, progress): lessons?.save(id, progress)
        case .quit: return .quit
        }
        return .go
    }
}
