import Screen
import Terminal

/// A console that records (`raftlab --cast FILE`): everything goes to the console it wraps,
/// and each drawn frame is also recorded with the time since the recording began.
public final class RecordingConsole: Console {
    let inner: any Console
    public private(set) var recorder: CastRecorder
    /// Microseconds since the recording began.
    let clock: () -> Int

    public init(_ inner: any Console, recorder: CastRecorder, clock: @escaping () -> Int = CastClock.monotonic()) {
        self.inner = inner
        self.recorder = recorder
        self.clock = clock
    }

    public var size: (width: Int, height: Int) { inner.size }

    public func draw(_ buffer: ScreenBuffer) {
        inner.draw(buffer)
        recorder.record(buffer, atMicros: clock())
    }

    public func inputs() -> [Input] { inner.inputs() }
    /// Keeps the last frame on screen until now (`CastRecorder.hold`).
    public func hold() { recorder.hold(untilMicros: clock()) }

    public func wait(timeout: Int32) -> WakePipe.Wake { inner.wait(timeout: timeout) }
    public var signal: Int32? { inner.signal }
    public func wakeUp() { inner.wakeUp() }
}

/// Where a live recording's times come from.
public enum CastClock {
    /// Microseconds since the call, by the monotonic clock (never going back with the wall clock).
    public static func monotonic() -> () -> Int {
        let start = ContinuousClock.now
        return {
            let elapsed = start.duration(to: .now).components
            return Int(elapsed.seconds) * 1_000_000 + Int(elapsed.attoseconds / 1_000_000_000_000)
        }
    }
}
