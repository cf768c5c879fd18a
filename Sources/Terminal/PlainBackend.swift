import Screen

/// A terminal made of text, for tests: frames become strings, inputs come from a queue.
public struct PlainBackend: TerminalBackend {
    public var size: (width: Int, height: Int)
    /// Inputs `inputs()` hands out next, oldest first.
    public var queued: [Input] = []
    /// The text of the last frame drawn (see `text(_:)`).
    public private(set) var screen = ""
    /// How many frames were drawn.
    public private(set) var frames = 0

    public init(width: Int, height: Int) {
        size = (width, height)
    }

    public mutating func draw(_ buffer: ScreenBuffer) {
        screen = Self.text(buffer)
        frames += 1
    }

    public mutating func inputs() -> [Input] {
        defer { queued = [] }
        return queued
    }

    /// The buffer as lines of text, each wide character once, trailing spaces removed.
    public static func text(_ buffer: ScreenBuffer) -> String {
        buffer.lines.map { line in
            var cut = Substring(line)
            while cut.last == " " { cut = cut.dropLast() }
            return String(cut)
        }.joined(separator: "\n")
    }
}
