import Screen

/// What the main loop needs of a terminal: frames out, inputs in, a way to sleep until
/// something happens, and the signal that asked it to stop. `TerminalSession` is the real
/// one; tests give a scripted one, so the loop runs without a terminal.
public protocol Console: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ buffer: ScreenBuffer)
    func inputs() -> [Input]
    /// Sleeps until input arrives, the runtime wakes it, or `timeout` ms pass (-1: no limit).
    func wait(timeout: Int32) -> WakePipe.Wake
    /// A caught signal that ends the session (SIGINT, SIGTERM, SIGHUP), if any.
    var signal: Int32? { get }
    /// Wakes `wait` from another thread (the runtime, after a change).
    func wakeUp()
}

extension TerminalSession: Console {
    public var size: (width: Int, height: Int) { backend.size }
    public func draw(_ buffer: ScreenBuffer) { backend.draw(buffer) }
    public func inputs() -> [Input] { backend.inputs() }
    public func wait(timeout: Int32) -> WakePipe.Wake {
        let woken = wake.wait(input: 0, timeout: timeout)
        wake.drain()
        return woken
    }
    public var signal: Int32? { signals.received }
    public func wakeUp() { wake.wake() }
}
