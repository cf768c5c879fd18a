import Screen
import Terminal

/// A console without a terminal (`raftlab cast`): a fixed size, keys queued by the headless
/// player, and waiting that returns at once (its time is virtual, kept by the player).
final class HeadlessConsole: Console {
    let size: (width: Int, height: Int)
    var queued: [Input] = []

    init(width: Int, height: Int) { size = (width, height) }

    func draw(_ buffer: ScreenBuffer) {}

    func inputs() -> [Input] {
        defer { queued = [] }
        return queued
    }

    func wait(timeout: Int32) -> WakePipe.Wake { .other }
    var signal: Int32? { nil }
    func wakeUp() {}
}

/// The virtual wall time of a headless cast, in ms since it began.
final class VirtualClock {
    var ms = 0
}
