import Screen
import Terminal

/// Frames into a recording: each drawn buffer that differs from the last becomes an output
/// event (`AnsiFrames`); a buffer of another size is preceded by a resize event and drawn whole.
public struct CastRecorder: Sendable {
    var frames: AnsiFrames
    public private(set) var writer: AsciicastWriter
    /// The recording's terminal size now.
    var size: (width: Int, height: Int)
    /// Frames recorded (identical ones are skipped).
    public private(set) var frameCount = 0

    public init(_ header: AsciicastWriter.Header, depth: ColorDepth) {
        frames = AnsiFrames(depth: depth)
        writer = AsciicastWriter(header)
        size = (header.width, header.height)
    }

    /// Records `buffer` as drawn `micros` after the start; nothing when it shows what the last did.
    public mutating func record(_ buffer: ScreenBuffer, atMicros micros: Int) {
        if (buffer.width, buffer.height) != size {
            size = (buffer.width, buffer.height)
            writer.resize(width: buffer.width, height: buffer.height, atMicros: micros)
        }
        let output = frames.frame(buffer)
        guard !output.isEmpty else { return }
        writer.output(output, atMicros: micros)
        frameCount += 1
    }

    /// Keeps the last frame on screen until `micros` (an empty output event: a player's
    /// recording lasts until its last event).
    public mutating func hold(untilMicros micros: Int) {
        guard micros > writer.lastMicros else { return }
        writer.output("", atMicros: micros)
    }
}
