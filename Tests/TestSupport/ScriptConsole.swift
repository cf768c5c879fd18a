import Screen
import Terminal

/// A console for the main loop without a terminal: inputs are queued by the test, frames are
/// kept as text, and waiting returns at once.
open class ScriptConsole: Console {
    public var size: (width: Int, height: Int)
    /// Inputs `inputs()` hands out next, oldest first.
    public var queued: [Input] = []
    /// The last frame drawn, and how many were drawn.
    public private(set) var frame: ScreenBuffer?
    public private(set) var frames = 0
    public var signal: Int32?

    public init(width: Int = 120, height: Int = 36) { size = (width, height) }

    public func draw(_ buffer: ScreenBuffer) {
        frame = buffer
        frames += 1
    }

    public func inputs() -> [Input] {
        defer { queued = [] }
        return queued
    }

    open func wait(timeout: Int32) -> WakePipe.Wake { queued.isEmpty ? .other : .input }
    public func wakeUp() {}
}
